"""What a fix is: text edits to one file, and whether they are safe.

Offsets are character offsets into the file's text as read with
``newline=""`` (so CRLF endings are kept and counted), never byte columns:
astroid's columns are UTF-8 byte offsets, converted once by
:class:`~checkers_pkg.fixes.source.Source`.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, order=True)
class Edit:
    """Replace ``text[start:end]`` by ``replacement`` (an insertion when
    ``start == end``)."""

    start: int
    end: int
    replacement: str

    def overlaps(self, other: Edit) -> bool:
        """Whether the two edits touch the same text. Identical edits (one
        ``import asyncio`` wanted by two fixes) do not conflict; an insertion
        at either end of a replaced span does (its order would be a guess)."""
        if self == other:
            return False
        if self.start == self.end or other.start == other.end:
            point, span = (self, other) if self.start == self.end else (other, self)
            return span.start <= point.start <= span.end
        return self.start < other.end and other.start < self.end


@dataclass(frozen=True)
class Fix:  # pylint: disable=too-many-instance-attributes
    """The edits that resolve one finding.

    ``safe`` fixes keep the program's meaning apart from the bug they
    remove; unsafe ones (``--unsafe-fixes``) may change behaviour, and are
    only shown without that flag."""

    path: str
    symbol: str
    msg_id: str
    line: int
    column: int
    description: str
    edits: tuple[Edit, ...]
    safe: bool
    # The finding's message text, for reports of what was fixed.
    message: str = field(default="", compare=False)

    @property
    def start(self) -> int:
        """Where the fix's first edit starts (fixes are applied in this order)."""
        return min(edit.start for edit in self.edits)

    def conflicts_with(self, edits: list[Edit]) -> bool:
        """Whether an edit of this fix overlaps one of ``edits``."""
        return any(mine.overlaps(theirs) for mine in self.edits for theirs in edits)
