"""One checker per theme; each asks the inference layer and reports."""

from checkers_pkg.checkers.asynchronous.checker import AsyncChecker
from checkers_pkg.checkers.correctness.checker import CorrectnessChecker
from checkers_pkg.checkers.logging_i18n.checker import LoggingI18nChecker
from checkers_pkg.checkers.security.checker import SecurityChecker

ALL_CHECKERS = (AsyncChecker, LoggingI18nChecker, SecurityChecker, CorrectnessChecker)

__all__ = ["ALL_CHECKERS", "AsyncChecker", "CorrectnessChecker", "LoggingI18nChecker",
           "SecurityChecker"]
