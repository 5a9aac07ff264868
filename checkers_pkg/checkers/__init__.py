"""One checker per theme; each asks the inference layer and reports."""

from checkers_pkg.checkers.asynchronous import AsyncChecker
from checkers_pkg.checkers.correctness import CorrectnessChecker
from checkers_pkg.checkers.logging_i18n import LoggingI18nChecker
from checkers_pkg.checkers.security import SecurityChecker

ALL_CHECKERS = (AsyncChecker, LoggingI18nChecker, SecurityChecker, CorrectnessChecker)

__all__ = ["ALL_CHECKERS", "AsyncChecker", "CorrectnessChecker", "LoggingI18nChecker",
           "SecurityChecker"]
