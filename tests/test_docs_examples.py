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


@pytest.mark.parametrize("symbol", OUR_SYMBOLS)
def test_every_message_has_examples(symbol: str) -> None:
    assert (MESSAGES_DIR / symbol / "bad.py").is_file()
    assert (MESSAGES_DIR / symbol / "good.py").is_file()


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
