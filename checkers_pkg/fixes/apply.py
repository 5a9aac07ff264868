"""Turn findings into fixes, and fixes into new file contents.

The applier sorts a file's fixes, keeps the first of any two that touch the
same text (the other waits for the next run, as ruff does), compiles the
result and drops a fix whose edit would not compile. The text keeps its
line endings and encoding; a file that changed since it was linted, or is
read-only, is left alone and reported."""

from __future__ import annotations

import difflib
import hashlib
import stat
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from checkers_pkg.fixes.model import Edit, Fix
from checkers_pkg.fixes.registry import FIXERS
from checkers_pkg.fixes.source import Source

if TYPE_CHECKING:
    from pylint.message import Message


def digest(data: bytes) -> str:
    """The identity of a file's bytes (was it changed since it was linted?)."""
    return hashlib.sha256(data).hexdigest()


@dataclass
class FileOutcome:  # pylint: disable=too-many-instance-attributes
    """What happened to one file."""

    path: Path
    display: str
    old_text: str = ""
    new_text: str = ""
    applied: list[Fix] = field(default_factory=list)
    # (fix, why it was not applied)
    left: list[tuple[Fix, str]] = field(default_factory=list)
    problem: str | None = None
    source: Source | None = None

    @property
    def changed(self) -> bool:
        """Whether the fixes change the file (and nothing stops writing it)."""
        return self.problem is None and self.new_text != self.old_text

    def diff(self) -> str:
        """A unified diff, ``a/`` and ``b/`` prefixed like git's (an absolute
        path is shown as it is)."""
        absolute = Path(self.display).is_absolute()
        lines = difflib.unified_diff(
            self.old_text.splitlines(keepends=True),
            self.new_text.splitlines(keepends=True),
            fromfile=self.display if absolute else f"a/{self.display}",
            tofile=self.display if absolute else f"b/{self.display}",
        )
        out = []
        for line in lines:
            if not line.endswith(("\n", "\r")):
                line += "\n\\ No newline at end of file\n"
            out.append(line)
        return "".join(out)


def _apply(text: str, edits: Iterable[Edit]) -> str:
    for edit in sorted(set(edits), key=lambda e: (e.start, e.end), reverse=True):
        text = text[: edit.start] + edit.replacement + text[edit.end :]
    return text


def compiles(text: str, path: str) -> bool:
    """Whether CPython compiles the text (``await`` outside ``async def``
    and other errors the parser alone lets through included)."""
    try:
        compile(text, path, "exec", dont_inherit=True)
    except (SyntaxError, ValueError, OverflowError, RecursionError, MemoryError):
        return False
    return True


def fixes_for(
    source: Source, messages: Sequence[Message], *, path: str | None = None
) -> list[Fix]:
    """Every fix the fixers propose for the findings of one file."""
    fixes = []
    for message in messages:
        fixer = FIXERS.get(message.symbol)
        if fixer is None or source.tree is None or message.line is None:
            continue
        try:
            proposal = fixer(source, message, messages)
        except (RecursionError, AttributeError, ValueError, IndexError, TypeError):
            proposal = None  # an odd tree: no fix, never a crash
        if proposal is None or not proposal.edits:
            continue
        fixes.append(
            Fix(
                path=path or str(source.path),
                symbol=message.symbol,
                msg_id=message.msg_id,
                line=message.line,
                column=message.column,
                description=proposal.description,
                edits=proposal.edits,
                safe=proposal.safe,
                message=message.msg,
            )
        )
    return fixes


def plan(outcome: FileOutcome, fixes: list[Fix], unsafe: bool) -> None:
    """Choose the fixes to apply and compute the new text."""
    source = outcome.source
    assert source is not None
    chosen: list[Fix] = []
    edits: list[Edit] = []
    for fix in sorted(fixes, key=lambda f: (f.start, f.line, f.column, f.symbol)):
        if not fix.safe and not unsafe:
            outcome.left.append((fix, "unsafe fix: apply it with --unsafe-fixes"))
        elif fix.conflicts_with(edits):
            outcome.left.append((fix, "overlaps another fix: run again to apply it"))
        else:
            chosen.append(fix)
            edits.extend(edit for edit in fix.edits if edit not in edits)
    text = _apply(source.text, edits)
    if chosen and not compiles(text, str(source.path)):
        # Find the culprits: keep each fix only if the text still compiles.
        edits, kept = [], []
        for fix in chosen:
            trial = edits + [edit for edit in fix.edits if edit not in edits]
            if compiles(_apply(source.text, trial), str(source.path)):
                edits, kept = trial, [*kept, fix]
            else:
                outcome.left.append((fix, "the fixed code would not compile: left as is"))
        chosen, text = kept, _apply(source.text, edits)
    outcome.applied = chosen
    outcome.new_text = text


def fix_files(
    messages: Sequence[Message],
    *,
    unsafe: bool = False,
    linted: dict[str, str] | None = None,
    display: dict[str, str] | None = None,
) -> list[FileOutcome]:
    """Plan the fixes of every file with findings (nothing is written).

    ``linted`` maps a path to the digest of the bytes that were linted: a
    file whose bytes differ now is left alone."""
    by_file: dict[str, list[Message]] = defaultdict(list)
    for message in messages:
        if message.abspath:
            by_file[message.abspath].append(message)
    outcomes = []
    for abspath, found in sorted(by_file.items()):
        if not any(message.symbol in FIXERS for message in found):
            continue
        path = Path(abspath)
        outcome = FileOutcome(path, (display or {}).get(abspath, found[0].path))
        outcomes.append(outcome)
        try:
            source = Source.read(path)
        except (OSError, SyntaxError, UnicodeError) as error:
            outcome.problem = f"cannot read it ({error})"
            continue
        if linted is not None and abspath in linted and linted[abspath] != digest(source.data):
            outcome.problem = "it changed since it was linted: run again to fix it"
            continue
        outcome.source, outcome.old_text = source, source.text
        plan(outcome, fixes_for(source, found, path=outcome.display), unsafe)
    return outcomes


def write(outcome: FileOutcome) -> None:
    """Write the fixed text, unless the file changed meanwhile or is read-only
    (then ``outcome.problem`` says so and nothing is written)."""
    source = outcome.source
    if source is None or not outcome.changed:
        return
    try:
        mode = outcome.path.stat().st_mode
        if not mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH):
            raise PermissionError("the file is read-only")
        if outcome.path.read_bytes() != source.data:
            outcome.problem = "it changed while being fixed: run again to fix it"
            return
        with outcome.path.open("wb") as stream:
            stream.write(outcome.new_text.encode(source.encoding))
    except OSError as error:
        outcome.problem = f"cannot write it ({getattr(error, 'strerror', None) or error})"
