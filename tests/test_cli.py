"""``checkers-pkg`` / ``python -m checkers_pkg`` run as the docs say, in a
real temporary project: the project's ``disable`` holds, ``--diff`` and
``--fix`` (also with ``-j 2``), and the baseline."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

SCRIPT = Path(sys.executable).with_name("checkers-pkg")
PYPROJECT = """\
[tool.pylint."messages control"]
disable = ["regex-flag-as-positional"]
"""
JOBS = '''\
"""Jobs."""

import asyncio
import re
import time


async def save(item):
    await asyncio.sleep(0)
    return item


async def run(items):
    save(items)
    time.sleep(1)
    return re.sub("a", "b", "abc", re.I)
'''


def _run(project: Path, *args: str, script: bool = False) -> subprocess.CompletedProcess[str]:
    command = [str(SCRIPT)] if script else [sys.executable, "-m", "checkers_pkg"]
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).parent.parent)}
    return subprocess.run(
        [*command, "--persistent=n", "--score=n", *args],
        cwd=project, env=env, capture_output=True, text=True, check=False, timeout=300,
    )


@pytest.fixture(name="project")
def fixture_project(tmp_path: Path) -> Path:
    (tmp_path / "pyproject.toml").write_text(PYPROJECT, encoding="utf-8")
    (tmp_path / "jobs.py").write_text(JOBS, encoding="utf-8")
    return tmp_path


@pytest.mark.parametrize("script", [False, True], ids=["python-m", "script"])
def test_the_projects_disable_holds(project: Path, script: bool) -> None:
    completed = _run(project, "jobs.py", script=script)
    assert "unawaited-coroutine" in completed.stdout, completed.stderr
    assert "blocking-call-in-async" in completed.stdout
    assert "regex-flag-as-positional" not in completed.stdout
    # Only the suite: pylint's own messages stay off.
    assert "C0" not in completed.stdout and "W0611" not in completed.stdout
    assert completed.returncode == 2 | 4


def test_command_line_enable_and_disable_still_work(project: Path) -> None:
    completed = _run(project, "--disable=unawaited-coroutine",
                     "--enable=regex-flag-as-positional", "jobs.py")
    assert "unawaited-coroutine" not in completed.stdout
    assert "regex-flag-as-positional" in completed.stdout


def test_diff_prints_and_changes_nothing(project: Path) -> None:
    completed = _run(project, "--diff", "jobs.py")
    assert completed.returncode == 1, completed.stderr
    assert completed.stdout.startswith("--- a/jobs.py\n+++ b/jobs.py\n")
    assert "+    await save(items)\n" in completed.stdout
    assert "+    await asyncio.sleep(1)\n" in completed.stdout
    assert (project / "jobs.py").read_text(encoding="utf-8") == JOBS
    assert "2 fixes available in 1 files" in completed.stderr


def test_fix_applies_then_reports_what_is_left(project: Path) -> None:
    (project / "more.py").write_text(JOBS.replace("save(items)", "save(items[0])"), "utf-8")
    completed = _run(project, "--fix", "-j", "2", "jobs.py", "more.py")
    assert "fixed 4 findings in 2 files" in completed.stderr, completed.stderr
    for name in ("jobs.py", "more.py"):
        text = (project / name).read_text(encoding="utf-8")
        assert "    await asyncio.sleep(1)\n" in text and "    await save(items" in text
    assert completed.stdout == "" and completed.returncode == 0
    again = _run(project, "--diff", "jobs.py", "more.py")
    assert again.returncode == 0 and again.stdout == ""


def test_unsafe_fixes_are_listed_not_applied_without_the_flag(project: Path) -> None:
    (project / "io.py").write_text(
        "import subprocess\n\n\nasync def run():\n    subprocess.run(['ls'], check=True)\n",
        encoding="utf-8",
    )
    completed = _run(project, "--fix", "io.py")
    assert "unsafe fix: apply it with --unsafe-fixes" in completed.stderr
    assert "blocking-call-in-async" in completed.stdout
    completed = _run(project, "--fix", "--unsafe-fixes", "io.py")
    text = (project / "io.py").read_text(encoding="utf-8")
    assert "await asyncio.to_thread(subprocess.run, ['ls'], check=True)" in text
    assert text.startswith("import asyncio\nimport subprocess\n")


def test_baseline_reports_only_new_findings(project: Path) -> None:
    baseline = project / "baseline.json"
    written = _run(project, "--write-baseline", str(baseline), "jobs.py")
    assert written.returncode == 0 and "wrote 2 findings" in written.stderr, written.stderr
    recorded = json.loads(baseline.read_text(encoding="utf-8"))
    assert {f["symbol"] for f in recorded["findings"]} == {
        "unawaited-coroutine", "blocking-call-in-async",
    }
    # Lines added above and below the recorded findings, and one new finding.
    edited = JOBS.replace('"""Jobs."""\n', '"""Jobs."""\n# a comment\n\n').replace(
        "    return re.sub", "    # more\n    save(None)\n    return re.sub"
    ) + "\n\nVALUE = 1\n"
    (project / "jobs.py").write_text(edited, encoding="utf-8")
    completed = _run(project, "--baseline", str(baseline), "jobs.py")
    lines = [line for line in completed.stdout.splitlines() if ": " in line]
    assert len(lines) == 1 and "jobs.py:19:4: E7101" in lines[0], completed.stdout
    assert "2 findings matched, 1 new" in completed.stderr
    assert completed.returncode == 2
    # Fixed since: the entry is stale, and counted.
    (project / "jobs.py").write_text(edited.replace("    time.sleep(1)\n", ""), "utf-8")
    completed = _run(project, "--baseline", str(baseline), "jobs.py")
    assert "1 findings matched, 1 new, 1 stale" in completed.stderr


def test_a_bad_baseline_is_a_usage_error(project: Path) -> None:
    (project / "baseline.json").write_text("[]", encoding="utf-8")
    completed = _run(project, "--baseline", "baseline.json", "jobs.py")
    assert completed.returncode == 32
    assert "not a checkers-pkg baseline" in completed.stderr


def _findings(output: str) -> list[str]:
    """``path:symbol`` of each finding in pylint's text output."""
    found = []
    for line in output.splitlines():
        parts = line.split(": ", 2)
        if len(parts) == 3 and line.endswith(")"):
            found.append(f"{parts[0].split(':')[0]}:{line.rsplit('(', 1)[1][:-1]}")
    return sorted(found)


