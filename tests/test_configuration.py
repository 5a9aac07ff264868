"""Options are read the pylint way, add to the defaults, and bad values stop
the run with a usage error (status 2, the option named), never a traceback."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from .lint_helpers import EMPTY_RC

SOURCE = """\
import asyncio
import time

from vendor.reports import fetch


def pause():
    time.sleep(1)


def outer():
    pause()


async def main():
    fetch("daily")
    time.sleep(1)
    outer()
    await asyncio.sleep(0)
"""


def _findings(result: subprocess.CompletedProcess[str]) -> list[str]:
    return [line for line in result.stdout.split() if ":" in line]


def _pylint(tmp_path: Path, *options: str, rc: str | None = None) -> subprocess.CompletedProcess[str]:
    (tmp_path / "app.py").write_text(SOURCE)
    rcfile = EMPTY_RC
    if rc is not None:
        rcfile = tmp_path / "pyproject.toml"
        rcfile.write_text(rc)
    command = [sys.executable, "-m", "pylint", f"--rcfile={rcfile}", "--persistent=n",
               "--load-plugins=checkers_pkg", "--disable=all", "--enable=checkers-pkg-async",
               "--score=n", "--msg-template={line}:{symbol}", *options, "app.py"]
    return subprocess.run(command, capture_output=True, text=True, cwd=tmp_path, timeout=120,
                          check=False)


def test_defaults(tmp_path: Path) -> None:
    result = _pylint(tmp_path)
    assert _findings(result) == [
        "17:blocking-call-in-async",
        "18:transitively-blocking-call-in-async",
    ]


def test_pyproject_options_add_to_the_builtin_list(tmp_path: Path) -> None:
    result = _pylint(
        tmp_path,
        rc='[tool.pylint.checkers-pkg-async]\n'
        'blocking-functions = ["vendor.reports.fetch"]\nblocking-call-depth = 1\n',
    )
    assert _findings(result) == ["16:blocking-call-in-async", "17:blocking-call-in-async"]


def test_translation_options_from_pyproject(tmp_path: Path) -> None:
    (tmp_path / "i18n.py").write_text(
        "def tr(text):\n    return text\n\n\ndef N_(text):\n    return text\n"
    )
    (tmp_path / "views.py").write_text(
        "from i18n import N_, tr\n\nTITLE = N_('Title')\n\n\n"
        "def view(name):\n    tr('hi %s' % name)\n    tr(TITLE)\n    tr(name)\n"
    )
    rcfile = tmp_path / "pyproject.toml"
    rcfile.write_text(
        '[tool.pylint.checkers-pkg-logging-i18n]\n'
        'translation-functions = ["i18n.tr"]\ntranslation-markers = ["i18n.N_"]\n'
    )
    result = subprocess.run(
        [sys.executable, "-m", "pylint", f"--rcfile={rcfile}", "--persistent=n",
         "--load-plugins=checkers_pkg", "--disable=all",
         "--enable=checkers-pkg-logging-i18n", "--score=n", "--msg-template={line}:{symbol}",
         "views.py"],
        capture_output=True, text=True, cwd=tmp_path, timeout=120, check=False,
    )
    assert _findings(result) == [
        "7:translation-formatted-too-early", "9:translation-non-literal-message",
    ]


def test_command_line_options(tmp_path: Path) -> None:
    result = _pylint(tmp_path, "--blocking-call-depth=0")
    assert _findings(result) == ["17:blocking-call-in-async"]


@pytest.mark.parametrize(
    ("option", "complaint"),
    [
        ("--blocking-call-depth=-1", "--blocking-call-depth: must be 0 or more, got -1"),
        ("--blocking-call-depth=deep", "--blocking-call-depth: invalid int value: 'deep'"),
        ("--blocking-functions=sleep", "'sleep' is not a fully qualified name"),
        ("--blocking-functions=time.sleep,my lib.fetch", "'my lib.fetch' is not a fully qualified"),
        ("--translation-functions=_", "--translation-functions: '_' is not a fully qualified"),
        ("--translation-markers=N_", "--translation-markers: 'N_' is not a fully qualified"),
        ("--pure-functions=normalise", "--pure-functions: 'normalise' is not a fully qualified"),
        ("--security-wrapper-depth=-2", "--security-wrapper-depth: must be 0 or more, got -2"),
        ("--sql-execute-receivers=Warehouse", "'Warehouse' is not a fully qualified name"),
    ],
)
def test_bad_values_are_usage_errors(tmp_path: Path, option: str, complaint: str) -> None:
    result = _pylint(tmp_path, option)
    assert result.returncode == 2
    assert complaint in result.stderr
    assert "Traceback" not in result.stderr + result.stdout
