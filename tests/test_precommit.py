"""The pre-commit hook, run the way a user tries it: ``pre-commit try-repo``
on a scratch repository with a staged file holding a bug. pre-commit builds
the hook's own environment (pylint, astroid and this package, from PyPI and
this checkout), so this is one test, and it is skipped without git."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).parent.parent
BUGGY = '''\
"""Scratch module."""

import re

TAG = re.compile(r"<[^>]+>")


def strip(html):
    """Strip tags."""
    return TAG.sub("", html, re.I)


def index(keys):
    """One list per key (a bug, but the project turned this message off)."""
    return dict.fromkeys(keys, [])
'''
# The project's own configuration, which the hook must honour.
PYPROJECT = """\
[tool.pylint."messages control"]
disable = ["mutable-fromkeys-value"]
"""


def test_hooks_file_declares_the_documented_hooks() -> None:
    declared = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    hooks = {hook["id"]: hook for hook in declared}
    assert set(hooks) == {"checkers-pkg", "checkers-pkg-pylint"}
    assert hooks["checkers-pkg"]["entry"] == "python -m checkers_pkg"
    for hook in hooks.values():
        assert hook["language"] == "python" and hook["types"] == ["python"]
    guide = (ROOT / "docs" / "guides" / "pre-commit.rst").read_text(encoding="utf-8")
    assert all(f"id: {hook_id}" in guide for hook_id in hooks)


@pytest.mark.skipif(shutil.which("git") is None, reason="pre-commit needs git")
def test_try_repo_runs_the_hook_on_staged_files(tmp_path: Path) -> None:
    scratch = tmp_path / "scratch"
    scratch.mkdir()
    env = {
        **os.environ,
        "PRE_COMMIT_HOME": str(tmp_path / "cache"),
        "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.invalid",
        "GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@example.invalid",
    }
    env.pop("PYTHONPATH", None)  # the hook must install the plugin itself

    def git(*args: str) -> None:
        subprocess.run(["git", *args], cwd=scratch, env=env, check=True, capture_output=True)

    git("init", "-q")
    (scratch / "clean.py").write_text('"""Nothing wrong here."""\n', encoding="utf-8")
    (scratch / "tags.py").write_text(BUGGY, encoding="utf-8")
    (scratch / "pyproject.toml").write_text(PYPROJECT, encoding="utf-8")
    git("add", "clean.py", "tags.py", "pyproject.toml")
    completed = subprocess.run(
        [sys.executable, "-m", "pre_commit", "try-repo", str(ROOT), "checkers-pkg", "--verbose"],
        cwd=scratch, env=env, capture_output=True, text=True, check=False, timeout=600,
    )
    output = completed.stdout + completed.stderr
    assert completed.returncode == 1, output
    assert "tags.py:10:29: W7401" in output, output
    assert "(regex-flag-as-positional)" in output
    # The project's disable holds (the hook once turned every message back on).
    assert "mutable-fromkeys-value" not in output
    # Only the suite runs: pylint's own convention messages stay out.
    assert "C0" not in output.split("checkers_pkg (pylint, suite only)", 1)[-1]
