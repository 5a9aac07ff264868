"""Every ``<symbol>_fix.py`` fixture, fixed: the result is its ``.fixed``
file exactly, compiles, re-lints without the fixed findings, and a second
fix changes nothing. Then the applier's promises: overlaps, CRLF and
non-ASCII text, files changed since linted, read-only files."""

from __future__ import annotations

import os
import shutil
import stat
from collections import Counter
from pathlib import Path

import pytest
from astroid import MANAGER
from pylint.message import Message

from checkers_pkg.fixes import FIX_DOCS, FIXERS, compiles, fix_files, write

from .lint_helpers import lint

FUNCTIONAL = Path(__file__).parent / "functional"
DEFAULT_RC = FUNCTIONAL / "default.rc"
FIXTURES = sorted(FUNCTIONAL.glob("*/*/*_fix.py"))


def _lint(path: Path) -> list[Message]:
    # astroid caches a module by name and file: a file fixed in place must
    # be parsed again.
    MANAGER.astroid_cache.pop(path.stem, None)
    rc = path.with_suffix(".rc")
    return lint(f"--rcfile={rc if rc.exists() else DEFAULT_RC}", str(path))


def _fix(path: Path, unsafe: bool = True) -> tuple[list[Message], list]:
    messages = _lint(path)
    outcomes = fix_files(messages, unsafe=unsafe)
    for outcome in outcomes:
        write(outcome)
    return messages, outcomes


@pytest.fixture(autouse=True)
def _forget_copies(tmp_path: Path):
    """Modules linted from a test's copies leave astroid's cache afterwards:
    a fixed copy must never stand in for a fixture in a later test."""
    yield
    for name, module in list(MANAGER.astroid_cache.items()):
        if (getattr(module, "file", None) or "").startswith(str(tmp_path)):
            del MANAGER.astroid_cache[name]


def test_every_fixable_message_has_a_fixture_and_docs() -> None:
    symbols = {path.stem.removesuffix("_fix").replace("_", "-") for path in FIXTURES}
    assert symbols == set(FIXERS)
    assert set(FIX_DOCS) == set(FIXERS)


@pytest.mark.parametrize("fixture", FIXTURES, ids=[path.stem for path in FIXTURES])
def test_fixture_is_fixed_as_expected(fixture: Path, tmp_path: Path) -> None:
    copy = tmp_path / fixture.name
    shutil.copy(fixture, copy)
    if fixture.with_suffix(".rc").exists():  # a py-version, say
        shutil.copy(fixture.with_suffix(".rc"), copy.with_suffix(".rc"))
    before, outcomes = _fix(copy)
    expected = fixture.with_suffix(".fixed").read_text(encoding="utf-8")
    fixed = copy.read_text(encoding="utf-8")
    assert fixed == expected
    assert compiles(fixed, str(copy))
    applied = [fix for outcome in outcomes for fix in outcome.applied]
    assert applied, "the fixture shows no fix"
    # Re-linted: exactly the fixed findings are gone.
    after = _lint(copy)
    counts = Counter(m.symbol for m in before)
    counts.subtract(Counter(fix.symbol for fix in applied))
    assert +Counter(m.symbol for m in after) == +counts
    # Idempotent: a second run changes nothing.
    _, again = _fix(copy)
    assert copy.read_text(encoding="utf-8") == expected
    assert not any(outcome.applied for outcome in again)


ASYNC_SOURCE = (
    '"""Ünïcode: façade, 東京."""\n'
    "import asyncio\n"
    "import time\n"
    "\n"
    "\n"
    "async def save(item):\n"
    "    await asyncio.sleep(0)\n"
    "\n"
    "\n"
    "async def main():\n"
    '    label = "café"; save(label)  # café\n'
    "    time.sleep(1)\n"
)


def _project(tmp_path: Path, text: str, newline: str = "\n") -> Path:
    path = tmp_path / "job.py"
    path.write_bytes(text.replace("\n", newline).encode("utf-8"))
    return path


def test_crlf_and_non_ascii_text_are_kept(tmp_path: Path) -> None:
    path = _project(tmp_path, ASYNC_SOURCE, "\r\n")
    _, outcomes = _fix(path)
    fixed = path.read_bytes().decode("utf-8")
    assert fixed == ASYNC_SOURCE.replace("\n", "\r\n").replace(
        "; save(label)", "; await save(label)"
    ).replace("    time.sleep(1)", "    await asyncio.sleep(1)")
    assert len(outcomes[0].applied) == 2


def test_overlapping_fixes_apply_one_per_run(tmp_path: Path) -> None:
    """Two fixes touching the same text: the first applies, the other waits
    for the next run (a shared import line is no overlap)."""
    from checkers_pkg.fixes.apply import FileOutcome, plan
    from checkers_pkg.fixes.model import Edit, Fix
    from checkers_pkg.fixes.source import Source

    path = _project(tmp_path, "x = f(g(1))\n")
    source = Source.read(path)
    imports = Edit(0, 0, "import asyncio\n")
    outer = Fix(str(path), "a", "W0", 1, 4, "outer", (Edit(4, 11, "h(g(1))"), imports), True)
    inner = Fix(str(path), "b", "W0", 1, 6, "inner", (Edit(6, 10, "k(1)"), imports), True)
    outcome = FileOutcome(path, "job.py", source.text, source=source)
    plan(outcome, [inner, outer], unsafe=False)
    assert outcome.applied == [outer]
    assert outcome.new_text == "import asyncio\nx = h(g(1))\n"
    assert outcome.left == [(inner, "overlaps another fix: run again to apply it")]


