"""The astroid brain may teach, never mislead: pylint's own findings on real
code are the same with and without it (less astroid's own false alarms).

Each side runs in a fresh interpreter because the brain changes astroid's
cached trees for the rest of a process.
"""

from __future__ import annotations

import json
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest

from .lint_helpers import EMPTY_RC, OUR_CHECKERS

STDLIB = Path(sysconfig.get_paths()["stdlib"])
# Real modules that use re hard: compiled patterns as class attributes,
# flags combined and passed on, Pattern methods, Match objects; and modules
# that join paths with ``/``.
REAL_MODULES = [
    "importlib/metadata/__init__.py", "zipfile.py",
    "configparser.py", "textwrap.py", "gettext.py", "fnmatch.py", "string.py",
    "sqlite3/dump.py", "asyncio/staggered.py", "asyncio/runners.py",
]
USER_CODE = '''
import asyncio
import re
import sqlite3
from pathlib import Path, PurePosixPath
from typing import Pattern

WORD: re.Pattern[str] = re.compile(r"\\w+", re.I | re.M)
BYTES = re.compile(rb"\\d+")
FLAGS = re.IGNORECASE | re.VERBOSE


def describe(pattern: "re.Pattern[str]") -> str:
    flags = pattern.flags & ~re.I
    groups = pattern.groups + len(pattern.groupindex)
    return f"{pattern.pattern}:{flags}:{groups}:{BYTES.pattern.decode()}"


def parse(text: str) -> list[str]:
    match = WORD.match(text)
    found = [m.group(0) for m in WORD.finditer(text)]
    if match and isinstance(WORD, re.Pattern):
        found.append(match.group())
    return found + WORD.split(text, maxsplit=1) + [str(int(FLAGS)), re.I.name or ""]


def typed(p: Pattern[str]) -> bool:
    return bool(p.fullmatch("x", 0, 1)) and re.RegexFlag(2) == re.I


def flag_table() -> dict[str, int]:
    table = {name: int(flag) for name, flag in re.RegexFlag.__members__.items()}
    table.update((flag.name, flag.value) for flag in re.RegexFlag)
    table["count"] = len(re.RegexFlag) + int(re.I in re.RegexFlag)
    table["caseless"] = re.RegexFlag["IGNORECASE"].value | re.I.value
    return table


def store(path: str) -> list[tuple[int, str]]:
    connection = sqlite3.connect(path, timeout=2.0, isolation_level=None)
    connection.row_factory = sqlite3.Row
    with connection:
        cursor = connection.execute("SELECT 1, 'a'")
        cursor.arraysize = 10
        rows = cursor.fetchmany(size=2) + cursor.fetchall()
        connection.executemany("INSERT INTO t VALUES (?)", [(1,), (2,)])
        print(cursor.description, cursor.lastrowid, connection.total_changes)
    for row in connection.cursor().execute("SELECT 2"):
        rows.append(row)
    connection.commit()
    connection.close()
    return rows


async def tick() -> int:
    return 1


def schedule() -> object:
    loop = asyncio.new_event_loop()
    try:
        task = loop.create_task(tick())
        result = loop.run_until_complete(task)
        handle = loop.call_later(1.0, print, result)
        handle.cancel()
        running = asyncio.get_event_loop().is_running()
        future = loop.run_in_executor(None, print, running)
        return future, loop.time()
    finally:
        loop.close()


def paths(root: str) -> list[str]:
    base = Path(root).resolve()
    config = base / "conf" / "app.toml"
    pure = PurePosixPath("a") / "b"
    found = [config.name, config.suffix, str(config.with_suffix(".bak")), pure.as_posix()]
    if (base / "x").exists() and config.is_file():
        found.append((base / "x").read_text(encoding="utf-8"))
    found.extend(str(child) for child in (base / "d").iterdir())
    found.append((base / "y").relative_to(base).parts[0])
    return found + [(pure / "c").stem, str(config.stat().st_size)]
'''


def _pylint_findings(paths: list[str], with_plugin: bool) -> list[list[object]]:
    """pylint's default findings, as sortable rows."""
    args = [sys.executable, "-m", "pylint", f"--rcfile={EMPTY_RC}", "--persistent=n",
            "--output-format=json", "--score=n"]
    if with_plugin:
        args += ["--load-plugins=checkers_pkg", f"--disable={OUR_CHECKERS}"]
    result = subprocess.run(args + paths, capture_output=True, text=True, check=False, timeout=600)
    messages = json.loads(result.stdout or "[]")
    return sorted(
        [m["path"], m["line"], m["column"], m["message-id"], m["symbol"], m["message"]]
        for m in messages
    )


@pytest.mark.skipif(
    not (STDLIB / "configparser.py").exists(),
    reason="this interpreter ships its standard library without .py sources (some "
    "distribution builds strip them), and the comparison lints those sources",
)
def test_pylint_reports_the_same_with_and_without_the_brain(tmp_path: Path) -> None:
    user = tmp_path / "user_re_code.py"
    user.write_text(USER_CODE)
    paths = [str(user), *(str(STDLIB / name) for name in REAL_MODULES)]
    without = _pylint_findings(paths, with_plugin=False)
    with_brain = _pylint_findings(paths, with_plugin=True)
    assert without, "pylint found nothing at all: the comparison proves nothing"
    added = [finding for finding in with_brain if finding not in without]
    removed = [finding for finding in without if finding not in with_brain]
    assert added == []
    # USER_CODE runs correctly, so an error pylint reports in it is a false
    # alarm (astroid reads re.I as an int: "Instance of 'int' has no 'name'
    # member"); the brain may take those away, and nothing else.
    assert removed, "expected the brain to fix astroid's known false alarms on flags"
    for path, _, _, msgid, _, _ in removed:
        assert path == str(user) and msgid.startswith("E"), removed
