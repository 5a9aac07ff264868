"""Real astroid trees for the inference layer's unit tests."""

from __future__ import annotations

import textwrap
import uuid
from collections.abc import Callable
from pathlib import Path

import astroid
import pytest
from astroid import nodes
from astroid.manager import AstroidManager

from checkers_pkg.brain import register_transforms


@pytest.fixture(autouse=True, scope="session")
def _brains() -> None:
    register_transforms(AstroidManager())


ExtractFn = Callable[[str], list[nodes.NodeNG]]


def extract(code: str, module_name: str = "") -> list[nodes.NodeNG]:
    """The ``#@``-marked expressions of ``code``, always as a list."""
    found = astroid.extract_node(textwrap.dedent(code), module_name=module_name)
    return found if isinstance(found, list) else [found]


def calls_to(tree: nodes.NodeNG, callee: str) -> list[nodes.Call]:
    """The calls under ``tree`` whose callee is written ``callee``, in order."""
    return [call for call in tree.nodes_of_class(nodes.Call) if call.func.as_string() == callee]


@pytest.fixture
def package(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Callable[..., str]:
    """Write a package of several modules to disk; return its (unique) name.

    Module sources may say ``{pkg}`` for the package name. Names are unique per
    test because astroid caches modules by name for the whole session.
    """
    monkeypatch.syspath_prepend(str(tmp_path))

    def write(files: dict[str, str]) -> str:
        name = f"pkg_{uuid.uuid4().hex[:10]}"
        root = tmp_path / name
        root.mkdir()
        (root / "__init__.py").write_text("")
        for relative, source in files.items():
            path = root / relative
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(textwrap.dedent(source).replace("{pkg}", name))
        return name

    return write
