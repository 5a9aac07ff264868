"""The README's demo: the bundled project, configured through its own
pyproject.toml (``load-plugins`` under ``[tool.pylint.main]``), prints the
findings it was written to show, and what the README says of them is true:
their number, and one or more of every message of the suite."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from checkers_pkg.checkers import ALL_CHECKERS

ROOT = Path(__file__).parent.parent
EXAMPLES = ROOT / "examples"
SYMBOLS = sorted(message[1] for checker in ALL_CHECKERS for message in checker.msgs.values())
_NUMBER_WORDS = {
    word: number
    for number, word in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen "
        "fourteen fifteen sixteen seventeen eighteen nineteen".split()
    )
}


def _number(text: str) -> int:
    """``twenty-four`` -> 24 (what the README writes; up to ninety-nine)."""
    tens = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60}
    first, _, second = text.partition("-")
    if first in tens:
        return tens[first] + (_NUMBER_WORDS[second] if second else 0)
    return _NUMBER_WORDS[text]


@pytest.fixture(scope="module")
def demo() -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "pylint", f"--rcfile={EXAMPLES / 'pyproject.toml'}",
         "--score=n", "--msg-template={path}:{line}:{symbol}", str(EXAMPLES / "inventory")],
        capture_output=True, text=True, check=False, timeout=300, cwd=ROOT,
    )


def _findings(result: subprocess.CompletedProcess[str]) -> list[str]:
    return sorted(
        line.replace("\\", "/").split("examples/inventory/", 1)[1]
        for line in result.stdout.splitlines()
        if "examples/inventory/" in line.replace("\\", "/")
    )


def test_demo_project_reports_its_bugs(demo: subprocess.CompletedProcess[str]) -> None:
    assert _findings(demo) == [
        "deploy.py:23:shell-command-injection",
        "deploy.py:26:unsafe-archive-extraction",
        "deploy.py:27:tls-verification-disabled",
        "deploy.py:32:unsafe-deserialization",
        "deploy.py:37:sql-query-injection",
        "deploy.py:44:insecure-temp-file",
        "fetcher.py:26:coroutine-used-as-result",
        "pricing.py:13:ignored-return-value",
        "pricing.py:19:mutable-fromkeys-value",
        "pricing.py:36:mock-assertion-no-op",
        "reports.py:11:logging-format-mismatch",
        "reports.py:12:translation-formatted-too-early",
        "reports.py:16:translation-positional-placeholders",
        "reports.py:20:format-from-locals",
        "reports.py:20:format-key-not-in-scope",
        "reports.py:25:translation-non-literal-message",
        "search.py:12:regex-flag-as-positional",
        "storage.py:21:blocking-call-in-async",
        "sync.py:18:coroutine-in-boolean-context",
        "sync.py:20:transitively-blocking-call-in-async",
        "sync.py:22:unawaited-coroutine",
        "sync.py:27:dangling-task",
        "text.py:17:regex-flag-as-positional",
        "text.py:21:regex-flag-as-positional",
        "views.py:20:sync-only-call-in-async",
    ], demo.stdout + demo.stderr
    # pylint's exit status is a bit mask: 2 errors, 4 warnings issued.
    assert demo.returncode == 2 | 4


def test_demo_shows_every_message(demo: subprocess.CompletedProcess[str]) -> None:
    """The README promises one or more of every message: a new message
    without a demo line fails here, not in a reader's hands."""
    shown = {finding.rsplit(":", 1)[1] for finding in _findings(demo)}
    assert sorted(set(SYMBOLS) - shown) == []


def test_readme_counts_the_demo_findings(demo: subprocess.CompletedProcess[str]) -> None:
    readme = " ".join((ROOT / "README.md").read_text(encoding="utf-8").split())
    said = re.search(r"it prints ([a-z-]+) findings, one or more of every message", readme)
    assert said is not None, "the README no longer says how many findings the demo prints"
    assert _number(said.group(1)) == len(_findings(demo))
