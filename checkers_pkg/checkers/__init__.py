"""One checker per theme; each asks the inference layer and reports."""

from checkers_pkg.checkers.correctness import CorrectnessChecker

ALL_CHECKERS = (CorrectnessChecker,)

__all__ = ["ALL_CHECKERS", "CorrectnessChecker"]
