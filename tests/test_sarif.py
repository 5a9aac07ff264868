"""``--output-format=sarif``: real pylint output, validated against the
official SARIF 2.1.0 schema and against what GitHub code scanning requires."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest
from pylint.lint import Run

from .lint_helpers import EMPTY_RC

ROOT = Path(__file__).parent.parent
SCHEMA = json.loads((Path(__file__).parent / "data" / "sarif-schema-2.1.0.json").read_text())
SAMPLE = """\
import asyncio
import re

FLAGS = re.IGNORECASE


async def fetch():
    await asyncio.sleep(0)


async def main():
    fetch()
    return re.sub("a", "b", "abc", FLAGS) + missing
"""


def _sarif(
    tmp_path: Path, source: str = SAMPLE, reporter: str = "sarif", plugin: bool = True
) -> dict:
    """Lint ``source`` in-process, writing SARIF to a file as a user would."""
    (tmp_path / "sample.py").write_text(source, encoding="utf-8")
    out = tmp_path / "out.sarif"
    cwd = Path.cwd()
    try:
        os.chdir(tmp_path)
        run = Run(
            [
                f"--rcfile={EMPTY_RC}",
                "--persistent=n",
                *(["--load-plugins=checkers_pkg"] if plugin else []),
                f"--output-format={reporter}:{out}",
                "sample.py",
            ],
            exit=False,
        )
        # pylint closes its output files when the process ends; in-process
        # runs close them by hand.
        run.linter.reporter.close_output_files()
    finally:
        os.chdir(cwd)
    return json.loads(out.read_text(encoding="utf-8"))


@pytest.fixture(name="log")
def fixture_log(tmp_path: Path) -> dict:
    return _sarif(tmp_path)


def test_output_validates_against_the_sarif_2_1_0_schema(log: dict) -> None:
    jsonschema.Draft4Validator(SCHEMA).validate(log)
    assert log["version"] == "2.1.0"


def test_every_message_pylint_emits_is_a_result_with_a_rule(log: dict) -> None:
    run = log["runs"][0]
    rules = run["tool"]["driver"]["rules"]
    results = run["results"]
    names = {rule["name"] for rule in rules}
    # Ours and pylint's own (a convention and an error from core checkers).
    assert {"unawaited-coroutine", "regex-flag-as-positional", "undefined-variable"} <= names
    assert "missing-module-docstring" in names
    for result in results:
        assert rules[result["ruleIndex"]]["id"] == result["ruleId"]
    assert [rule["id"] for rule in rules] == sorted(rule["id"] for rule in rules)


def test_github_code_scanning_required_fields(log: dict) -> None:
    """The fields GitHub's upload-sarif documents as required or used to
    track and display a result."""
    run = log["runs"][0]
    assert run["tool"]["driver"]["name"]
    for rule in run["tool"]["driver"]["rules"]:
        assert rule["id"] and rule["name"]
        assert rule["shortDescription"]["text"] and rule["fullDescription"]["text"]
        assert rule["helpUri"].startswith("https://")
        assert rule["defaultConfiguration"]["level"] in {"error", "warning", "note"}
    for result in run["results"]:
        assert result["message"]["text"]
        (location,) = result["locations"]
        physical = location["physicalLocation"]
        assert physical["artifactLocation"]["uri"] == "sample.py"
        assert physical["region"]["startLine"] >= 1
        assert result["partialFingerprints"]


def test_regions_are_one_based_with_end_positions(log: dict) -> None:
    by_symbol = {
        result["properties"]["symbol"]: result["locations"][0]["physicalLocation"]["region"]
        for result in log["runs"][0]["results"]
    }
    # `fetch()` on line 12, columns 4-11 in pylint's 0-based terms.
    assert by_symbol["unawaited-coroutine"] == {
        "startLine": 12,
        "startColumn": 5,
        "endLine": 12,
        "endColumn": 12,
    }
    # FLAGS, the fourth argument of re.sub on line 13.
    region = by_symbol["regex-flag-as-positional"]
    line = SAMPLE.splitlines()[12]
    assert line[region["startColumn"] - 1 : region["endColumn"] - 1] == "FLAGS"


def test_levels_follow_the_message_category(log: dict) -> None:
    levels = {r["properties"]["symbol"]: r["level"] for r in log["runs"][0]["results"]}
    assert levels["unawaited-coroutine"] == "error"
    assert levels["regex-flag-as-positional"] == "warning"
    assert levels["missing-module-docstring"] == "note"


def test_help_uri_points_at_our_page_or_pylints(log: dict) -> None:
    uris = {r["name"]: r["helpUri"] for r in log["runs"][0]["tool"]["driver"]["rules"]}
    assert uris["unawaited-coroutine"].endswith("/reference/messages/unawaited-coroutine.html")
    assert uris["undefined-variable"] == (
        "https://pylint.readthedocs.io/en/stable/user_guide/messages/error/undefined-variable.html"
    )


def test_fingerprints_survive_lines_added_above(tmp_path: Path, log: dict) -> None:
    (tmp_path / "moved").mkdir()
    moved = _sarif(tmp_path / "moved", "# a new comment\n\n" + SAMPLE)

    def prints(sarif: dict) -> dict[str, str]:
        return {
            r["properties"]["symbol"]: r["partialFingerprints"]["pylintFindingHash/v1"]
            for r in sarif["runs"][0]["results"]
            if r["ruleId"] != "C0114"
        }

    assert prints(moved) == prints(log)


def test_output_is_deterministic(tmp_path: Path, log: dict) -> None:
    (tmp_path / "again").mkdir()
    assert _sarif(tmp_path / "again") == log


def test_parallel_run_with_plugin_from_config_file(tmp_path: Path) -> None:
    """``load-plugins`` in pyproject.toml, ``-j 2``, ``sarif`` to stdout: the
    name resolves because pylint loads the config's plugins before it parses
    --output-format."""
    (tmp_path / "pyproject.toml").write_text(
        '[tool.pylint.main]\nload-plugins = ["checkers_pkg"]\n', encoding="utf-8"
    )
    for name in ("a.py", "b.py"):
        (tmp_path / name).write_text(SAMPLE, encoding="utf-8")
    completed = subprocess.run(
        [sys.executable, "-m", "pylint", "-j", "2", "--output-format=sarif", "a.py", "b.py"],
        cwd=tmp_path,
        env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
        check=False,
    )
    assert "Traceback" not in completed.stderr, completed.stderr
    log = json.loads(completed.stdout)
    jsonschema.Draft4Validator(SCHEMA).validate(log)
    results = log["runs"][0]["results"]
    uris = {r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for r in results}
    assert uris == {"a.py", "b.py"}
    assert "unawaited-coroutine" in {r["properties"]["symbol"] for r in log["runs"][0]["results"]}


def test_unparsable_file_still_gives_a_valid_region(tmp_path: Path) -> None:
    log = _sarif(tmp_path, source="def broken(:\n")
    jsonschema.Draft4Validator(SCHEMA).validate(log)
    (result,) = log["runs"][0]["results"]
    assert result["ruleId"] == "E0001"
    assert result["locations"][0]["physicalLocation"]["region"]["startLine"] >= 1


def test_reporter_by_class_path_without_the_plugin(tmp_path: Path) -> None:
    """``--output-format=checkers_pkg.reporters.sarif.SarifReporter`` works
    for a run that does not load the suite: pylint's own messages only."""
    log = _sarif(tmp_path, reporter="checkers_pkg.reporters.sarif.SarifReporter", plugin=False)
    jsonschema.Draft4Validator(SCHEMA).validate(log)
    symbols = {r["properties"]["symbol"] for r in log["runs"][0]["results"]}
    assert "undefined-variable" in symbols
    assert "unawaited-coroutine" not in symbols
