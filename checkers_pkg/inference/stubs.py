"""What typeshed's stubs declare a library callable returns.

astroid answers nothing for calls into C code (``Decimal.quantize``,
``StringIO.getvalue``) and for builtins it does not model; typeshed, the
stubs type checkers use, declares each return type. ``typeshed-client``
ships typeshed; ``stub_index`` keeps what each stub module defines, and every
answer here is memoised for the run. A stub this module cannot read is "not
known".
"""

from __future__ import annotations

import ast
import enum
import functools
from dataclasses import dataclass

from checkers_pkg.inference.stub_index import (
    StubAlias,
    StubClass,
    StubFunction,
    StubImport,
    StubOverloads,
    StubTypeVariable,
    lookup,
    stub_module,
    written_name,
)

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


# An argument whose value is not a constant (``CallConstants``).
NOT_CONSTANT = object()


@dataclass(frozen=True)
class CallConstants:
    """What a call passes, as far as it is constant: positional values, then
    ``(keyword, value)`` pairs; ``NOT_CONSTANT`` for the others."""

    positional: tuple[object, ...]
    keywords: tuple[tuple[str, object], ...]


def stub_return(
    qualified_name: str, arguments: CallConstants | None = None
) -> StubReturn | None:
    """The declared return of ``module.function`` or ``module.Class.method``
    (a constructor, ``module.Class``, returns the class); None when the
    stubs do not say one thing. Overloads that disagree (``open()`` by its
    ``mode``) are told apart by the call's constant ``arguments``."""
    return _stub_return(qualified_name, arguments)


def has_overloads(qualified_name: str) -> bool:
    """Whether the stubs declare several signatures for ``qualified_name``."""
    found = _function(qualified_name)
    return found is not None and isinstance(found[1], StubOverloads)


@functools.lru_cache(maxsize=4096)
def _stub_return(qualified_name: str, arguments: CallConstants | None) -> StubReturn | None:
    found = _function(qualified_name)
    if found is None:
        return None
    module, definition, is_method = found
    if isinstance(definition, StubClass):
        return StubReturn(ReturnKind.CLASS, f"{module}.{definition.name}")
    signatures = (
        definition.signatures if isinstance(definition, StubOverloads) else (definition,)
    )
    answers = {_read_return(module, function, is_method) for function in signatures}
    answers.discard(None)
    if len(answers) == 1:
        return answers.pop()
    chosen = _chosen_overload(module, signatures, is_method, arguments) if arguments else None
    return _read_return(module, chosen, is_method) if chosen is not None else None


def _chosen_overload(
    module: str, signatures: tuple[StubFunction, ...], is_method: bool, call: CallConstants
) -> StubFunction | None:
    """The first signature the call's arguments fit, as a type checker picks
    it; None when an argument that decides is not constant."""
    for signature in signatures:
        fits = _fits(module, signature, is_method, call)
        if fits is None:
            return None
        if fits:
            return signature
    return None


def _fits(
    module: str, signature: StubFunction, is_method: bool, call: CallConstants
) -> bool | None:
    """Whether the call fits ``signature``: every parameter without a default
    is passed, and every constant passed to a ``Literal`` parameter is one
    of its values. None when a non-constant reaches a ``Literal`` parameter."""
    parameters = list(signature.parameters[1:] if is_method else signature.parameters)
    positional = [p for p in parameters if p.positional]
    if len(call.positional) > len(positional):
        return False
    passed = dict(zip((p.name for p in positional), call.positional))
    passed.update(call.keywords)
    for parameter in parameters:
        if parameter.name not in passed:
            if not parameter.has_default:
                return False
            continue
        allowed = _literal_values(module, parameter.annotation, 0)
        if allowed is None:
            continue
        value = passed[parameter.name]
        if value is NOT_CONSTANT:
            return None
        if value not in allowed:
            return False
    return True


def _literal_values(module: str, annotation: ast.expr | None, depth: int) -> frozenset | None:
    """The values a ``Literal`` annotation allows (through aliases and
    unions of them); None when the annotation is not made of literals."""
    if annotation is None or depth > MAX_BASE_DEPTH:
        return None
    if isinstance(annotation, ast.Subscript) and written_name(annotation.value) == "Literal":
        items = annotation.slice.elts if isinstance(annotation.slice, ast.Tuple) else [
            annotation.slice
        ]
        values = [item.value for item in items if isinstance(item, ast.Constant)]
        return frozenset(values) if len(values) == len(items) else None
    if isinstance(annotation, ast.BinOp) and isinstance(annotation.op, ast.BitOr):
        sides = [_literal_values(module, side, depth + 1) for side in (annotation.left,
                                                                        annotation.right)]
        return None if None in sides else frozenset().union(*sides)  # type: ignore[arg-type]
    if isinstance(annotation, ast.Name):
        found = lookup(f"{module}.{annotation.id}")
        if found is not None and isinstance(found[1], StubAlias):
            return _literal_values(found[0], found[1].value, depth + 1)
    return None


