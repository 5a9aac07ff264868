"""security: injection and unsafe defaults, judged by values (the checker, and
the questions only it asks: how a command was built, sinks and wrappers,
calls unsafe by their arguments)."""

from checkers_pkg.checkers.security.checker import SecurityChecker

__all__ = ["SecurityChecker"]
