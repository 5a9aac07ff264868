"""A baseline: today's findings, recorded so that a CI gate reports only new
ones (bandit's ``-b``; pylint has none).

Findings are matched by the SARIF reporter's fingerprint (path, message id,
the flagged line's text, occurrence), so editing lines above or below a
recorded finding does not bring it back. Paths are taken relative to the
baseline file's folder, so the gate can run from any directory."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from checkers_pkg.reporters.fingerprints import fingerprints, relative_uri, sort_key

if TYPE_CHECKING:
    from pylint.message import Message

FORMAT = "checkers-pkg-baseline/v1"


class BaselineError(Exception):
    """The baseline file cannot be used (missing, not JSON, another format)."""


@dataclass
class Match:
    """The findings not in the baseline, and the counts to report."""

    new: list[Message]
    matched: int
    stale: int


def _printed(messages: Sequence[Message], root: Path) -> list[tuple[Message, str]]:
    ordered = sorted(messages, key=sort_key)
    return list(fingerprints(ordered, lambda message: relative_uri(message, root)))


def write_baseline(path: Path, messages: Sequence[Message]) -> int:
    """Record ``messages``; returns how many were written."""
    root = path.resolve().parent
    findings = [
        {
            "fingerprint": printed,
            "path": relative_uri(message, root),
            "line": message.line,
            "symbol": message.symbol,
            "message": message.msg,
        }
        for message, printed in _printed(messages, root)
    ]
    document = {"format": FORMAT, "findings": findings}
    path.write_text(json.dumps(document, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    return len(findings)


def read_baseline(path: Path) -> set[str]:
    """The fingerprints a baseline holds (BaselineError when it cannot be used)."""
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
    except OSError as error:
        reason = error.strerror or error
        raise BaselineError(f"cannot read the baseline {path}: {reason}") from error
    except ValueError as error:
        raise BaselineError(f"the baseline {path} is not JSON: {error}") from error
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise BaselineError(
            f"{path} is not a checkers-pkg baseline (write one with --write-baseline)"
        )
    return {finding["fingerprint"] for finding in document.get("findings", ())}


def match(path: Path, known: set[str], messages: Sequence[Message]) -> Match:
    """Split ``messages`` into new findings and findings the baseline holds."""
    root = path.resolve().parent
    new, seen = [], set()
    for message, printed in _printed(messages, root):
        if printed in known:
            seen.add(printed)
        else:
            new.append(message)
    return Match(new=new, matched=len(seen), stale=len(known - seen))
