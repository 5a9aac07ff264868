"""The pylint plugin behind ``checkers-pkg``: the suite alone, honouring the
project's own ``disable``; and, for ``--diff``/``--fix``/``--baseline``, a
reporter that holds the findings back until the lint ends.

pylint calls a plugin's ``load_configuration`` after it has read the
configuration file *and* the command line. Only then are pylint's own
messages turned off, so the suite's messages stay as the project set them
(a ``disable = ["mutable-fromkeys-value"]`` holds). ``-j N`` workers call
the hook again on the linter they were sent: idempotent."""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING, TextIO

from pylint.reporters import MultiReporter

from checkers_pkg.checkers import ALL_CHECKERS
from checkers_pkg.cli.arguments import Options
from checkers_pkg.cli.baseline import match, write_baseline
from checkers_pkg.fixes import FileOutcome, fix_files, write
from checkers_pkg.fixes.apply import digest

if TYPE_CHECKING:
    from pylint.lint import PyLinter
    from pylint.message import Message
    from pylint.reporters.base_reporter import BaseReporter
    from pylint.reporters.ureports.nodes import Section

# pylint's exit status bits by message category (pylint.lint.pylinter).
_STATUS = {"F": 1, "E": 2, "W": 4, "R": 8, "C": 16, "I": 0}
_SESSION: Session | None = None


def register(_linter: PyLinter) -> None:
    """Nothing to register: this plugin only configures."""


def suite_message_ids() -> set[str]:
    """The ids of every message of the suite."""
    return {msgid for checker in ALL_CHECKERS for msgid in checker.msgs}


def load_configuration(linter: PyLinter) -> None:
    """Turn off every message but the suite's (which keep the project's
    settings), and wrap the reporter when the command holds findings back."""
    ours = suite_message_ids()
    enabled = [msgid for msgid in sorted(ours) if linter.is_message_enabled(msgid)]
    linter.disable("all")
    for msgid in enabled:
        linter.enable(msgid)
    session = _SESSION
    if session is not None and session.pid == os.getpid() and not isinstance(
        linter.reporter, SessionReporter
    ):
        linter.set_reporter(SessionReporter(linter.reporter, session))


class Session:
    """One run of the command: its options, and what happened."""

    def __init__(self, options: Options, stderr: TextIO | None = None) -> None:
        self.options = options
        self.pid = os.getpid()
        self.stderr = stderr or sys.stderr
        self.exit_code: int | None = None
        self.outcomes: list[FileOutcome] = []
        self.known: set[str] | None = None

    def say(self, text: str) -> None:
        """A line for the user, on standard error (standard output is the report's)."""
        print(text, file=self.stderr)

    def __enter__(self) -> Session:
        global _SESSION  # pylint: disable=global-statement
        _SESSION = self
        return self

    def __exit__(self, *_exc: object) -> None:
        global _SESSION  # pylint: disable=global-statement
        _SESSION = None


def exit_status(messages: Sequence[Message]) -> int:
    """pylint's exit status for these findings."""
    status = 0
    for message in messages:
        status |= _STATUS.get(message.msg_id[:1], 0)
    return status


class SessionReporter(MultiReporter):
    """Holds every finding until the lint ends, then applies the baseline,
    shows or applies fixes, and hands what is left to the reporter the
    user chose."""

    name = "checkers-pkg-session"

    def __init__(self, inner: BaseReporter, session: Session) -> None:
        super().__init__([inner], getattr(inner, "close_output_files", lambda: None))
        self.inner = inner
        self.session = session
        self.held: list[Message] = []
        self.linted: dict[str, str] = {}

    def handle_message(self, msg: Message) -> None:
        self.held.append(msg)
        if self.session.options.fix and msg.abspath and msg.abspath not in self.linted:
            try:
                with open(msg.abspath, "rb") as stream:
                    self.linted[msg.abspath] = digest(stream.read())
            except OSError:
                pass

    def display_reports(self, layout: Section) -> None:
        if not (self.session.options.diff or self.session.options.write_baseline):
            super().display_reports(layout)

    def display_messages(self, layout: Section | None) -> None:
        remaining = self._settle(list(self.held))
        for message in remaining:
            self.inner.handle_message(message)
        self.held = []
        super().display_messages(layout)

    def _settle(self, messages: list[Message]) -> list[Message]:
        options, session = self.session.options, self.session
        if options.write_baseline is not None:
            count = write_baseline(options.write_baseline, messages)
            session.say(
                f"checkers-pkg: wrote {count} findings to the baseline {options.write_baseline}"
            )
            session.exit_code = 0
            return []
        if options.baseline is not None and session.known is not None:
            found = match(options.baseline, session.known, messages)
            messages = found.new
            stale = (
                f", {found.stale} stale (fixed since: drop them with --write-baseline)"
                if found.stale else ""
            )
            session.say(
                f"checkers-pkg: baseline {options.baseline}: {found.matched} findings matched, "
                f"{len(found.new)} new{stale}"
            )
        if options.diff or options.fix:
            messages = self._fix(messages)
        if session.exit_code is None:
            session.exit_code = exit_status(messages)
        return messages

    def _fix(self, messages: list[Message]) -> list[Message]:
        options, session = self.session.options, self.session
        outcomes = fix_files(messages, unsafe=options.unsafe_fixes, linted=self.linted or None)
        session.outcomes = outcomes
        fixed: set[tuple[str, str, int, int]] = set()
        for outcome in outcomes:
            if options.diff and outcome.changed:
                sys.stdout.write(outcome.diff())
            elif options.fix:
                write(outcome)
            if outcome.problem is not None:
                session.say(f"checkers-pkg: {outcome.display} left alone: {outcome.problem}")
                continue
            for fix in outcome.applied:
                fixed.add((str(outcome.path), fix.symbol, fix.line, fix.column))
                verb = "would fix" if options.diff else "fixed"
                where = f"{outcome.display}:{fix.line}:{fix.column}"
                session.say(f"{where}: {verb} {fix.symbol}: {fix.description}")
            for fix, why in outcome.left:
                where = f"{outcome.display}:{fix.line}:{fix.column}"
                session.say(f"{where}: {fix.symbol}: {fix.description}: {why}")
        count = len(fixed)
        files = sum(1 for outcome in outcomes if outcome.applied and outcome.problem is None)
        if options.diff:
            session.say(f"checkers-pkg: {count} fixes available in {files} files")
            session.exit_code = 1 if count else 0
            return []
        session.say(f"checkers-pkg: fixed {count} findings in {files} files")
        return [
            message
            for message in messages
            if (message.abspath, message.symbol, message.line, message.column) not in fixed
        ]
