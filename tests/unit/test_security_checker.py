"""The security checker end to end: options read the pylint way, bad values
stop the run, wrapper tracking can be turned off, and the message names the
dynamic part, its line and the chain."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from ..lint_helpers import EMPTY_RC

SOURCE = """\
import os
import subprocess


def run_remote(cmd):
    return subprocess.run(cmd, shell=True)


def restart():
    host = os.environ["HOST"]
    run_remote("ssh " + host + " reboot")
    subprocess.run(f"ping {host}", shell=True)
"""


def _pylint(tmp_path: Path, *options: str) -> subprocess.CompletedProcess[str]:
    (tmp_path / "ops.py").write_text(SOURCE)
    command = [sys.executable, "-m", "pylint", f"--rcfile={EMPTY_RC}", "--persistent=n",
               "--load-plugins=checkers_pkg", "--disable=all",
               "--enable=checkers-pkg-security", "--score=n",
               "--msg-template={line}:{symbol}:{msg}", *options, "ops.py"]
    return subprocess.run(command, capture_output=True, text=True, cwd=tmp_path, timeout=120,
                          check=False)


def _lines(result: subprocess.CompletedProcess[str]) -> list[str]:
    return [line for line in result.stdout.splitlines() if line[:1].isdigit()]


def test_messages_name_the_part_its_line_and_the_chain(tmp_path: Path) -> None:
    found = _lines(_pylint(tmp_path))
    assert [line.split(":", 2)[:2] for line in found] == [
        ["11", "shell-command-injection"], ["12", "shell-command-injection"],
    ]
    assert found[0].split(":", 2)[2].startswith(
        "run_remote(cmd) -> subprocess.run(shell=True) runs a shell command built from "
        "'host' (line 10)"
    )
    assert "shlex.quote()" in found[1]


def test_wrapper_depth_zero_turns_wrappers_off(tmp_path: Path) -> None:
    found = _lines(_pylint(tmp_path, "--security-wrapper-depth=0"))
    assert [line.split(":", 2)[:2] for line in found] == [["12", "shell-command-injection"]]


@pytest.mark.parametrize(
    ("option", "complaint"),
    [
        ("--security-wrapper-depth=-2", "--security-wrapper-depth: must be 0 or more, got -2"),
        ("--sql-execute-receivers=Warehouse", "'Warehouse' is not a fully qualified name"),
    ],
)
def test_bad_values_are_usage_errors(tmp_path: Path, option: str, complaint: str) -> None:
    result = _pylint(tmp_path, option)
    assert result.returncode == 2
    assert complaint in result.stderr
    assert "Traceback" not in result.stderr + result.stdout


FIXTURES = Path(__file__).parent.parent / "functional" / "security"
HIDE_LIBRARIES = """\
import sys
from astroid.manager import AstroidManager
AstroidManager().module_denylist.update({"yaml", "requests", "urllib3"})
from pylint.lint import Run
Run(sys.argv[1:], exit=False)
"""


@pytest.mark.parametrize("fixture", ["unsafe_deserialization", "tls_verification_disabled"])
def test_same_findings_when_the_libraries_are_not_installed(fixture: str) -> None:
    """PyYAML, requests and urllib3 are installed in the test environment;
    hidden from astroid, their import paths must give the same answers."""
    folder = FIXTURES / fixture
    source = (folder / f"{fixture}.py").read_text(encoding="utf-8")
    expected = sorted(
        f"{number}:{line.split('# [', 1)[1].rstrip(']')}"
        for number, line in enumerate(source.splitlines(), 1)
        if "# [" in line
    )
    result = subprocess.run(
        [sys.executable, "-c", HIDE_LIBRARIES, f"--rcfile={EMPTY_RC}", "--persistent=n",
         "--load-plugins=checkers_pkg", "--disable=all", "--enable=checkers-pkg-security",
         "--score=n", "--msg-template={line}:{symbol}", f"{fixture}.py"],
        capture_output=True, text=True, cwd=folder, timeout=120, check=False,
    )
    assert sorted(_lines(result)) == expected, result.stderr
