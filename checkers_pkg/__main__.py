"""``python -m checkers_pkg [--diff|--fix] [--baseline FILE] [pylint arguments] FILES``:
pylint with the suite loaded and *only* the suite's messages on, as the
project configured them (its ``disable`` holds), for running beside another
linter (the pre-commit hook uses it); plus fixes and a baseline
(``checkers_pkg.cli``). Any pylint option may follow:
``python -m checkers_pkg --output-format=sarif:out.sarif src/``.
"""

from __future__ import annotations

from checkers_pkg.cli import main, suite_arguments

__all__ = ["main", "suite_arguments"]

if __name__ == "__main__":
    main()
