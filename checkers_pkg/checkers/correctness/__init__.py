"""correctness: API misuse that runs without error and does nothing (the
checker, and the questions only it asks: pure calls, the class a value
certainly has, mocks and their assertions)."""

from checkers_pkg.checkers.correctness.checker import CorrectnessChecker

__all__ = ["CorrectnessChecker"]
