"""What a typeshed stub module defines, kept small for the whole run.

``typeshed-client`` parses a stub into Python's ``ast`` and keeps every
parameter, default and decorator of every function: about 1.5 MiB for
``builtins.pyi`` alone, held to the end of a run in which only return
annotations, base classes and a few parameter annotations are ever read. So
each stub module is parsed once, reduced here to those parts, and the parse
tree is dropped.

Names are resolved the way ``typeshed_client.Resolver`` does, following
re-exports (``io.StringIO`` is defined in ``_io``).
"""

from __future__ import annotations

import ast
import functools
from dataclasses import dataclass

import typeshed_client
from typeshed_client import ImportedName, NameInfo, OverloadedName

# How many re-exports a name may go through (``a`` imports from ``b``, which
# imports from ``c``...) before it counts as not found: stubs that import each
# other in a cycle would otherwise recurse forever.
MAX_REEXPORTS = 8


@dataclass(frozen=True, slots=True)
class StubParameter:
    name: str
    annotation: ast.expr | None
    has_default: bool
    positional: bool  # may be passed by position (``self`` included)


@dataclass(frozen=True, slots=True)
class StubFunction:
    """A function or method: what it declares it returns, and the written
    name of each positional parameter's annotation (``self`` included).
    An overload's signature also keeps its parameters, to tell which one a
    call chooses."""

    returns: ast.expr | None
    parameter_annotations: tuple[str | None, ...]
    parameters: tuple[StubParameter, ...] = ()


@dataclass(frozen=True, slots=True)
class StubOverloads:
    """An ``@overload``-ed function: each of its signatures."""

    signatures: tuple[StubFunction, ...]


@dataclass(frozen=True, slots=True)
class StubClass:
    name: str
    bases: tuple[ast.expr, ...]
    members: dict[str, StubDefinition]


@dataclass(frozen=True, slots=True)
class StubImport:
    """``from module import name`` (``name`` None for ``import module``)."""

    module: str
    name: str | None


@dataclass(frozen=True, slots=True)
class StubTypeVariable:
    """``T = TypeVar("T")`` or a ``ParamSpec``."""


@dataclass(frozen=True, slots=True)
class StubAlias:
    """``OpenTextMode: TypeAlias = Literal["r", ...] | ...``: a type written once."""

    value: ast.expr


@dataclass(frozen=True, slots=True)
class StubOther:
    """Anything else a stub binds (a constant, an alias): nothing to read."""


StubDefinition = (
    StubFunction
    | StubOverloads
    | StubClass
    | StubImport
    | StubTypeVariable
    | StubAlias
    | StubOther
)
_OTHER = StubOther()
_TYPE_VARIABLE = StubTypeVariable()


@functools.lru_cache(maxsize=1)
def _search_context() -> typeshed_client.SearchContext:
    # typeshed's own standard-library stubs only: an empty search path keeps
    # the answers the same in every environment, and spares the interpreter
    # typeshed-client would otherwise start to ask for its sys.path.
    return typeshed_client.get_search_context(search_path=[])


@functools.lru_cache(maxsize=512)
def stub_module(module: str) -> dict[str, StubDefinition] | None:
    """The names a stub module binds (parsed once per run); None when
    typeshed has no such module or cannot read it."""
    try:
        names = typeshed_client.get_stub_names(module, search_context=_search_context())
    except Exception:  # pylint: disable=broad-exception-caught  # a stub it cannot parse
        return None
    if names is None:
        return None
    return {name: _definition(info) for name, info in names.items()}


def lookup(qualified_name: str) -> tuple[str, StubDefinition] | None:
    """The stub definition of ``module.name`` and the module that defines it,
    following re-exports; None for a module or a name typeshed does not have."""
    module, _, name = qualified_name.rpartition(".")
    return _resolved(module, name, 0) if module else None


