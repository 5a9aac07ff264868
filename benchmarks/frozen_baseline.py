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

from checkers_pkg.checkers._heap import SuiteChecker

if TYPE_CHECKING:
    from pylint.lint import PyLinter


class FrozenBaselineChecker(SuiteChecker):
    """Freezes the heap like the suite does; reports nothing."""

    name = "checkers-pkg-frozen-baseline"
    msgs = {
        "W7199": (
            "never reported",
            "frozen-baseline-never-reported",
            "Enables this benchmark-only checker; it reports nothing.",
        ),
    }


def register(linter: PyLinter) -> None:
    """pylint's plugin entry point."""
    linter.register_checker(FrozenBaselineChecker(linter))
