"""Calls whose result is their only effect.

A method of an immutable value (``str``, ``bytes``, numbers, ``datetime``,
``pathlib.PurePath``, ``Decimal``...) cannot change its receiver: it returns a
new value or answers a question. So do the pure builtins (``sorted``, ``len``,
``map``...). Dropping the result of such a call leaves the program exactly as
it was, which is never what the author meant.

The receiver's class must be certain: every binding of a name agrees, no
candidate is unknown, or an annotation declares it. A method a subclass of
an immutable builtin overrides is its own, and says nothing.
"""

from __future__ import annotations

from dataclasses import dataclass

from astroid import bases, nodes
from astroid.exceptions import AstroidError

from checkers_pkg.checkers.correctness.certain_class import certain_class
from checkers_pkg.checkers.correctness.immutable_types import (
    IMMUTABLE_TYPES,
    NAMED_TUPLE,
    PURE_METHOD_NAMES,
    TRANSFORMS,
)
from checkers_pkg.inference.names import qualified_names
from checkers_pkg.inference.public_names import public_qname
from checkers_pkg.inference.records import is_named_tuple, is_synthetic
from checkers_pkg.inference.values import class_of, known_values

# Builtins whose call has no effect besides its result (the iterables they
# consume aside). ``map``/``filter``/``zip``/``reversed`` are lazy: a dropped
# one never even runs its function.
PURE_BUILTINS = frozenset(
    {"sorted", "len", "abs", "min", "max", "round", "sum", "any", "all", "reversed",
     "map", "filter", "zip", "isinstance", "issubclass", "callable", "divmod"}
)
# Questions about a type: alone on a line, usually an ``assert`` left out.
TYPE_TESTS = frozenset({"isinstance", "issubclass", "callable"})


LAZY_BUILTINS = frozenset({"map", "filter", "zip", "reversed"})


@dataclass(frozen=True)
class PureMethodCall:
    """``receiver.method(...)`` on a value of an immutable class."""

    owner: str  # ``str``, ``pathlib.Path``
    method: str
    noun: str  # "a new string"; "a value" for questions
    transforms: bool  # returns the receiver's own kind: assign it back


def pure_method_call(call: nodes.Call) -> PureMethodCall | None:
    """What ``call`` is when it is a method of an immutable value whose class
    is certain; None otherwise (or when the class overrides the method)."""
    func = call.func
    if not isinstance(func, nodes.Attribute) or func.attrname not in PURE_METHOD_NAMES:
        return None
    cls = certain_class(func.expr)
    if cls is None:
        return None
    owner = _defining_class(cls, func.attrname)
    kind = IMMUTABLE_TYPES.get(public_qname(owner)) if owner is not None else None
    own = func.attrname in cls.locals and not is_synthetic(cls)
    if kind is None and is_named_tuple(cls) and not own:
        kind = NAMED_TUPLE
    if kind is None or func.attrname not in kind.methods:
        return None
    if _validates(call):
        return None
    transforms = func.attrname in TRANSFORMS
    return PureMethodCall(
        kind.label, func.attrname, kind.noun if transforms else "a value", transforms
    )


# Methods whose exception is a common reason to call them on their own line:
# ``path.relative_to(root)`` checks that path is inside root, ``items.index(x)``
# that x is there.
_VALIDATING_METHODS = frozenset({"relative_to", "index", "rindex"})


def _validates(call: nodes.Call) -> bool:
    """Whether the call is made for the exception it may raise."""
    func = call.func
    assert isinstance(func, nodes.Attribute)
    if func.attrname in _VALIDATING_METHODS:
        return True
    strict = [kw for kw in call.keywords or () if kw.arg == "strict"]
    return func.attrname == "resolve" and bool(strict)


def _defining_class(cls: nodes.ClassDef, method: str) -> nodes.ClassDef | None:
    """The class in ``cls``'s MRO whose ``method`` an instance runs."""
    try:
        hierarchy = cls.mro()
    except (AstroidError, RecursionError, TypeError):
        return None
    for klass in hierarchy:
        if method in klass.locals:
            return klass
        if public_qname(klass) in IMMUTABLE_TYPES:
            # astroid's stubs for builtins and C types list few methods.
            return klass
    return None


def pure_builtin(call: nodes.Call) -> str | None:
    """The name of the pure builtin ``call`` calls (``sorted``), resolved
    through imports and aliases; None when the name is shadowed."""
    func = call.func
    spelled = func.name if isinstance(func, nodes.Name) else getattr(func, "attrname", "")
    if spelled not in PURE_BUILTINS:
        return None
    names = qualified_names(call)
    for name in names:
        module, _, short = name.rpartition(".")
        if module == "builtins" and short in PURE_BUILTINS:
            return short
    return None


def has_own_protocol(node: nodes.NodeNG) -> bool:
    """Whether ``node`` may hold an instance of a class outside the builtins
    (a ``QuerySet``, a lazy collection), whose ``__len__`` or ``__iter__``
    may act: ``len(queryset)`` on its own line evaluates the query."""
    for value in known_values(node):
        if isinstance(value, bases.Instance) and not isinstance(
            value, (nodes.Const, nodes.List, nodes.Tuple, nodes.Set, nodes.Dict)
        ):
            if class_of(value).root().name != "builtins":
                return True
    return False