@functools.lru_cache(maxsize=4096)
def _resolved(module: str, name: str, depth: int) -> tuple[str, StubDefinition] | None:
    definition = (stub_module(module) or {}).get(name)
    if definition is None or depth > MAX_REEXPORTS:
        return None
    if isinstance(definition, StubAlias) and isinstance(
        definition.value, (ast.Name, ast.Attribute)
    ):
        return _referenced(module, definition.value, depth + 1)
    if not isinstance(definition, StubImport):
        return module, definition
    if definition.name is None:  # ``import x``: a module
        return None
    if _is_stub_module(f"{definition.module}.{definition.name}"):
        return None
    return _resolved(definition.module, definition.name, depth + 1)


def _referenced(
    module: str, reference: ast.Name | ast.Attribute, depth: int
) -> tuple[str, StubDefinition] | None:
    """What ``open = builtins.open`` (or ``x = y``) in stub ``module`` names."""
    if isinstance(reference, ast.Name):
        return _resolved(module, reference.id, depth)
    if not isinstance(reference.value, ast.Name):
        return None
    imported = (stub_module(module) or {}).get(reference.value.id)
    if isinstance(imported, StubImport) and imported.name is None:  # ``import builtins``
        return _resolved(imported.module, reference.attr, depth)
    return None


def _is_stub_module(module: str) -> bool:
    try:
        return typeshed_client.get_stub_file(module, search_context=_search_context()) is not None
    except Exception:  # pylint: disable=broad-exception-caught
        return False


def _definition(info: NameInfo) -> StubDefinition:
    node = info.ast
    if isinstance(node, ImportedName):
        return StubImport(".".join(node.module_name), node.name)
    if isinstance(node, OverloadedName):
        signatures = tuple(
            _function(each, with_parameters=True)
            for each in node.definitions
            if isinstance(each, (ast.FunctionDef, ast.AsyncFunctionDef))
        )
        return StubOverloads(signatures)
    if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
        return _function(node)
    if isinstance(node, ast.ClassDef):
        members = {name: _definition(child) for name, child in (info.child_nodes or {}).items()}
        return StubClass(node.name, tuple(node.bases), members)
    if isinstance(node, ast.Assign) and isinstance(node.value, ast.Call):
        if written_name(node.value.func) in {"TypeVar", "ParamSpec"}:
            return _TYPE_VARIABLE
    if isinstance(node, ast.AnnAssign) and node.value is not None:
        if written_name(node.annotation) == "TypeAlias":
            return StubAlias(node.value)
    if isinstance(node, ast.Assign) and isinstance(
        node.value, (ast.Subscript, ast.BinOp, ast.Name, ast.Attribute)
    ):
        return StubAlias(node.value)  # ``_Mode = Literal["r", "w"]``, ``open = builtins.open``
    return _OTHER


def _function(
    node: ast.FunctionDef | ast.AsyncFunctionDef, *, with_parameters: bool = False
) -> StubFunction:
    positional = [*node.args.posonlyargs, *node.args.args]
    return StubFunction(
        node.returns,
        tuple(written_name(p.annotation) if p.annotation else None for p in positional),
        _parameters(node.args) if with_parameters else (),
    )


def _parameters(arguments: ast.arguments) -> tuple[StubParameter, ...]:
    positional = [*arguments.posonlyargs, *arguments.args]
    defaults = len(positional) - len(arguments.defaults)
    return (
        *(
            StubParameter(p.arg, p.annotation, index >= defaults, True)
            for index, p in enumerate(positional)
        ),
        *(
            StubParameter(p.arg, p.annotation, default is not None, False)
            for p, default in zip(arguments.kwonlyargs, arguments.kw_defaults)
        ),
    )


def written_name(annotation: ast.expr) -> str | None:
    """The name an annotation is written with (``T``, ``typing.Self``'s ``Self``)."""
    if isinstance(annotation, ast.Name):
        return annotation.id
    if isinstance(annotation, ast.Attribute):
        return annotation.attr
    return None
