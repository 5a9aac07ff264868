"""The packages build and pass ``twine check``: the first upload to PyPI is
one command away. One build per session (it takes a few seconds)."""

from __future__ import annotations

import re
import subprocess
import sys
import tarfile
import tomllib
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).parent.parent
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))


@pytest.fixture(name="dist", scope="module")
def fixture_dist(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("dist")
    subprocess.run(
        [sys.executable, "-m", "build", "--outdir", str(out), str(ROOT)],
        check=True, capture_output=True, text=True,
    )
    return out


def test_wheel_and_sdist_pass_twine_check(dist: Path) -> None:
    files = sorted(dist.iterdir())
    assert sorted(f.suffix for f in files) == [".gz", ".whl"]
    completed = subprocess.run(
        [sys.executable, "-m", "twine", "check", "--strict", *map(str, files)],
        capture_output=True, text=True, check=False,
    )
    assert completed.returncode == 0, completed.stdout + completed.stderr


def test_wheel_ships_the_licence_the_reporter_and_the_marker(dist: Path) -> None:
    (wheel,) = dist.glob("*.whl")
    with zipfile.ZipFile(wheel) as archive:
        names = archive.namelist()
        metadata = archive.read(next(n for n in names if n.endswith("METADATA"))).decode()
    assert any(name.endswith("licenses/LICENSE") for name in names)
    assert "checkers_pkg/reporters/sarif.py" in names
    assert "checkers_pkg/py.typed" in names
    assert "License-Expression: GPL-2.0-or-later" in metadata


def test_sdist_ships_licence_and_changelog(dist: Path) -> None:
    (sdist,) = dist.glob("*.tar.gz")
    with tarfile.open(sdist) as archive:
        names = {name.split("/", 1)[-1] for name in archive.getnames()}
    assert {"LICENSE", "CHANGELOG.md", "README.md", "pyproject.toml"} <= names


def test_licence_file_matches_the_declared_licence() -> None:
    assert PYPROJECT["project"]["license"] == "GPL-2.0-or-later"
    text = (ROOT / "LICENSE").read_text(encoding="utf-8")
    assert "GNU GENERAL PUBLIC LICENSE" in text and "Version 2, June 1991" in text
    # GPL-2.0-or-later: the notice's "any later version" clause is in the text.
    assert "any later version" in text


def test_description_promises_only_what_ships() -> None:
    """Each theme the description names has a checker; no unshipped theme is named."""
    from checkers_pkg.checkers import ALL_CHECKERS  # pylint: disable=import-outside-toplevel

    description = PYPROJECT["project"]["description"].lower()
    themes = {checker.name.removeprefix("checkers-pkg-") for checker in ALL_CHECKERS}
    if "security" not in themes:
        assert not re.search(r"security|injection|unsafe", description)
    if "correctness" not in themes:
        assert "silently do nothing" not in description
    assert "sarif" in description


def test_changelog_has_a_section_for_the_current_version() -> None:
    from checkers_pkg import __version__  # pylint: disable=import-outside-toplevel

    text = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    assert f"## [{__version__}]" in text
