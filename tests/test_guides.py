"""The integration guides, run as written: the commands and configuration
blocks of docs/guides/ are read out of the .rst files and executed on a
scratch project, so a guide that would fail a reader fails here first."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
import yaml

from checkers_pkg.checkers import ALL_CHECKERS

ROOT = Path(__file__).parent.parent
GUIDES = ROOT / "docs" / "guides"
BUGGY = '''\
"""Scratch module."""

import re

TAG = re.compile(r"<[^>]+>")


def strip(html):
    """Strip tags."""
    return TAG.sub("", html, re.I)
'''


def code_blocks(guide: str, language: str) -> list[str]:
    """The bodies of the guide's ``.. code-block:: <language>`` directives."""
    text = (GUIDES / guide).read_text(encoding="utf-8")
    blocks = []
    pattern = (
        rf"^(?P<indent> *)\.\. code-block:: {re.escape(language)}\n\n"
        r"(?P<body>(?:(?:(?P=indent) {3}.*)?\n)+)"
    )
    for match in re.finditer(pattern, text, flags=re.MULTILINE):
        blocks.append(textwrap.dedent(match.group("body")).strip("\n") + "\n")
    return blocks


def _environment(tmp_path: Path) -> dict[str, str]:
    """This interpreter's scripts first on PATH (``pylint``, ``python``), no
    configuration of the developer's own, a home of its own."""
    env = {**os.environ, "HOME": str(tmp_path / "home")}
    env["PATH"] = os.pathsep.join([str(Path(sys.executable).parent), env.get("PATH", "")])
    for name in ("PYLINTRC", "PYTHONPATH"):
        env.pop(name, None)
    return env


def _shell(command: str, cwd: Path, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["bash", "-c", command], cwd=cwd, env=env, capture_output=True, text=True,
        check=False, timeout=600,
    )


def _lint_steps(commands: list[str]) -> list[str]:
    """The pylint commands of a CI job (the install steps need the network)."""
    return [command for command in commands if re.search(r"(^|\s)pylint\s", command)]


def _scratch_project(tmp_path: Path) -> Path:
    project = tmp_path / "project"
    (project / "src").mkdir(parents=True)
    (project / "src" / "tags.py").write_text(BUGGY, encoding="utf-8")
    (project / "src" / "clean.py").write_text('"""Nothing wrong."""\n', encoding="utf-8")
    return project


def _our_results(sarif_file: Path) -> list[str]:
    log = json.loads(sarif_file.read_text(encoding="utf-8"))
    assert log["version"] == "2.1.0"
    return [result["ruleId"] for run in log["runs"] for result in run["results"]]


def _assert_lint_step_worked(completed: subprocess.CompletedProcess[str], command: str) -> None:
    output = re.sub(r"\x1b\[[0-9;]*m", "", completed.stdout + completed.stderr)  # colorized
    assert "Traceback" not in output, f"{command}\n{output}"
    # pylint's exit status is a bit mask: 4 (warnings found) is the point;
    # 1 (fatal) or 32 (usage error) means the command as written is broken.
    assert completed.returncode & 4 and not completed.returncode & 33, f"{command}\n{output}"
    assert "(regex-flag-as-positional)" in output, f"{command}\n{output}"


def _ci_workflows() -> tuple[list[dict], list[dict]]:
    """The guide's GitHub Actions workflows and GitLab CI jobs."""
    github, gitlab = [], []
    for block in code_blocks("ci.rst", "yaml"):
        document = yaml.safe_load(block)
        if "jobs" in document:
            github.append(document)
        else:
            gitlab.extend(job for job in document.values() if isinstance(job, dict))
    return github, gitlab


def test_ci_guide_has_the_workflows_this_test_runs() -> None:
    github, gitlab = _ci_workflows()
    assert len(github) == 2 and len(gitlab) == 1


def test_ci_guide_console_command_writes_sarif(tmp_path: Path) -> None:
    project = _scratch_project(tmp_path)
    env = _environment(tmp_path)
    [console] = code_blocks("ci.rst", "console")
    command = " ".join(line.strip().rstrip("\\") for line in console.splitlines())
    command = command.removeprefix("$").strip()
    completed = _shell(command, project, env)
    _assert_lint_step_worked(completed, command)
    assert "W7401" in _our_results(project / "pylint.sarif")


@pytest.mark.parametrize("platform", ["github", "gitlab"])
def test_ci_guide_lint_job_runs_as_written(tmp_path: Path, platform: str) -> None:
    """The workflow's lint step, in a project with no pylint configuration of
    its own: it must load the suite itself (``--output-format=sarif`` is the
    suite's reporter, unknown to pylint without it)."""
    github, gitlab = _ci_workflows()
    if platform == "github":
        steps = github[0]["jobs"]["pylint"]["steps"]
        commands = [step["run"] for step in steps if "run" in step]
    else:
        commands = list(gitlab[0]["script"])
    project = _scratch_project(tmp_path)
    env = _environment(tmp_path)
    [command] = _lint_steps(commands)
    completed = _shell(command, project, env)
    _assert_lint_step_worked(completed, command)
    assert "W7401" in _our_results(project / "pylint.sarif")


