"""The security checker end to end: options read the pylint way, bad values
stop the run (tests/test_configuration.py), wrapper tracking can be turned off, and the message names the
dynamic part, its line and the chain."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tests.lint_helpers import EMPTY_RC

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
        "'host' from os.environ['HOST'] (line 10)"
    )
    assert "shlex.quote()" in found[1]


def test_wrapper_depth_zero_turns_wrappers_off(tmp_path: Path) -> None:
    found = _lines(_pylint(tmp_path, "--security-wrapper-depth=0"))
    assert [line.split(":", 2)[:2] for line in found] == [["12", "shell-command-injection"]]
