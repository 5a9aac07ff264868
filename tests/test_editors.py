"""What editors rely on, for every registered message (new ones included
without an edit here): the unsaved buffer linted through ``--from-stdin``
gives the same findings as the file on disk, and the ``json2`` output an
editor parses carries end positions that underline exactly the code at fault.
Each message's ``docs/messages/<symbol>/bad.py`` is the sample."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from pylint.lint import Run, pylinter

from checkers_pkg.checkers import ALL_CHECKERS

from .lint_helpers import EMPTY_RC

MESSAGES_DIR = Path(__file__).parent.parent / "docs" / "messages"
SYMBOLS = sorted(message[1] for checker in ALL_CHECKERS for message in checker.msgs.values())
ENABLE = "--enable=" + ",".join(checker.name for checker in ALL_CHECKERS)


def _lint_json2(
    monkeypatch: pytest.MonkeyPatch, *args: str, stdin: str | None = None
) -> list[dict]:
    """Run pylint in this process, json2 to a buffer, optionally with the
    given text as the editor's unsaved buffer."""
    out = io.StringIO()
    if stdin is not None:
        monkeypatch.setattr(pylinter, "_read_stdin", lambda: stdin)
    monkeypatch.setattr("sys.stdout", out)
    Run(
        [f"--rcfile={EMPTY_RC}", "--persistent=n", "--load-plugins=checkers_pkg",
         "--disable=all", ENABLE, "--output-format=json2", *args],
        exit=False,
    )
    return json.loads(out.getvalue())["messages"]


def _key(message: dict) -> tuple:
    return (
        message["symbol"], message["line"], message["column"],
        message["endLine"], message["endColumn"], message["message"],
    )


@pytest.fixture(name="bad", params=SYMBOLS)
def fixture_bad(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A message's bad example, with the working directory beside it (as an
    editor runs pylint from the project)."""
    path = MESSAGES_DIR / request.param / "bad.py"
    monkeypatch.chdir(path.parent)
    return path


def test_stdin_gives_the_same_findings_as_the_file(
    bad: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    symbol = bad.parent.name
    on_disk = _lint_json2(monkeypatch, "bad.py")
    from_stdin = _lint_json2(
        monkeypatch, "--from-stdin", "bad.py", stdin=bad.read_text(encoding="utf-8")
    )
    assert symbol in {m["symbol"] for m in on_disk}
    assert sorted(map(_key, from_stdin)) == sorted(map(_key, on_disk))
    # An editor lints the buffer of a file that may not exist on disk yet. A
    # message that names where something is (a chain's ``(bad.py:5)``) names
    # the buffer instead; nothing else may differ.
    unsaved = _lint_json2(
        monkeypatch, "--from-stdin", "unsaved_buffer.py", stdin=bad.read_text(encoding="utf-8")
    )
    for message in unsaved:
        message["message"] = message["message"].replace("unsaved_buffer.py:", "bad.py:")
    assert sorted(map(_key, unsaved)) == sorted(map(_key, on_disk))


def test_json2_end_positions_underline_the_code_at_fault(
    bad: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    symbol = bad.parent.name
    lines = bad.read_text(encoding="utf-8").splitlines()
    ours = [m for m in _lint_json2(monkeypatch, "bad.py") if m["symbol"] == symbol]
    assert ours
    for message in ours:
        assert message["endLine"] is not None and message["endColumn"] is not None, message
        assert (message["endLine"], message["endColumn"]) > (message["line"], message["column"])
        # The span is code, not the whole line: it starts at a non-blank
        # character and, on one line, stops before the marker comment.
        first = lines[message["line"] - 1]
        assert not first[message["column"]].isspace(), message
        if message["endLine"] == message["line"]:
            span = first[message["column"] : message["endColumn"]]
            assert "#" not in span and span.strip() == span, (span, message)
