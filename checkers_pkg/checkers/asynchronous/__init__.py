"""async: event-loop correctness (the checker, and the questions only it asks:
coroutine functions, how coroutine objects are used, blocking calls)."""

from checkers_pkg.checkers.asynchronous.checker import AsyncChecker

__all__ = ["AsyncChecker"]