def stub_class_bases(class_name: str) -> tuple[str, ...]:
    """The qualified names of a stub class's ancestors, nearest first."""
    return _bases(class_name, 0)


@functools.lru_cache(maxsize=2048)
def _bases(class_name: str, depth: int) -> tuple[str, ...]:
    found = lookup(class_name)
    if found is None or depth > MAX_BASE_DEPTH or not isinstance(found[1], StubClass):
        return ()
    module, stub_class = found
    names: list[str] = []
    for base in stub_class.bases:
        base_name = _class_reference(module, base)
        if base_name is not None:
            names.extend([base_name, *_bases(base_name, depth + 1)])
    return tuple(dict.fromkeys(names))


_Callable = StubFunction | StubOverloads | StubClass


def _function(qualified_name: str) -> tuple[str, _Callable, bool] | None:
    """``(module, definition, is_method)`` for a function, method or class."""
    found = lookup(qualified_name)
    if found is not None and isinstance(found[1], (StubFunction, StubOverloads, StubClass)):
        return found[0], found[1], False
    owner, _, member = qualified_name.rpartition(".")
    for module, stub_class in _class_and_bases(owner):
        child = stub_class.members.get(member)
        if isinstance(child, (StubFunction, StubOverloads)):
            return module, child, True
    return None


def _class_and_bases(class_name: str) -> list[tuple[str, StubClass]]:
    chain = []
    for name in (class_name, *stub_class_bases(class_name)):
        found = lookup(name)
        if found is not None and isinstance(found[1], StubClass):
            chain.append((found[0], found[1]))
        elif name == class_name:
            return []
    return chain


def _read_return(module: str, function: StubFunction, is_method: bool) -> StubReturn | None:
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
    name = written_name(annotation)
    if name in _SELF_NAMES:
        return StubReturn(ReturnKind.SELF)
    if name is not None and _is_type_variable(module, name):
        position = _parameter_of(function, name, is_method)
        if position is not None:
            return StubReturn(ReturnKind.ARGUMENT, position=position)
        if is_method and function.parameter_annotations[:1] == (name,):
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
        form = written_name(annotation.value)
        if form in _OPTIONAL_FORMS:
            return _without_none(annotation.slice)
        if form in _UNION_FORMS:
            return None
    return annotation


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
            or (dotted if lookup(dotted) else None)
        )
    if not isinstance(annotation, ast.Name):
        return None
    if annotation.id in _TYPING_ALIASES and lookup(f"{module}.{annotation.id}") is None:
        return _TYPING_ALIASES[annotation.id]
    return _resolved_class(module, annotation.id) or _resolved_class("builtins", annotation.id)


def _resolved_class(module: str | None, name: str) -> str | None:
    if module is None:
        return None
    found = lookup(f"{module}.{name}")
    if found is None:
        return None
    defining_module, definition = found
    if isinstance(definition, StubClass):
        return f"{defining_module}.{definition.name}"
    if name in _TYPING_ALIASES and defining_module == "typing":
        return _TYPING_ALIASES[name]
    return None


def _imported_module(module: str, alias: str) -> str:
    """The module ``alias`` names inside the stub ``module`` (``import x as
    alias``, ``from package import x``); ``alias`` itself when the stub does
    not import it."""
    definition = (stub_module(module) or {}).get(alias)
    if isinstance(definition, StubImport):
        return definition.module if definition.name is None else (
            f"{definition.module}.{definition.name}"
        )
    return alias


def _is_type_variable(module: str, name: str) -> bool:
    return isinstance((stub_module(module) or {}).get(name), StubTypeVariable)


def _parameter_of(function: StubFunction, type_variable: str, is_method: bool) -> int | None:
    """The position (among the call's arguments) of the parameter declared
    as exactly ``type_variable``."""
    annotations = function.parameter_annotations[1:] if is_method else (
        function.parameter_annotations
    )
    for position, annotation in enumerate(annotations):
        if annotation == type_variable:
            return position
    return None
