"""What a typeshed stub module defines, reduced to the parts the type model
reads, and names resolved through re-exports."""

from __future__ import annotations

import ast

from checkers_pkg.inference.stub_index import (
    StubClass,
    StubFunction,
    StubImport,
    StubOverloads,
    StubTypeVariable,
    lookup,
    stub_module,
)


def test_a_re_exported_class_is_found_where_it_is_defined() -> None:
    module, definition = lookup("io.StringIO")
    assert module == "_io"
    assert isinstance(definition, StubClass)
    assert definition.name == "StringIO"
    assert isinstance(definition.members["getvalue"], StubFunction)


def test_modules_and_unknown_names_are_not_definitions() -> None:
    assert lookup("subprocess.sys") is None  # ``import sys``: a module
    assert lookup("builtins.no_such_name") is None
    assert lookup("no_such_module.thing") is None
    assert lookup("builtins") is None


def test_functions_keep_their_return_and_parameter_annotations_only() -> None:
    copy = stub_module("copy")["copy"]
    assert isinstance(copy, StubFunction)
    assert isinstance(copy.returns, ast.Name) and copy.returns.id == "_T"
    assert copy.parameter_annotations == ("_T",)
    assert isinstance(stub_module("copy")["_T"], StubTypeVariable)


def test_overloads_and_imports_are_kept_apart() -> None:
    assert isinstance(stub_module("builtins")["sorted"], StubOverloads)
    assert all(isinstance(s, StubFunction) for s in stub_module("builtins")["sorted"].signatures)
    assert stub_module("io")["StringIO"] == StubImport("_io", "StringIO")


def test_no_parse_tree_beyond_annotations_is_kept() -> None:
    """The point of the index: a function's body, defaults and decorators
    are dropped with the parse tree."""
    kept = [
        value
        for definition in stub_module("builtins").values()
        for value in vars_of(definition)
        if isinstance(value, (ast.FunctionDef, ast.ClassDef, ast.arguments))
    ]
    assert not kept


def vars_of(definition: object) -> list[object]:
    values = [getattr(definition, slot) for slot in getattr(definition, "__slots__", ())]
    if isinstance(definition, StubClass):
        values += [v for member in definition.members.values() for v in vars_of(member)]
    return values
