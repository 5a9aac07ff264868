"""A benchmark-only pylint plugin: pylint's fixed cost (configuration c) with
the collector setting the suite's checkers use (``checkers_pkg.checkers._heap``),
and nothing else.

The suite freezes the heap before each module it checks, which also spares
pylint's own work part of its garbage-collection time. Configuration e, this
plugin with one trivial message, is the like-for-like baseline: d/e is what
the suite's own questions cost.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from astroid import nodes
from pylint.checkers import BaseChecker

from checkers_pkg.checkers._heap import freeze_before_checking, thaw

if TYPE_CHECKING:
    from pylint.lint import PyLinter


class FrozenBaselineChecker(BaseChecker):
    """Freezes the heap like the suite does; reports nothing."""

    name = "checkers-pkg-frozen-baseline"
    msgs = {
        "W7199": (
            "never reported",
            "frozen-baseline-never-reported",
            "Enables this benchmark-only checker; it reports nothing.",
        ),
    }

    def visit_module(self, node: nodes.Module) -> None:
        """As the suite's checkers do before each module."""
        freeze_before_checking(node)

    def close(self) -> None:
        """As the suite's checkers do at the end of the run."""
        thaw()


def register(linter: PyLinter) -> None:
    """pylint's plugin entry point."""
    linter.register_checker(FrozenBaselineChecker(linter))
