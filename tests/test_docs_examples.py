"""Documentation that cannot rot: every message's bad.py raises it on the
marked lines, good.py raises nothing of the suite, and no message lacks them."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
from pylint.testutils import LintModuleTest

from checkers_pkg.checkers import ALL_CHECKERS

from .lint_helpers import crashes, lint

MESSAGES_DIR = Path(__file__).parent.parent / "docs" / "messages"
OUR_SYMBOLS = sorted(message[1] for checker in ALL_CHECKERS for message in checker.msgs.values())
ENABLE_OURS = "--enable=" + ",".join(checker.name for checker in ALL_CHECKERS)


def _findings(path: Path) -> Counter[tuple[int, str]]:
    messages = lint("--disable=all", ENABLE_OURS, str(path))
    assert not crashes(messages)
    return Counter((m.line, m.symbol) for m in messages if m.symbol in OUR_SYMBOLS)


DOC_FILES = ("bad.py", "good.py", "details.rst", "peers.rst", "limits.rst")


@pytest.mark.parametrize("symbol", OUR_SYMBOLS)
def test_every_message_has_all_five_files(symbol: str) -> None:
    """The docs site builds each page from these; a missing one is a gap
    on the page, so it fails here first."""
    missing = [name for name in DOC_FILES if not (MESSAGES_DIR / symbol / name).is_file()]
    assert not missing, f"docs/messages/{symbol}/ lacks {', '.join(missing)}"
    for name in DOC_FILES[2:]:
        text = (MESSAGES_DIR / symbol / name).read_text(encoding="utf-8")
        assert text.strip(), f"docs/messages/{symbol}/{name} is empty"
        # Included under the page's own headings: no heading of its own.
        assert not any(set(line) <= set("=-~^") and len(line) > 3 for line in text.splitlines())


@pytest.mark.parametrize("symbol", OUR_SYMBOLS)
def test_examples_are_short_enough_to_show_the_flagged_line(symbol: str) -> None:
    """At most ~25 lines of at most 88 characters: at 1280 px the whole
    example, flagged line included, is on screen without scrolling sideways."""
    for name in ("bad.py", "good.py"):
        lines = (MESSAGES_DIR / symbol / name).read_text(encoding="utf-8").splitlines()
        assert len(lines) <= 30, f"{symbol}/{name}: {len(lines)} lines"
        long = [n for n, line in enumerate(lines, 1) if len(line) > 88]
        assert not long, f"{symbol}/{name}: lines {long} are longer than 88 characters"


@pytest.mark.parametrize("symbol", OUR_SYMBOLS)
def test_bad_example_raises_its_message_on_the_marked_lines(symbol: str) -> None:
    bad = MESSAGES_DIR / symbol / "bad.py"
    with bad.open(encoding="utf-8") as stream:
        expected = LintModuleTest.get_expected_messages(stream)
    assert symbol in {marked for _, marked in expected}
    assert _findings(bad) == expected


@pytest.mark.parametrize("symbol", OUR_SYMBOLS)
def test_good_example_raises_nothing(symbol: str) -> None:
    assert _findings(MESSAGES_DIR / symbol / "good.py") == Counter()
