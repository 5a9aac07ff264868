"""Return types read from typeshed's stubs, and the classes they give to
calls astroid cannot follow."""

from __future__ import annotations

import pytest
from astroid.manager import AstroidManager

from checkers_pkg.inference.stub_types import class_named, result_class
from checkers_pkg.inference.stubs import (
    NOT_CONSTANT,
    CallConstants,
    ReturnKind,
    StubReturn,
    has_overloads,
    stub_class_bases,
    stub_return,
)
from checkers_pkg.inference.values import known_values
from tests.unit.conftest import extract


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("decimal.Decimal.quantize", StubReturn(ReturnKind.CLASS, "decimal.Decimal")),
        ("datetime.datetime.astimezone", StubReturn(ReturnKind.SELF)),
        ("io.StringIO.getvalue", StubReturn(ReturnKind.CLASS, "builtins.str")),  # via _io
        ("builtins.sorted", StubReturn(ReturnKind.CLASS, "builtins.list")),  # overloads agree
        ("copy.copy", StubReturn(ReturnKind.ARGUMENT, position=0)),  # a TypeVar parameter
        ("builtins.list.append", StubReturn(ReturnKind.NONE)),
        ("builtins.str.strip", StubReturn(ReturnKind.CLASS, "builtins.str")),  # inherited lookups
        ("typing.NamedTuple._replace", StubReturn(ReturnKind.SELF)),
    ],
)
def test_stub_returns(name: str, expected: StubReturn) -> None:
    assert stub_return(name) == expected


def test_unknown_names_and_disagreeing_overloads_are_not_known() -> None:
    assert stub_return("no_such_module.thing") is None
    assert stub_return("builtins.next") is None  # the iterator's element type
    assert stub_return("nodots") is None


def test_stub_bases_reach_the_abstract_collections() -> None:
    assert "typing.MutableSequence" in stub_class_bases("array.array")
    assert "typing.MutableSequence" not in stub_class_bases("builtins.tuple")


def test_result_classes_of_calls_and_operations() -> None:
    # class_named reads modules astroid has built: the code imports decimal
    AstroidManager().ast_from_module_name("decimal")
    nodes_ = extract(
        """
        import io, copy
        from decimal import Decimal
        def f(a: Decimal, b: Decimal, rows):
            (a * b)  #@
            (a * b).quantize(Decimal("0.01"))  #@
            io.StringIO().getvalue()  #@
            copy.copy([])  #@
            rows.whatever()  #@
        """,
        module_name="pricing",
    )

    def declared(node):
        values = known_values(node)
        if values and hasattr(values[0], "_proxied"):
            return values[0]._proxied
        annotation = getattr(node, "name", None) in ("a", "b")
        return class_named("decimal.Decimal") if annotation else None

    def class_of(node):
        return result_class(node, class_of) or declared(node)

    found = [result_class(node, class_of) for node in nodes_]
    names = [cls.name if cls is not None else None for cls in found]
    assert names == ["Decimal", "Decimal", "str", "list", None]


def test_class_named_builds_no_module() -> None:
    """A stub may name a class of a module nothing imported: no build for it."""
    manager = AstroidManager()
    manager.astroid_cache.pop("mailbox", None)
    assert class_named("mailbox.Maildir") is None
    assert "mailbox" not in manager.astroid_cache
    assert class_named("builtins.str") is not None


@pytest.mark.parametrize(
    ("arguments", "expected"),
    [
        ((("p",), ()), "_io.TextIOWrapper"),  # the default mode, "r"
        ((("p", "w"), ()), "_io.TextIOWrapper"),
        ((("p", "rb"), ()), "_io.BufferedReader"),
        ((("p",), (("mode", "wb"),)), "_io.BufferedWriter"),
        ((("p", "rb", 0), ()), "_io.FileIO"),  # unbuffered
        ((("p", NOT_CONSTANT), ()), None),  # the mode decides and is unknown
        ((("p", "r", NOT_CONSTANT), ()), "_io.TextIOWrapper"),  # buffering does not
    ],
)
def test_overloads_are_chosen_by_the_constants_a_call_passes(
    arguments: tuple[tuple[object, ...], tuple[tuple[str, object], ...]], expected: str | None
) -> None:
    declared = stub_return("builtins.open", CallConstants(*arguments))
    assert (declared.class_name if declared is not None else None) == expected
    assert stub_return("builtins.open") is None  # without the call, the overloads disagree


def test_an_alias_in_a_stub_is_what_it_names() -> None:
    """``_io.open = builtins.open``, and ``io`` re-exports it."""
    assert has_overloads("io.open")
    assert stub_return("io.open", CallConstants(("p", "rb"), ())) == StubReturn(
        ReturnKind.CLASS, "_io.BufferedReader"
    )
