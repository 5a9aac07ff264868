"""``checkers-pkg`` / ``python -m checkers_pkg``: pylint with the suite
alone, plus fixes (``--diff``, ``--fix``) and a baseline."""

from __future__ import annotations

import sys

from pylint import run_pylint
from pylint.lint import Run

from checkers_pkg.cli.arguments import USAGE, UsageError, split_arguments
from checkers_pkg.cli.baseline import BaselineError, read_baseline
from checkers_pkg.cli.session import Session

PLUGINS = "checkers_pkg,checkers_pkg.cli.session"


def suite_arguments() -> list[str]:
    """The pylint options that load the suite and, through the session
    plugin, turn off everything else (after the project's configuration)."""
    return [f"--load-plugins={PLUGINS}"]


def main(argv: list[str] | None = None) -> None:
    """Run pylint with the suite alone; exits with pylint's status, or with
    the fix and baseline modes' own (see ``USAGE``)."""
    arguments = sys.argv[1:] if argv is None else list(argv)
    if "-h" in arguments or "--help" in arguments:
        print(USAGE)
    try:
        options, rest = split_arguments(arguments)
    except UsageError as error:
        print(f"checkers-pkg: {error}\n\n{USAGE}", file=sys.stderr)
        sys.exit(32)
    with Session(options) as session:
        if options.baseline is not None:
            try:
                session.known = read_baseline(options.baseline)
            except BaselineError as error:
                print(f"checkers-pkg: {error}", file=sys.stderr)
                sys.exit(32)
        if not options.collects:
            run_pylint([*suite_arguments(), *rest])
            return
        run = Run([*suite_arguments(), *rest], exit=False)
        if run.linter.config.exit_zero and not options.diff:
            sys.exit(0)
    sys.exit(session.exit_code or 0)
