"""One checker per theme; each asks the inference layer and reports."""

from checkers_pkg.checkers.asynchronous import AsyncChecker
from checkers_pkg.checkers.correctness import CorrectnessChecker

ALL_CHECKERS = (AsyncChecker, CorrectnessChecker)

__all__ = ["ALL_CHECKERS", "AsyncChecker", "CorrectnessChecker"]