def test_a_file_changed_since_it_was_linted_is_left_alone(tmp_path: Path) -> None:
    path = _project(tmp_path, ASYNC_SOURCE)
    messages = _lint(path)
    from checkers_pkg.fixes.apply import digest

    linted = {m.abspath: digest(path.read_bytes()) for m in messages}
    path.write_text("# edited meanwhile\n" + ASYNC_SOURCE, encoding="utf-8")
    (outcome,) = fix_files(messages, unsafe=True, linted=linted)
    assert outcome.problem == "it changed since it was linted: run again to fix it"
    write(outcome)
    assert path.read_text(encoding="utf-8").startswith("# edited meanwhile")


def test_a_read_only_file_is_reported_and_the_others_fixed(tmp_path: Path) -> None:
    locked = _project(tmp_path, ASYNC_SOURCE)
    free = tmp_path / "other.py"
    free.write_text(ASYNC_SOURCE, encoding="utf-8")
    messages = _lint(locked) + _lint(free)
    locked.chmod(stat.S_IRUSR | stat.S_IRGRP)
    try:
        outcomes = fix_files(messages, unsafe=True)
        for outcome in outcomes:
            write(outcome)
        problems = {outcome.path.name: outcome.problem for outcome in outcomes}
        assert problems["job.py"] and "read-only" in problems["job.py"]
        assert problems["other.py"] is None
        assert locked.read_text(encoding="utf-8") == ASYNC_SOURCE
        assert "await asyncio.sleep(1)" in free.read_text(encoding="utf-8")
    finally:
        locked.chmod(stat.S_IRUSR | stat.S_IWUSR)


def test_a_fix_that_would_not_compile_is_dropped(tmp_path: Path) -> None:
    from checkers_pkg.fixes.apply import FileOutcome, plan
    from checkers_pkg.fixes.model import Edit, Fix
    from checkers_pkg.fixes.source import Source

    path = _project(tmp_path, "x = 1\ny = 2\n")
    source = Source.read(path)
    good = Fix(str(path), "s", "W0", 1, 0, "ok", (Edit(4, 5, "3"),), True)
    bad = Fix(str(path), "s", "W0", 2, 0, "breaks", (Edit(10, 11, "(("),), True)
    outcome = FileOutcome(path, "job.py", source.text, source=source)
    plan(outcome, [good, bad], unsafe=False)
    assert outcome.new_text == "x = 3\ny = 2\n"
    assert outcome.left == [(bad, "the fixed code would not compile: left as is")]


def test_readme_message_table_says_which_messages_have_a_fix() -> None:
    import re

    readme = (Path(__file__).parent.parent / "README.md").read_text(encoding="utf-8")
    rows = re.findall(r"^\| `([a-z-]+)` \| [EW]\d{4} \| .* \| ([^|]+) \|$", readme, re.M)
    assert len(rows) >= 22
    for symbol, column in rows:
        fix = FIX_DOCS.get(symbol)
        assert column.strip() == (fix.kind if fix else "—"), symbol


def test_sweep_fixing_every_functional_fixture_gives_valid_python_once(tmp_path: Path) -> None:
    """A sweep over every fixture (several hundred findings of every kind,
    fixed or not), with the command as documented, in its own process (the
    fixed helper packages must not reach this process's astroid cache):
    every fixed file compiles, and then nothing is left to fix."""
    import subprocess
    import sys

    copy = tmp_path / "functional"
    shutil.copytree(FUNCTIONAL, copy)
    before = {path: path.read_bytes() for path in copy.rglob("*.py")}

    def command(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "checkers_pkg", f"--rcfile={DEFAULT_RC}", "--persistent=n",
             "--unsafe-fixes", *args, "."],
            cwd=copy, capture_output=True, text=True, check=False, timeout=900,
        )

    fixed = command("--fix")
    assert "Traceback" not in fixed.stderr and "left alone" not in fixed.stderr, fixed.stderr
    changed = [path for path, data in before.items() if path.read_bytes() != data]
    symbols = {line.split(" fixed ", 1)[1].split(":")[0]
               for line in fixed.stderr.splitlines() if ": fixed " in line and " fixed " in line
               and not line.startswith("checkers-pkg:")}
    assert len(changed) > 30 and symbols == set(FIXERS), fixed.stderr[-3000:]
    for path in changed:
        assert compiles(path.read_text(encoding="utf-8"), str(path)), path
    again = command("--diff")
    assert again.returncode == 0 and again.stdout == "", again.stdout


def test_real_overlapping_findings_are_fixed_over_two_runs(tmp_path: Path) -> None:
    """``time.sleep(settings().delay)``: the blocking call's fix and the
    coroutine's fix touch the same text; one per run, as ruff does."""
    source = (
        "import asyncio\nimport time\n\n\nclass Settings:\n    delay = 1\n\n\n"
        "async def settings() -> Settings:\n    await asyncio.sleep(0)\n    return Settings()\n\n\n"
        "async def main():\n    time.sleep(settings().delay)\n"
    )
    path = _project(tmp_path, source)
    _, first = _fix(path)
    assert [fix.symbol for fix in first[0].applied] == ["blocking-call-in-async"]
    assert [fix.symbol for fix, _ in first[0].left] == ["coroutine-used-as-result"]
    assert path.read_text(encoding="utf-8").endswith(
        "    await asyncio.sleep(settings().delay)\n"
    )
    _, second = _fix(path)
    assert [fix.symbol for fix in second[0].applied] == ["coroutine-used-as-result"]
    assert path.read_text(encoding="utf-8").endswith(
        "    await asyncio.sleep((await settings()).delay)\n"
    )
