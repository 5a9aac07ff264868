"""One list of supported interpreters, said the same everywhere: the package
metadata (what pip enforces), the classifiers, tox's environments and the
interpreters CI runs the suites on. Adding 3.14 means changing all of them."""

from __future__ import annotations

import re
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).parent.parent
SUPPORTED = ["3.11", "3.12", "3.13"]


def _project() -> dict:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]


def test_metadata_and_classifiers_name_the_supported_interpreters() -> None:
    project = _project()
    assert project["requires-python"] == f">={SUPPORTED[0]}"
    classified = [
        classifier.rsplit(" :: ", 1)[1]
        for classifier in project["classifiers"]
        if re.fullmatch(r"Programming Language :: Python :: 3\.\d+", classifier)
    ]
    assert classified == SUPPORTED
    # astroid 4.4 is what the suite is written against (and it needs 3.11).
    assert "astroid>=4.4,<5" in project["dependencies"]


def test_this_interpreter_is_supported() -> None:
    assert f"{sys.version_info.major}.{sys.version_info.minor}" in SUPPORTED


def test_tox_and_ci_cover_every_supported_interpreter() -> None:
    tox = (ROOT / "tox.ini").read_text(encoding="utf-8")
    env_list = re.search(r"^env_list = (.*)$", tox, flags=re.MULTILINE)
    assert env_list is not None
    assert [env for env in env_list.group(1).split(", ") if env.startswith("py3")] == [
        "py" + version.replace(".", "") for version in SUPPORTED
    ]
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    # The primary interpreter is CI's python3 (3.11); the others by minor version.
    assert f"for minor in {' '.join(SUPPORTED[1:])}; do" in ci
    low, high = (tuple(int(part) for part in v.split(".")) for v in (SUPPORTED[0], SUPPORTED[-1]))
    assert f"{low} <= sys.version_info[:2] <= {high}" in ci
