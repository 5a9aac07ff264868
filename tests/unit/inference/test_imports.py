"""Bindings read through import statements, without inference."""

from __future__ import annotations

from collections.abc import Callable

from astroid import nodes

from checkers_pkg.inference.imports import foreign_binding, is_module_attribute
from tests.unit.conftest import extract


def test_another_module_s_binding_through_imports_and_re_exports(
    package: Callable[..., str],
) -> None:
    pkg = package({
        "settings.py": "import os\nGRACE = 3\nWINDOW = 1\nif os.environ: WINDOW = 2\n",
        "api.py": "from {pkg}.settings import GRACE\n",
    })
    found = extract(
        f"""
        from {pkg} import settings
        from {pkg}.api import GRACE
        from {pkg}.settings import WINDOW
        LOCAL = 1
        GRACE  #@
        settings.GRACE  #@
        settings.WINDOW  #@
        WINDOW  #@
        LOCAL  #@
        """
    )
    by_import, by_attribute, rebound, rebound_by_import, local = (
        foreign_binding(node) for node in found
    )
    for binding in (by_import, by_attribute):
        assert isinstance(binding, nodes.AssignName)
        assert binding.root().name == f"{pkg}.settings" and binding.name == "GRACE"
    assert rebound is None and rebound_by_import is None  # two bindings: unsure
    assert local is None  # the reader's own module: not another module's


def test_module_attributes(package: Callable[..., str]) -> None:
    pkg = package({"settings.py": "GRACE = 3\n"})
    module_attribute, instance_attribute = extract(
        f"""
        from {pkg} import settings
        class Box:
            size = 1
        settings.GRACE  #@
        Box().size  #@
        """
    )
    assert is_module_attribute(module_attribute)
    assert not is_module_attribute(instance_attribute)
