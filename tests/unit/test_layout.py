"""The package's shape, checked: the shared inference core knows no family,
no family imports another, and no module grows past what a reader takes in
one sitting (DESIGN.md, "Layers")."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "checkers_pkg"
FAMILIES = sorted(
    path.name
    for path in (PACKAGE / "checkers").iterdir()
    if path.is_dir() and (path / "__init__.py").exists()
)
MAX_MODULE_LINES = 500
MODULES = sorted(PACKAGE.rglob("*.py"))


def _module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _imported_modules(path: Path, module: str | None = None) -> set[str]:
    """Every checkers_pkg module ``path`` (the module ``module``, by default
    its own) imports, at any depth of its code, relative imports resolved."""
    found = set()
    module = module or _module_name(path)
    package = module if path.name == "__init__.py" else module.rsplit(".", 1)[0]
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*anchor, base] if base else anchor)
            found.add(base)
            found.update(f"{base}.{alias.name}" for alias in node.names)
    return {name for name in found if name.startswith("checkers_pkg")}


def _family_of(module: str) -> str | None:
    parts = module.split(".")
    if len(parts) >= 3 and parts[1] == "checkers" and parts[2] in FAMILIES:
        return parts[2]
    return None


def test_there_are_four_families() -> None:
    assert FAMILIES == ["asynchronous", "correctness", "logging_i18n", "security"]


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_no_family_imports_another(path: Path) -> None:
    own = _family_of(_module_name(path))
    others = {
        module
        for module in _imported_modules(path)
        if _family_of(module) is not None and _family_of(module) != own
    }
    if own is None and path.parent.name == "checkers":
        return  # checkers/__init__.py gathers the families' checkers
    assert not others, (
        f"{path.name} imports another family: {sorted(others)}; move it to inference/"
    )


@pytest.mark.parametrize(
    "path", sorted((PACKAGE / "inference").rglob("*.py")), ids=lambda p: p.name
)
def test_the_inference_core_knows_no_checker(path: Path) -> None:
    checkers = {m for m in _imported_modules(path) if m.startswith("checkers_pkg.checkers")}
    assert not checkers, f"inference/{path.name} imports {sorted(checkers)}"


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_no_module_passes_the_size_limit(path: Path) -> None:
    lines = len(path.read_text(encoding="utf-8").splitlines())
    assert lines <= MAX_MODULE_LINES, f"{path.name} has {lines} lines: split it by question"


def test_the_checks_catch_what_they_are_for(tmp_path: Path) -> None:
    """The import walk sees a cross-family import written either way."""
    security = PACKAGE / "checkers" / "security" / "probe.py"
    source = (
        "from checkers_pkg.checkers.asynchronous import blocking\nfrom ..correctness import mocks\n"
    )
    probe = tmp_path / "probe.py"
    probe.write_text(source)
    imported = {
        module
        for module in _imported_modules(probe, _module_name(security))
        if _family_of(module) not in (None, "security")
    }
    assert {_family_of(m) for m in imported} == {"asynchronous", "correctness"}
