"""The plugin as pylint sees it: ids, symbols, options, registration."""

from __future__ import annotations

import pkgutil
import re
import subprocess
import sys

import pylint.extensions
from astroid.manager import AstroidManager
from pylint import checkers
from pylint.lint import PyLinter

import checkers_pkg
from checkers_pkg.brain import register_transforms

# One checker-id block per checker (DESIGN.md): free when this was written.
CHECKER_ID_BLOCKS = {
    "checkers-pkg-async": "71",
    "checkers-pkg-logging-i18n": "72",
    "checkers-pkg-security": "73",
    "checkers-pkg-correctness": "74",
}


def _linter_with_everything() -> PyLinter:
    linter = PyLinter()
    checkers.initialize(linter)
    extensions = sorted(
        f"pylint.extensions.{module.name}"
        for module in pkgutil.iter_modules(pylint.extensions.__path__)
        if not module.name.startswith("_")
    )
    linter.load_plugin_modules(extensions)
    linter.load_plugin_modules(["checkers_pkg"])
    return linter


def _our_checkers(linter: PyLinter) -> list[checkers.BaseChecker]:
    return [c for c in linter.get_checkers() if type(c).__module__.startswith("checkers_pkg.")]


def test_loads_beside_every_pylint_extension_without_clash() -> None:
    # A duplicate message id or symbol raises while registering, so getting
    # here proves there is none; the checks below guard the numbering rules.
    linter = _linter_with_everything()
    ours = _our_checkers(linter)
    assert ours, "checkers_pkg registered no checker"
    for checker in ours:
        block = CHECKER_ID_BLOCKS[checker.name]
        for msgid in checker.msgs:
            assert msgid[1:3] == block, f"{msgid} of {checker.name} is outside block {block}"
    symbols = [m.symbol for checker in ours for m in checker.messages]
    assert len(symbols) == len(set(symbols))
    pylint_symbols = {
        m.symbol
        for checker in linter.get_checkers()
        if not type(checker).__module__.startswith("checkers_pkg.")
        for m in checker.messages
    }
    assert not pylint_symbols.intersection(symbols)


def test_checker_names_do_not_shadow_pylint_checkers() -> None:
    linter = _linter_with_everything()
    theirs = {c.name for c in linter.get_checkers() if not type(c).__module__.startswith("checkers_pkg.")}
    assert not theirs.intersection(c.name for c in _our_checkers(linter))


def test_option_names_are_unique_and_specific() -> None:
    linter = _linter_with_everything()
    theirs = {
        name
        for provider in [linter, *linter.get_checkers()]
        if not type(provider).__module__.startswith("checkers_pkg.")
        for name, _ in provider.options
    }
    ours = [name for checker in _our_checkers(linter) for name, _ in checker.options]
    assert not theirs.intersection(ours)
    assert len(ours) == len(set(ours))


def test_register_is_idempotent() -> None:
    manager = AstroidManager()
    register_transforms(manager)
    register_transforms(manager)
    flags_module = manager.ast_from_module_name("re")
    assert len(flags_module.locals["RegexFlag"]) == 1
    linter = PyLinter()
    checkers_pkg.register(linter)
    assert {c.name for c in _our_checkers(linter)} <= set(CHECKER_ID_BLOCKS)


_LAZY_EXTENSION = """
from astroid.manager import AstroidManager
from checkers_pkg.brain import register_transforms
manager = AstroidManager()
early = manager.ast_from_module_name("re")
register_transforms(manager)
assert "_checkers_pkg_flag" in early.locals, "a tree built before registration is extended"
assert "sqlite3" not in manager.astroid_cache, "registration builds nothing"
late = manager.ast_from_module_name("sqlite3")
assert "_checkers_pkg_sqlite3" in late.locals, "a tree built after registration is extended"
"""


def test_brain_extends_trees_built_before_and_after_registration() -> None:
    """A fresh interpreter: the manager's cache is process-wide."""
    completed = subprocess.run(
        [sys.executable, "-c", _LAZY_EXTENSION], capture_output=True, text=True, check=False
    )
    assert completed.returncode == 0, completed.stderr


def test_version_is_pep440() -> None:
    assert re.fullmatch(r"\d+\.\d+\.\d+", checkers_pkg.__version__)
