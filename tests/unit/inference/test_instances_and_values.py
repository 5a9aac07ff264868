from __future__ import annotations

import pytest
from astroid import nodes, util

from checkers_pkg.inference import (
    clear_caches,
    constant_value,
    inferred_values,
    instance_class,
    instance_type,
    known_values,
    single_known_value,
)
from checkers_pkg.inference.instances import constructed_type_paths
from tests.unit.conftest import extract


def test_instance_types_from_inference() -> None:
    found = [
        instance_type(node)
        for node in extract(
            """
            import tarfile, pathlib
            class Local: pass
            tarfile.open("x.tar")  #@
            pathlib.Path("x")  #@
            Local()  #@
            "text"  #@
            [1, 2]  #@
            Local  #@
            """,
            module_name="mod",
        )
    ]
    # tarfile.open infers to [Uninferable, TarFile]: the known one wins.
    assert found == ["tarfile.TarFile", "pathlib.Path", "mod.Local", "builtins.str", "builtins.list", None]


def test_candidates_that_disagree_give_no_type() -> None:
    (node,) = extract(
        """
        import os
        value = 1 if os.environ else "one"
        value  #@
        """
    )
    assert instance_class(node) is None
    assert instance_type(node) is None


def test_none_placeholders_do_not_hide_the_constructed_type() -> None:
    found = [
        instance_type(node)
        for node in extract(
            """
            import not_installed_db as db
            class Repo:
                conn = None
                def __init__(self):
                    self.conn = db.connect()
                def q(self):
                    self.conn  #@
            def f():
                cursor = None
                cursor = db.Cursor()
                cursor  #@
            """
        )
    ]
    assert found == ["not_installed_db.connect", "not_installed_db.Cursor"]


def test_constructed_types_need_agreement() -> None:
    (node,) = extract(
        """
        import not_installed_a as a, not_installed_b as b, os
        if os.environ:
            client = a.Client()
        else:
            client = b.Client()
        client  #@
        """
    )
    assert constructed_type_paths(node) == ()


def test_values_never_raise() -> None:
    uninferable, undefined, constant, repeated = extract(
        """
        def f(x):
            x.attr  #@
            undefined_name  #@
            7  #@
            y = 1
            y  #@
        """
    )
    assert all(isinstance(v, util.UninferableBase) for v in inferred_values(uninferable))
    assert known_values(uninferable) == ()
    assert inferred_values(undefined) == ()
    assert constant_value(constant) == (True, 7)
    assert constant_value(uninferable) == (False, None)
    assert isinstance(single_known_value(repeated), nodes.Const)


def test_recursion_inside_astroid_is_contained(monkeypatch: pytest.MonkeyPatch) -> None:
    (node,) = extract("value = 1\nvalue  #@")

    def explode(*_args: object, **_kwargs: object) -> None:
        raise RecursionError

    clear_caches()
    monkeypatch.setattr(nodes.Name, "infer", explode)
    assert inferred_values(node) == ()
    assert instance_type(node) is None
    clear_caches()


def test_answers_are_memoised_until_cleared(monkeypatch: pytest.MonkeyPatch) -> None:
    (node,) = extract("value = 1\nvalue  #@")
    clear_caches()
    first = inferred_values(node)
    monkeypatch.setattr(nodes.Name, "infer", lambda *a, **k: iter(()))
    assert inferred_values(node) is first
    clear_caches()
    assert inferred_values(node) == ()


def test_instance_types_declared_by_annotations() -> None:
    """astroid infers parameters to nothing; their annotations say the type."""
    found = [
        instance_type(node)
        for node in extract(
            """
            import typing
            from typing import Any, Optional, Union, Annotated, TypeVar
            from pathlib import Path
            import not_installed_lib
            T = TypeVar("T")
            class Store: pass
            class Holder:
                declared: Store
                def __init__(self, store: Store, maybe: "Store", fallback: Optional[Store] = None):
                    self.store = store
                    self.fallback = fallback
                    self.later = None
                def use(
                    self, a: Store | None, b: Union[None, Path], c: Annotated[Path, "x"],
                    d: list[str], e: Any, f: T, g: Store | Path, h: not_installed_lib.Client,
                    *rest: Store, **named: Store,
                ):
                    a  #@
                    b  #@
                    c  #@
                    d  #@
                    e  #@
                    f  #@
                    g  #@
                    h  #@
                    rest  #@
                    named  #@
                    self.store  #@
                    self.fallback  #@
                    self.declared  #@
                    self.later  #@
                    maybe = "text"
                    maybe  #@
            """,
            module_name="mod",
        )
    ]
    assert found == [
        "mod.Store", "pathlib.Path", "pathlib.Path", "builtins.list", None, None, None,
        "not_installed_lib.Client", "builtins.tuple", "builtins.dict",
        "mod.Store", "mod.Store", "mod.Store", None, "builtins.str",
    ]


def test_deep_attribute_chains_stop_asking_for_declarations() -> None:
    chain = extract("x = None\nx" + ".attr" * 400 + "  #@\n")[0]
    assert instance_type(chain) is None
