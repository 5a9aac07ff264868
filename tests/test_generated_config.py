"""``pylint --load-plugins=checkers_pkg --generate-toml-config`` lists every
option of the suite, each in its checker's section, and the file it writes
is a configuration pylint runs with (issue #27: pylint leaves out a section
whose options are all empty, and three options went missing with theirs)."""

from __future__ import annotations

import os
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from checkers_pkg.checkers import ALL_CHECKERS

BUGGY = 'import re\n\nTAG = re.compile("<b>")\nTAG.sub("", "x", re.I)\n'


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    folder = tmp_path_factory.mktemp("generated")
    env = {key: value for key, value in os.environ.items() if key != "PYLINTRC"}
    completed = subprocess.run(
        [sys.executable, "-m", "pylint", "--load-plugins=checkers_pkg", "--generate-toml-config"],
        cwd=folder, env=env, capture_output=True, text=True, check=True, timeout=300,
    )
    return folder, completed.stdout


def _section(text: str, name: str) -> list[str]:
    lines = text.splitlines()
    start = lines.index(f"[tool.pylint.{name}]")
    rest = lines[start + 1:]
    end = next((i for i, line in enumerate(rest) if line.startswith("[")), len(rest))
    return rest[:end]


@pytest.mark.parametrize("checker", [c for c in ALL_CHECKERS if c.options], ids=lambda c: c.name)
def test_every_option_is_in_its_checkers_section(generated: tuple[Path, str], checker) -> None:
    _, text = generated
    table = tomllib.loads(text)["tool"]["pylint"]
    assert checker.name in table, f"[tool.pylint.{checker.name}] is missing"
    section = _section(text, checker.name)
    for name, _ in checker.options:
        assert name in table[checker.name] or f"# {name} =" in section, name


def test_the_generated_file_is_a_configuration_pylint_runs_with(
    generated: tuple[Path, str]
) -> None:
    folder, text = generated
    (folder / "pyproject.toml").write_text(text, encoding="utf-8")
    (folder / "tags.py").write_text(BUGGY, encoding="utf-8")
    completed = subprocess.run(
        [sys.executable, "-m", "pylint", "--disable=all",
         "--enable=" + ",".join(checker.name for checker in ALL_CHECKERS), "tags.py"],
        cwd=folder, capture_output=True, text=True, check=False, timeout=300,
    )
    assert "(regex-flag-as-positional)" in completed.stdout, completed.stdout + completed.stderr
    assert completed.returncode == 4, completed.stdout + completed.stderr