@pytest.mark.skipif(shutil.which("git") is None, reason="the shards list files with git")
def test_ci_guide_shards_and_merge_run_as_written(tmp_path: Path) -> None:
    github, _ = _ci_workflows()
    jobs = github[1]["jobs"]
    project = _scratch_project(tmp_path)
    env = _environment(tmp_path)
    for extra in range(5):  # enough files that every shard has one
        (project / "src" / f"module_{extra}.py").write_text('"""Fine."""\n', encoding="utf-8")
    subprocess.run(["git", "init", "-q"], cwd=project, check=True, env=env)
    subprocess.run(["git", "add", "."], cwd=project, check=True, env=env)
    [lint_step] = [step["run"] for step in jobs["pylint"]["steps"] if "run" in step
                   and "pylint" in step["run"] and "pip install" not in step["run"]]
    found = []
    for shard in jobs["pylint"]["strategy"]["matrix"]["shard"]:
        command = lint_step.replace("${{ matrix.shard }}", str(shard))
        completed = _shell(command, project, env)
        output = completed.stdout + completed.stderr
        assert "Traceback" not in output and not completed.returncode & 33, f"{command}\n{output}"
        found += _our_results(project / f"shard-{shard}.sarif")
    assert found == ["W7401"]  # reported once, by the shard that lints tags.py
    [merge] = [step["run"] for step in jobs["upload"]["steps"] if "run" in step]
    completed = _shell(merge, project, env)
    assert completed.returncode == 0, completed.stdout + completed.stderr
    merged = json.loads((project / "pylint.sarif").read_text(encoding="utf-8"))
    assert len(merged["runs"]) == 4
    assert _our_results(project / "pylint.sarif") == ["W7401"]


def test_beside_ruff_configuration_enables_every_theme(tmp_path: Path) -> None:
    """The guide's pyproject.toml, used as is: one message of every theme
    (each theme's first documented bad example) is reported, pylint's own
    messages are not."""
    [config] = code_blocks("beside-ruff.rst", "toml")
    project = tmp_path / "project"
    project.mkdir()
    (project / "pyproject.toml").write_text(config, encoding="utf-8")
    expected = {}
    for checker in ALL_CHECKERS:
        symbol = sorted(message[1] for message in checker.msgs.values())[0]
        bad = ROOT / "docs" / "messages" / symbol / "bad.py"
        target = project / f"{checker.name.replace('-', '_')}.py"
        shutil.copyfile(bad, target)
        expected[target.name] = symbol
    completed = subprocess.run(
        [sys.executable, "-m", "pylint", "--score=n", "--msg-template={path}:{symbol}",
         *sorted(expected)],
        cwd=project, env=_environment(tmp_path), capture_output=True, text=True,
        check=False, timeout=600,
    )
    reported = {tuple(line.split(":", 1)) for line in completed.stdout.splitlines() if ":" in line}
    missing = set(expected.items()) - reported
    assert not missing, completed.stdout + completed.stderr
    ours = {message[1] for checker in ALL_CHECKERS for message in checker.msgs.values()}
    assert {symbol for _, symbol in reported} <= ours, completed.stdout


@pytest.mark.skipif(shutil.which("git") is None, reason="pre-commit needs git")
def test_precommit_guide_configuration_installs_and_runs(tmp_path: Path) -> None:
    """The guide's .pre-commit-config.yaml, with this clone in place of the
    GitHub URL, then the guide's own commands: ``pre-commit autoupdate`` pins
    a rev that exists, ``pre-commit run`` installs the hook and finds the bug."""
    config = code_blocks("pre-commit.rst", "yaml")[0]
    assert "https://github.com/checkers-pkg/checkers_pkg" in config
    scratch = tmp_path / "scratch"
    scratch.mkdir()
    env = {
        **_environment(tmp_path),
        "PRE_COMMIT_HOME": str(tmp_path / "cache"),
        "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.invalid",
        "GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@example.invalid",
    }
    (scratch / ".pre-commit-config.yaml").write_text(
        config.replace("https://github.com/checkers-pkg/checkers_pkg", str(ROOT)),
        encoding="utf-8",
    )
    (scratch / "tags.py").write_text(BUGGY, encoding="utf-8")
    subprocess.run(["git", "init", "-q"], cwd=scratch, env=env, check=True)
    subprocess.run(["git", "add", "."], cwd=scratch, env=env, check=True)
    commands = [
        line.removeprefix("$").strip()
        for block in code_blocks("pre-commit.rst", "console")
        for line in block.splitlines()
        if line.startswith("$ pre-commit") and "try-repo" not in line
    ]
    assert commands[0] == "pre-commit autoupdate", commands
    for command in commands:
        parts = command.split()
        completed = subprocess.run(
            [sys.executable, "-m", "pre_commit", *parts[1:]], cwd=scratch, env=env,
            capture_output=True, text=True, check=False, timeout=600,
        )
        output = completed.stdout + completed.stderr
        if parts[1] == "autoupdate":
            assert completed.returncode == 0, output
            pinned = yaml.safe_load((scratch / ".pre-commit-config.yaml").read_text())
            rev = pinned["repos"][0]["rev"]
            assert re.fullmatch(r"[0-9a-f]{40}|v?\d+(\.\d+)*", rev), rev
        elif parts[1] == "install":
            assert completed.returncode == 0, output
            assert (scratch / ".git" / "hooks" / "pre-commit").exists()
        else:
            assert completed.returncode == 1, output
            assert "tags.py:10:29: W7401" in output, output
