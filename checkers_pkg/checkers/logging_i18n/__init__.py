"""logging-i18n: log calls and translatable strings (the checker, and the
questions only it asks: loggers, translation functions and markers, templates)."""

from checkers_pkg.checkers.logging_i18n.checker import LoggingI18nChecker

__all__ = ["LoggingI18nChecker"]
