"""The library clients and Django's ORM are known by their classes when the
libraries are installed (the test extra installs them) and by import paths
when they are not: hidden from astroid, the fixtures give the same findings."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[4]
FIXTURES = ROOT / "tests" / "functional" / "async"
EMPTY_RC = ROOT / "tests" / "empty.rc"
HIDDEN = ("redis", "sqlalchemy", "boto3", "botocore", "psycopg2", "psycopg", "pymysql",
          "pymongo", "motor", "django", "asgiref")
HIDE_LIBRARIES = f"""\
import sys
from astroid.manager import AstroidManager
AstroidManager().module_denylist.update({HIDDEN!r})
from pylint.lint import Run
Run(sys.argv[1:], exit=False)
"""


def _marked(source: str) -> list[str]:
    found = []
    for number, line in enumerate(source.splitlines(), 1):
        if "# [" in line:
            for symbol in line.split("# [", 1)[1].rstrip("]").split(","):
                found.append(f"{number}:{symbol.strip()}")
    return sorted(found)


@pytest.mark.parametrize(
    "fixture",
    [
        "blocking_call_in_async/blocking_call_in_async_clients",
        "blocking_call_in_async/blocking_call_in_async_drivers",
        "sync_only_call_in_async/sync_only_call_in_async",
        "sync_only_call_in_async/sync_only_call_in_async_annotated",
        "sync_only_call_in_async/sync_only_call_in_async_lookalikes",
    ],
)
def test_same_findings_when_the_libraries_are_not_installed(fixture: str) -> None:
    path = FIXTURES / f"{fixture}.py"
    expected = _marked(path.read_text(encoding="utf-8"))
    result = subprocess.run(
        [sys.executable, "-c", HIDE_LIBRARIES, f"--rcfile={EMPTY_RC}", "--persistent=n",
         "--load-plugins=checkers_pkg", "--disable=all", "--enable=checkers-pkg-async",
         "--score=n", "--msg-template={line}:{symbol}", path.name],
        capture_output=True, text=True, cwd=path.parent, timeout=300, check=False,
    )
    found = sorted(line for line in result.stdout.splitlines() if not line.startswith("*"))
    assert found == expected, result.stderr
