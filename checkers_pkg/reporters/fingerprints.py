"""A finding's identity across edits, shared by the SARIF reporter's
``partialFingerprints`` and the baseline (``checkers-pkg --baseline``).

It hashes the file's path, the message id and the text of the flagged line
(stripped: not its number, not its indentation), plus an occurrence count
among findings with the same three, so a finding keeps its identity when
lines are added or removed above or below it, and two identical findings
on identical lines stay two."""

from __future__ import annotations

import hashlib
import linecache
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pylint.message import Message

FINGERPRINT_KEY = "pylintFindingHash/v1"


def relative_uri(message: Message, root: Path | None = None) -> str:
    """The file as a POSIX path relative to ``root`` (the working directory
    by default) when it lies under it, else as a file URI."""
    path = Path(message.abspath or message.path)
    base = (root or Path.cwd()).resolve()
    try:
        return path.resolve().relative_to(base).as_posix()
    except ValueError:
        return path.resolve().as_uri() if path.is_absolute() else Path(message.path).as_posix()


def line_text(message: Message) -> str:
    """The flagged line's text, stripped (its number is not part of the key)."""
    if not message.abspath or not message.line:
        return ""
    return linecache.getline(message.abspath, message.line).strip()


def fingerprint(key: tuple[str, str, str], occurrence: int) -> str:
    """The hash of (path, message id, line text) and the occurrence count."""
    digest = hashlib.sha256("\0".join((*key, str(occurrence))).encode("utf-8")).hexdigest()
    return digest[:32]


def fingerprints(
    messages: Iterable[Message], uri: Callable[[Message], str] = relative_uri
) -> Iterator[tuple[Message, str]]:
    """Each message with its fingerprint, in the order given (occurrences
    are counted in that order: sort first for a stable answer)."""
    seen: Counter[tuple[str, str, str]] = Counter()
    for message in messages:
        key = (uri(message), message.msg_id, line_text(message))
        seen[key] += 1
        yield message, fingerprint(key, seen[key])


def sort_key(message: Message) -> tuple[str, int, int, str, str]:
    """The order fingerprints are counted in (whatever ``-j`` did)."""
    return (relative_uri(message), message.line or 0, message.column or 0, message.msg_id,
            message.msg or "")
