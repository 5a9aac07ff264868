"""``python -m checkers_pkg [pylint arguments] FILES``: pylint with the suite
loaded and *only* the suite enabled, for running beside another linter (the
pre-commit hook uses it).

The checkers to enable come from the registered checkers, so a new theme is
included without editing a hook or a CI line. Any pylint option may follow:
``python -m checkers_pkg --output-format=sarif:out.sarif src/``.
"""

from __future__ import annotations

import sys

from pylint import run_pylint

from checkers_pkg.checkers import ALL_CHECKERS


def suite_arguments() -> list[str]:
    """The pylint options that load the suite and enable nothing else."""
    return [
        "--load-plugins=checkers_pkg",
        "--disable=all",
        "--enable=" + ",".join(checker.name for checker in ALL_CHECKERS),
    ]


def main(argv: list[str] | None = None) -> None:
    """Run pylint with the suite alone; exits with pylint's status."""
    run_pylint([*suite_arguments(), *(sys.argv[1:] if argv is None else argv)])


if __name__ == "__main__":
    main()