def test_the_demo_fixed_in_a_copy_relints_clean_for_every_fixable_message(tmp_path: Path) -> None:
    import shutil

    shutil.copytree(Path(__file__).parent.parent / "examples", tmp_path / "examples")
    demo = tmp_path / "examples"
    before = _findings(_run(demo, "inventory").stdout)
    fixed = _run(demo, "--fix", "--unsafe-fixes", "inventory")
    done = [
        line for line in fixed.stderr.splitlines()
        if ": fixed " in line and not line.startswith("checkers-pkg:")
    ]
    assert len(done) >= 9, fixed.stderr
    after = _findings(_run(demo, "inventory").stdout)
    # Exactly the fixed findings are gone, and no fix is left to make.
    gone = sorted(
        f"{line.split(':')[0]}:{line.split(': fixed ')[1].split(':')[0]}" for line in done
    )
    remaining = list(before)
    for finding in gone:
        remaining.remove(finding)
    assert after == sorted(remaining)
    again = _run(demo, "--diff", "--unsafe-fixes", "inventory")
    assert again.returncode == 0 and again.stdout == "", again.stdout


@pytest.mark.parametrize("mode", [[], ["--fix"], ["--baseline", "missing-is-written-first"]])
def test_output_files_are_written(project: Path, mode: list[str]) -> None:
    """``--output-format=sarif:<file>`` as the module docstring shows: the
    file is complete (pylint closes such files only when its reporter is
    collected, which the suite's heap freezing at exit can prevent)."""
    if mode[:1] == ["--baseline"]:
        _run(project, "--write-baseline", "baseline.json", "jobs.py")
        mode = ["--baseline", "baseline.json"]
    completed = _run(project, *mode, "--output-format=sarif:out.sarif", "jobs.py")
    log = json.loads((project / "out.sarif").read_text(encoding="utf-8"))
    assert log["version"] == "2.1.0", completed.stderr
    symbols = {r["properties"]["symbol"] for r in log["runs"][0]["results"]}
    assert symbols == ({"unawaited-coroutine", "blocking-call-in-async"} if not mode else set())
