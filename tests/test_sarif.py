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

from checkers_pkg.checkers import ALL_CHECKERS
from checkers_pkg.reporters.links import REPOSITORY_DOCS_URL, REPOSITORY_URL
from checkers_pkg.reporters.rules import SECURITY, TITLES

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
    # Our docs in the repository, which resolve before the site is published:
    # the path after the repository's docs URL is a file of this checkout.
    ours = uris["unawaited-coroutine"]
    assert ours.startswith(REPOSITORY_DOCS_URL)
    assert (ROOT / "docs" / ours.removeprefix(REPOSITORY_DOCS_URL)).is_file()
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


ALL_SUITE = """\
import asyncio
import pickle
import re
import subprocess
import time

FLAGS = re.IGNORECASE


async def fetch():
    await asyncio.sleep(0)


async def main(command, stream):
    fetch()
    time.sleep(1)
    subprocess.run("ls " + input(), shell=True)
    pickle.load(stream)
    return re.sub("a", "b", "ab\u00e9c", FLAGS)
"""


@pytest.fixture(name="suite_log")
def fixture_suite_log(tmp_path: Path) -> dict:
    return _sarif(tmp_path, ALL_SUITE)


def test_rules_read_well_in_code_scanning(suite_log: dict) -> None:
    """Titles without %s templates, security tags with a CWE and a
    security-severity, a precision, and help that names the docs."""
    jsonschema.Draft4Validator(SCHEMA).validate(suite_log)
    rules = {rule["name"]: rule for rule in suite_log["runs"][0]["tool"]["driver"]["rules"]}
    for rule in rules.values():
        assert "%" not in rule["shortDescription"]["text"], rule
        assert rule["properties"]["precision"] in {"very-high", "high", "medium", "low"}
    shell = rules["shell-command-injection"]["properties"]
    assert "security" in shell["tags"] and "external/cwe/cwe-78" in shell["tags"]
    assert 9.0 <= float(shell["security-severity"]) <= 10.0
    assert "security" not in rules["unawaited-coroutine"]["properties"]["tags"]
    assert "security-severity" not in rules["unawaited-coroutine"]["properties"]
    assert rules["unawaited-coroutine"]["properties"]["precision"] == "high"


def test_every_suite_rule_has_a_title_and_every_security_rule_a_severity() -> None:
    ours = {message[1]: checker.name for checker in ALL_CHECKERS for message in checker.msgs.values()}
    assert set(TITLES) == set(ours)
    assert {s for s, name in ours.items() if name == "checkers-pkg-security"} == set(SECURITY)
    assert REPOSITORY_URL.startswith("https://github.com/")


def test_fixable_results_carry_their_fix(suite_log: dict, tmp_path: Path) -> None:
    results = {r["properties"]["symbol"]: r for r in suite_log["runs"][0]["results"]}
    assert "fixes" not in results["shell-command-injection"]
    assert "fixes" not in results["unsafe-deserialization"]  # pickle: no fix
    (fix,) = results["unawaited-coroutine"]["fixes"]
    (change,) = fix["artifactChanges"]
    assert change["artifactLocation"]["uri"] == "sample.py"
    assert change["replacements"] == [
        {
            "deletedRegion": {"startLine": 15, "startColumn": 5, "endLine": 15, "endColumn": 12},
            "insertedContent": {"text": "await fetch()"},
        }
    ]
    assert fix["properties"]["safe"] is True
    # The regex flag after a non-ASCII literal: columns count characters.
    (fix,) = results["regex-flag-as-positional"]["fixes"]
    (replacement,) = fix["artifactChanges"][0]["replacements"]
    line = ALL_SUITE.splitlines()[18]
    start = replacement["deletedRegion"]["startColumn"] - 1
    assert line[start:].startswith("FLAGS") and replacement["insertedContent"]["text"] == "flags="
    # asyncio is imported already: one replacement, no import line.
    (sleep,) = [
        r for r in suite_log["runs"][0]["results"]
        if r["message"]["text"].startswith("time.sleep blocks")
    ]
    texts = [r["insertedContent"]["text"] for r in sleep["fixes"][0]["artifactChanges"][0]["replacements"]]
    assert texts == ["await asyncio.sleep(1)"]
