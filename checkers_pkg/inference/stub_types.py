"""The class of a call's or an operation's result, from typeshed's stubs,
where astroid infers nothing (C-implemented methods, builtins it does not
model): ``(price * qty).quantize(cent)`` is a ``Decimal``,
``stream.getvalue()`` a ``str``, ``copy.copy(rows)`` whatever ``rows`` is.

The receiver's and the arguments' classes come from the caller, who decides
how sure it must be (``certain_class`` for ``ignored-return-value``).
"""

from __future__ import annotations

from collections.abc import Callable

from astroid import nodes
from astroid.exceptions import AstroidError
from astroid.manager import AstroidManager

from checkers_pkg.inference.names import qualified_names
from checkers_pkg.inference.public_names import public_name, public_qname
from checkers_pkg.inference.stubs import (
    NOT_CONSTANT,
    CallConstants,
    ReturnKind,
    has_overloads,
    stub_return,
)
from checkers_pkg.inference.values import inferred_values, single_known_value

ClassOf = Callable[[nodes.NodeNG], "nodes.ClassDef | None"]

# Declared returns that say nothing about what the value can do.
_UNINFORMATIVE = frozenset({"typing.Any", "builtins.object", "_typeshed.Incomplete"})
_NEXT = "builtins.next"
_OPERATORS = {
    "+": "__add__",
    "-": "__sub__",
    "*": "__mul__",
    "/": "__truediv__",
    "//": "__floordiv__",
    "%": "__mod__",
    "**": "__pow__",
    "&": "__and__",
    "|": "__or__",
    "^": "__xor__",
}


def result_class(node: nodes.NodeNG, class_of: ClassOf) -> nodes.ClassDef | None:
    """The class the stubs declare for ``node``'s result (a call or a binary
    operation), the receiver's and arguments' classes given by ``class_of``."""
    if isinstance(node, nodes.BinOp) and node.op in _OPERATORS:
        left = class_of(node.left)
        if left is None:
            return None
        return _from_stub(
            f"{public_qname(left)}.{_OPERATORS[node.op]}", left, node, [], class_of
        )
    if not isinstance(node, nodes.Call):
        return None
    func = node.func
    if isinstance(func, nodes.Attribute):
        receiver = single_known_value(func.expr)
        if isinstance(receiver, nodes.ClassDef):  # ``datetime.now()``: a classmethod
            return _from_stub(
                f"{public_qname(receiver)}.{func.attrname}",
                receiver,
                node,
                node.args,
                class_of,
            )
        owner = class_of(func.expr)
        if owner is not None:
            return _from_stub(
                f"{public_qname(owner)}.{func.attrname}", owner, node, node.args, class_of
            )
    names = qualified_names(func)
    if _NEXT in names and node.args:  # ``next(rows)`` is ``type(rows).__next__(rows)``
        owner = class_of(node.args[0])
        return (
            _from_stub(f"{public_qname(owner)}.__next__", owner, node, [], class_of)
            if owner is not None
            else None
        )
    for name in names:
        found = _from_stub(public_name(name), None, node, node.args, class_of)
        if found is not None:
            return found
    return None


def _from_stub(
    qualified: str,
    receiver: nodes.ClassDef | None,
    node: nodes.NodeNG,
    arguments: list[nodes.NodeNG],
    class_of: ClassOf,
) -> nodes.ClassDef | None:
    declared = stub_return(qualified)
    if declared is None and isinstance(node, nodes.Call) and arguments is node.args:
        # overloads told apart by what the call passes (``open(p, "rb")``)
        constants = _call_constants(node) if has_overloads(qualified) else None
        declared = stub_return(qualified, constants) if constants is not None else None
    if declared is None:
        return None
    if declared.kind is ReturnKind.SELF:
        return receiver
    if declared.kind is ReturnKind.ARGUMENT:
        position = declared.position or 0
        return class_of(arguments[position]) if position < len(arguments) else None
    if declared.kind is ReturnKind.CLASS and declared.class_name not in _UNINFORMATIVE:
        return class_named(declared.class_name or "")
    del node
    return None


def _call_constants(call: nodes.Call) -> CallConstants | None:
    """The call's arguments as far as each is one constant; None when it
    unpacks (``*args``, ``**options``) and what reaches which parameter is unknown."""
    keywords = call.keywords or []
    if any(isinstance(arg, nodes.Starred) for arg in call.args) or any(
        keyword.arg is None for keyword in keywords
    ):
        return None
    return CallConstants(
        tuple(_constant(arg) for arg in call.args),
        tuple((keyword.arg or "", _constant(keyword.value)) for keyword in keywords),
    )


def _constant(node: nodes.NodeNG) -> object:
    """The one constant every inferred value of ``node`` is, or ``NOT_CONSTANT``
    (an unknown candidate included: ``os.environ.get("MODE", "r")``)."""
    values = inferred_values(node)
    if not values or not all(isinstance(value, nodes.Const) for value in values):
        return NOT_CONSTANT
    found = {(type(value.value), value.value) for value in values}  # type: ignore[union-attr]
    return found.pop()[1] if len(found) == 1 else NOT_CONSTANT


def class_named(qualified: str) -> nodes.ClassDef | None:
    """astroid's class for a qualified name (``decimal.Decimal``), from a
    module astroid has already built; None otherwise. A stub names classes
    of modules the linted code may never touch (``os``, ``socket``):
    building them only to type a value costs more memory than it answers."""
    module_name, _, name = qualified.rpartition(".")
    manager = AstroidManager()
    if module_name not in manager.astroid_cache:
        return None
    try:
        module = manager.astroid_cache[module_name]
        found = module.getattr(name)
    except (AstroidError, RecursionError, SyntaxError):
        return None
    for value in found:
        if isinstance(value, nodes.ClassDef):
            return value
        if isinstance(value, (nodes.ImportFrom, nodes.AssignName)):
            inferred = single_known_value(value) if isinstance(value, nodes.AssignName) else None
            if isinstance(inferred, nodes.ClassDef):
                return inferred
    try:
        inferred = next(module.igetattr(name))
    except (AstroidError, RecursionError, StopIteration):
        return None
    return inferred if isinstance(inferred, nodes.ClassDef) else None
