"""What typeshed's stubs declare a library callable returns.

astroid answers nothing for calls into C code (``Decimal.quantize``,
``StringIO.getvalue``) and for builtins it does not model; typeshed, the
stubs type checkers use, declares each return type. ``typeshed-client``
ships typeshed and resolves names in it; every lookup is memoised for the
run, and any stub this module cannot read is "not known".
"""

from __future__ import annotations

import ast
import enum
import functools
from dataclasses import dataclass

import typeshed_client
from typeshed_client import ImportedInfo, NameInfo, OverloadedName

MAX_BASE_DEPTH = 8
_SELF_NAMES = frozenset({"Self"})
# typing's aliases of builtin generics, by the class they stand for.
_TYPING_ALIASES = {
    "List": "builtins.list",
    "Dict": "builtins.dict",
    "Set": "builtins.set",
    "FrozenSet": "builtins.frozenset",
    "Tuple": "builtins.tuple",
    "Type": "builtins.type",
    "DefaultDict": "collections.defaultdict",
    "Deque": "collections.deque",
    "OrderedDict": "collections.OrderedDict",
    "Counter": "collections.Counter",
    "Text": "builtins.str",
}
_OPTIONAL_FORMS = frozenset({"Optional"})
_UNION_FORMS = frozenset({"Union"})


class ReturnKind(enum.Enum):
    """How a stub's return annotation is read."""

    CLASS = "class"  # a class, by its qualified name in the stubs
    SELF = "self"  # the receiver's own type (``-> Self``)
    ARGUMENT = "argument"  # the type of an argument (``def copy(x: _T) -> _T``)
    NONE = "none"  # ``-> None``: called for its effect


@dataclass(frozen=True)
class StubReturn:
    kind: ReturnKind
    class_name: str | None = None  # for CLASS
    position: int | None = None  # for ARGUMENT: index among the call's arguments


@functools.lru_cache(maxsize=1)
def _resolver() -> typeshed_client.Resolver:
    # typeshed's own standard-library stubs only: an empty search path keeps
    # the answers the same in every environment, and spares the interpreter
    # typeshed-client would otherwise start to ask for its sys.path.
    return typeshed_client.Resolver(typeshed_client.get_search_context(search_path=[]))


def stub_return(qualified_name: str) -> StubReturn | None:
    """The declared return of ``module.function`` or ``module.Class.method``
    (a constructor, ``module.Class``, returns the class); None when the
    stubs do not say one thing."""
    return _stub_return(qualified_name)


@functools.lru_cache(maxsize=4096)
def _stub_return(qualified_name: str) -> StubReturn | None:
    found = _function(qualified_name)
    if found is None:
        return None
    module, definition, is_method = found
    if isinstance(definition, ast.ClassDef):
        return StubReturn(ReturnKind.CLASS, f"{module}.{definition.name}")
    definitions = definition.definitions if isinstance(definition, OverloadedName) else [definition]
    answers = {_read_return(module, function, is_method) for function in definitions}
    answers.discard(None)
    return answers.pop() if len(answers) == 1 else None


def stub_class_bases(class_name: str) -> tuple[str, ...]:
    """The qualified names of a stub class's ancestors, nearest first."""
    return _bases(class_name, 0)


@functools.lru_cache(maxsize=2048)
def _bases(class_name: str, depth: int) -> tuple[str, ...]:
    found = _lookup(class_name)
    if found is None or depth > MAX_BASE_DEPTH:
        return ()
    module, info = found
    if not isinstance(info.ast, ast.ClassDef):
        return ()
    names: list[str] = []
    for base in info.ast.bases:
        base_name = _class_reference(module, base)
        if base_name is not None:
            names.extend([base_name, *_bases(base_name, depth + 1)])
    return tuple(dict.fromkeys(names))


def _function(qualified_name: str) -> tuple[str, object, bool] | None:
    """``(module, definition, is_method)`` for a function, method or class."""
    found = _lookup(qualified_name)
    if found is not None:
        module, info = found
        if isinstance(
            info.ast, (ast.FunctionDef, ast.AsyncFunctionDef, OverloadedName, ast.ClassDef)
        ):
            return module, info.ast, False
    owner, _, member = qualified_name.rpartition(".")
    for module, info in _class_and_bases(owner):
        child = (info.child_nodes or {}).get(member)
        if child is not None and isinstance(
            child.ast, (ast.FunctionDef, ast.AsyncFunctionDef, OverloadedName)
        ):
            return module, child.ast, True
    return None


def _class_and_bases(class_name: str) -> list[tuple[str, NameInfo]]:
    found = _lookup(class_name)
    if found is None or not isinstance(found[1].ast, ast.ClassDef):
        return []
    chain = [found]
    for base in stub_class_bases(class_name):
        base_found = _lookup(base)
        if base_found is not None and isinstance(base_found[1].ast, ast.ClassDef):
            chain.append(base_found)
    return chain


@functools.lru_cache(maxsize=512)
def _stub_names(module: str) -> dict[str, NameInfo] | None:
    """The names a stub module defines (parsed once per run)."""
    return typeshed_client.get_stub_names(module, search_context=_resolver().ctx)


@functools.lru_cache(maxsize=4096)
def _lookup(qualified_name: str) -> tuple[str, NameInfo] | None:
    """The stub definition of a name and the module that defines it,
    following re-exports (``io.StringIO`` is ``_io.StringIO``)."""
    if "." not in qualified_name:
        return None
    try:
        info = _resolver().get_fully_qualified_name(qualified_name)
    except Exception:  # pylint: disable=broad-exception-caught  # a stub it cannot parse
        return None
    module = qualified_name.rpartition(".")[0]
    while isinstance(info, ImportedInfo):
        module = ".".join(info.source_module)
        info = info.info
    return (module, info) if isinstance(info, NameInfo) else None


