"""checkers_pkg: pylint checkers that find bugs only inference can see.

Enable with ``pylint --load-plugins=checkers_pkg`` or
``load-plugins = ["checkers_pkg"]`` under ``[tool.pylint.main]``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from astroid.manager import AstroidManager

from checkers_pkg.brain import register_transforms
from checkers_pkg.checkers import ALL_CHECKERS

if TYPE_CHECKING:
    from pylint.lint import PyLinter

__version__ = "0.1.0"


def register(linter: PyLinter) -> None:
    """Pylint's plugin entry point: teach astroid, then add every checker."""
    register_transforms(AstroidManager())
    for checker in ALL_CHECKERS:
        linter.register_checker(checker(linter))
