"""Run real pylint, in this process, the way a user would."""

from __future__ import annotations

from pathlib import Path

from pylint.lint import Run
from pylint.message import Message
from pylint.reporters import CollectingReporter

# A checker exception becomes astroid-error (F0002); a failure to even read a
# module becomes fatal (F0001). Neither may ever come from us.
CRASH_SYMBOLS = frozenset({"astroid-error", "fatal"})
OUR_CHECKERS = (
    "checkers-pkg-async,checkers-pkg-correctness,checkers-pkg-logging-i18n,checkers-pkg-security"
)
EMPTY_RC = Path(__file__).parent / "empty.rc"


def lint(*args: str, plugin: bool = True) -> list[Message]:
    """Lint with an empty rc (the repository's own config stays out)."""
    reporter = CollectingReporter()
    options = [f"--rcfile={EMPTY_RC}", "--persistent=n"]
    if plugin:
        options.append("--load-plugins=checkers_pkg")
    Run([*options, *args], reporter=reporter, exit=False)
    return list(reporter.messages)


def crashes(messages: list[Message]) -> list[str]:
    return [f"{m.path}:{m.line} {m.symbol}: {m.msg}" for m in messages if m.symbol in CRASH_SYMBOLS]
