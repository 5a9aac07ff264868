"""checkers_pkg: pylint checkers that find bugs only inference can see.

Enable with ``pylint --load-plugins=checkers_pkg`` or
``load-plugins = ["checkers_pkg"]`` under ``[tool.pylint.main]``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from astroid.manager import AstroidManager

from checkers_pkg.brain import register_transforms
from checkers_pkg.checkers import ALL_CHECKERS
from checkers_pkg.options import stop_on_bad_values
from checkers_pkg.reporters import ALL_REPORTERS

if TYPE_CHECKING:
    from pylint.lint import PyLinter

__version__ = "0.1.0"


def register(linter: PyLinter) -> None:
    """Pylint's plugin entry point: teach astroid, add every checker and the
    output formats (``--output-format=sarif``).

    pylint loads plugins (command line and ``load-plugins`` of the
    configuration file) before it parses ``--output-format``, so a reporter
    registered here is found by name."""
    register_transforms(AstroidManager())
    for checker in ALL_CHECKERS:
        linter.register_checker(checker(linter))
    for reporter in ALL_REPORTERS:
        linter.register_reporter(reporter)


def load_configuration(linter: PyLinter) -> None:
    """Pylint's hook after the configuration is read: refuse bad option values
    with a usage error, before any file is linted."""
    problems = [
        problem
        for checker in linter.get_checkers()
        if isinstance(checker, ALL_CHECKERS)
        for problem in getattr(checker, "bad_option_values", list)()
    ]
    stop_on_bad_values(problems)
