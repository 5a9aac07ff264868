"""The fixers, one per message, and what the docs say about each.

A fixer gets the finding (a pylint ``Message``: symbol, text and exact
position), the file re-read and re-parsed, and the file's other findings;
it returns the edit, or None when the edit is not certainly right. It
never infers: the finding already proved the part that needs inference
(that a callee is a coroutine function, that a value is a regex flag), and
what the checker decided beyond the position it said in its message."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from astroid import nodes

from checkers_pkg.fixes.model import Edit
from checkers_pkg.fixes.source import Source

if TYPE_CHECKING:
    from pylint.message import Message


@dataclass(frozen=True)
class Proposal:
    """A fixer's answer: what the edit does, the edits, and whether it is safe."""

    description: str
    edits: tuple[Edit, ...]
    safe: bool


@dataclass(frozen=True)
class FixDoc:
    """What a message's docs page says about its fix."""

    kind: str  # "safe", "unsafe" or "safe or unsafe"
    summary: str


Fixer = Callable[[Source, "Message", Sequence["Message"]], Proposal | None]
FIXERS: dict[str, Fixer] = {}
FIX_DOCS: dict[str, FixDoc] = {}


def fixer(symbol: str, kind: str, summary: str) -> Callable[[Fixer], Fixer]:
    """Register ``function`` as the fixer of ``symbol``."""

    def register(function: Fixer) -> Fixer:
        FIXERS[symbol] = function
        FIX_DOCS[symbol] = FixDoc(kind, summary)
        return function

    return register


def reported_node(
    source: Source, message: Message, *kinds: type[nodes.NodeNG]
) -> nodes.NodeNG | None:
    """The node of one of ``kinds`` at the message's exact position."""
    return source.node_at(
        message.line, message.column, message.end_line, message.end_column, kinds
    )


def same_position(first: Message, second: Message) -> bool:
    """Whether two findings were reported on the same span."""
    return (first.line, first.column, first.end_line, first.end_column) == (
        second.line,
        second.column,
        second.end_line,
        second.end_column,
    )
