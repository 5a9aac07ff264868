"""Run every fixture under tests/functional through pylint's own runner.

A fixture is ``<theme>/<symbol>/<symbol>[_variant].py`` with ``# [symbol]``
annotations, its ``.txt`` expected output and an optional ``.rc``. Helper
packages for multi-module fixtures sit beside the fixture in folders whose
names start with ``_``: importable while that fixture is linted, never
collected as fixtures themselves.
"""

from __future__ import annotations

import configparser
from pathlib import Path

import pytest
from pylint.testutils import FunctionalTestFile, LintModuleTest
from pylint.testutils.functional import (
    LintModuleOutputUpdate,
    get_functional_test_files_from_directory,
)
from pylint.testutils.functional.test_file import NoFileError

FUNCTIONAL_DIR = Path(__file__).parent / "functional"
DEFAULT_RC = FUNCTIONAL_DIR / "default.rc"


class PluginTestFile(FunctionalTestFile):
    """A fixture whose options default to ``default.rc`` (the suite loaded)."""

    @property
    def option_file(self) -> str:
        try:
            return super().option_file
        except NoFileError:
            return str(DEFAULT_RC)


def _is_helper_module(path: Path) -> bool:
    return any(part.startswith("_") for part in path.relative_to(FUNCTIONAL_DIR).parts[:-1])


def collect_fixtures() -> list[PluginTestFile]:
    fixtures = []
    for found in get_functional_test_files_from_directory(FUNCTIONAL_DIR):
        source = Path(found.source)
        if not _is_helper_module(source):
            fixtures.append(PluginTestFile(str(source.parent), source.name))
    return fixtures


FIXTURES = collect_fixtures()


def test_fixtures_were_found() -> None:
    assert len(FIXTURES) >= 2, "the functional suite collected almost nothing"


@pytest.mark.parametrize("fixture", FIXTURES, ids=[fixture.base for fixture in FIXTURES])
def test_fixture_loads_the_plugin(fixture: PluginTestFile) -> None:
    """A fixture with its own .rc that forgot the plugin would pass vacuously."""
    options = configparser.ConfigParser()
    options.read(fixture.option_file)
    plugins = options.get("MAIN", "load-plugins", fallback="")
    assert "checkers_pkg" in [name.strip() for name in plugins.split(",")]


@pytest.mark.parametrize("fixture", FIXTURES, ids=[fixture.base for fixture in FIXTURES])
def test_functional(fixture: PluginTestFile, pytestconfig: pytest.Config) -> None:
    runner_class = (
        LintModuleOutputUpdate
        if pytestconfig.getoption("update_functional_output")
        else LintModuleTest
    )
    runner = runner_class(fixture, pytestconfig)
    runner.setUp()
    runner.runTest()