def _read_return(module: str, function: object, is_method: bool) -> StubReturn | None:
    if not isinstance(function, (ast.FunctionDef, ast.AsyncFunctionDef)):
        return None
    annotation = function.returns
    if annotation is None:
        return None
    if isinstance(annotation, ast.Constant) and annotation.value is None:
        return StubReturn(ReturnKind.NONE)
    if isinstance(annotation, ast.Constant) and isinstance(annotation.value, str):
        try:
            annotation = ast.parse(annotation.value, mode="eval").body
        except SyntaxError:
            return None
    annotation = _without_none(annotation)
    if annotation is None:
        return None
    name = _written_name(annotation)
    if name in _SELF_NAMES:
        return StubReturn(ReturnKind.SELF)
    if name is not None and _is_type_variable(module, name):
        position = _parameter_of(function, name, is_method)
        if position is not None:
            return StubReturn(ReturnKind.ARGUMENT, position=position)
        if is_method and _is_self_type_variable(function, name):
            return StubReturn(ReturnKind.SELF)
        return None
    class_name = _class_reference(module, annotation)
    return StubReturn(ReturnKind.CLASS, class_name) if class_name is not None else None


def _without_none(annotation: ast.expr) -> ast.expr | None:
    """``X`` for ``X | None`` and ``Optional[X]``; None for other unions."""
    if isinstance(annotation, ast.BinOp) and isinstance(annotation.op, ast.BitOr):
        sides = [
            s
            for s in (annotation.left, annotation.right)
            if not (isinstance(s, ast.Constant) and s.value is None)
        ]
        return _without_none(sides[0]) if len(sides) == 1 else None
    if isinstance(annotation, ast.Subscript):
        form = _written_name(annotation.value)
        if form in _OPTIONAL_FORMS:
            return _without_none(annotation.slice)
        if form in _UNION_FORMS:
            return None
    return annotation


def _written_name(annotation: ast.expr) -> str | None:
    if isinstance(annotation, ast.Name):
        return annotation.id
    if isinstance(annotation, ast.Attribute):
        return annotation.attr
    return None


def _class_reference(module: str, annotation: ast.expr) -> str | None:
    """The qualified name of the class an annotation names (``list[str]`` is
    ``builtins.list``), resolved in the stub module's namespace."""
    if isinstance(annotation, ast.Subscript):
        annotation = annotation.value
    if isinstance(annotation, ast.Attribute) and isinstance(annotation.value, ast.Name):
        dotted = f"{annotation.value.id}.{annotation.attr}"
        return (
            _resolved_class(_imported_module(module, annotation.value.id), annotation.attr)
            or (
                _TYPING_ALIASES.get(annotation.attr)
                if annotation.value.id in ("typing", "t")
                else None
            )
            or (dotted if _lookup(dotted) else None)
        )
    if not isinstance(annotation, ast.Name):
        return None
    if annotation.id in _TYPING_ALIASES and _lookup(f"{module}.{annotation.id}") is None:
        return _TYPING_ALIASES[annotation.id]
    return _resolved_class(module, annotation.id) or _resolved_class("builtins", annotation.id)


def _resolved_class(module: str | None, name: str) -> str | None:
    if module is None:
        return None
    found = _lookup(f"{module}.{name}")
    if found is None:
        return None
    defining_module, info = found
    if isinstance(info.ast, ast.ClassDef):
        return f"{defining_module}.{info.ast.name}"
    if name in _TYPING_ALIASES and defining_module == "typing":
        return _TYPING_ALIASES[name]
    return None


def _imported_module(module: str, alias: str) -> str | None:
    """The module ``alias`` names inside the stub ``module`` (``import x as alias``)."""
    try:
        names = _stub_names(module)
    except Exception:  # pylint: disable=broad-exception-caught
        return None
    info = (names or {}).get(alias)
    if info is not None and isinstance(info.ast, ImportedInfo.__mro__[0]):
        return None
    node = getattr(info, "ast", None)
    source = getattr(node, "module_name", None)
    return ".".join(source) if source else alias


def _is_type_variable(module: str, name: str) -> bool:
    try:
        names = _stub_names(module) or {}
    except Exception:  # pylint: disable=broad-exception-caught
        return False
    info = names.get(name)
    node = getattr(info, "ast", None)
    if isinstance(node, ast.Assign) and isinstance(node.value, ast.Call):
        return _written_name(node.value.func) in {"TypeVar", "ParamSpec"}
    return False


def _parameter_of(function: ast.FunctionDef, type_variable: str, is_method: bool) -> int | None:
    """The position (among the call's arguments) of the parameter declared
    as exactly ``type_variable``."""
    arguments = [*function.args.posonlyargs, *function.args.args]
    if is_method and arguments:
        arguments = arguments[1:]
    for position, argument in enumerate(arguments):
        if _written_name(argument.annotation) == type_variable if argument.annotation else False:
            return position
    return None


def _is_self_type_variable(function: ast.FunctionDef, type_variable: str) -> bool:
    arguments = [*function.args.posonlyargs, *function.args.args]
    first = arguments[0] if arguments else None
    return (
        first is not None
        and first.annotation is not None
        and (_written_name(first.annotation) == type_variable)
    )
