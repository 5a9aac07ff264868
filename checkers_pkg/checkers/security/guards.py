"""Has the function checked this value against a constant collection on
every path to here?

``if unit not in ALLOWED: raise ValueError(unit)`` (or ``return``, or
``abort(...)``-style calls that never return are not known: only ``raise``
and ``return`` count, and ``continue``/``break`` in a loop for a read inside
that loop) makes ``unit`` one of ``ALLOWED``'s items afterwards; so does
reading it inside ``if unit in ALLOWED:``. An ``assert`` does not count:
``python -O`` removes it.
"""

from __future__ import annotations

from astroid import nodes

from checkers_pkg.inference.strings import string_value
from checkers_pkg.inference.values import bindings_of, known_values


def is_validated(read: nodes.Name) -> bool:
    """Whether ``read`` (a name) is checked against a constant collection on
    every path from its bindings to here."""
    bindings = bindings_of(read)
    if not bindings:
        return False
    last_binding = max((binding.lineno or 0) for binding in bindings)
    frame = read.frame()
    child, parent = read, read.parent
    while parent is not None and parent is not frame.parent:
        if isinstance(parent, nodes.If) and child in parent.body and _member_test(
            parent.test, read.name, negated=False
        ) and (parent.lineno or 0) > last_binding:
            return True
        block = _block_of(parent, child)
        if block is not None:
            index = block.index(child)
            for earlier in block[:index]:
                if (earlier.lineno or 0) > last_binding and _rejects(earlier, read.name):
                    return True
        if parent is frame:
            break
        child, parent = parent, parent.parent
    return False


def _block_of(parent: nodes.NodeNG, child: nodes.NodeNG) -> list[nodes.NodeNG] | None:
    for field in ("body", "orelse", "handlers", "finalbody"):
        block = getattr(parent, field, None)
        if isinstance(block, list) and child in block:
            return block
    return None


def _rejects(statement: nodes.NodeNG, name: str) -> bool:
    """``if name not in CONSTANTS: raise/return`` with no else."""
    if not isinstance(statement, nodes.If) or statement.orelse:
        return False
    if not _member_test(statement.test, name, negated=True):
        return False
    last = statement.body[-1] if statement.body else None
    return isinstance(last, (nodes.Raise, nodes.Return, nodes.Continue, nodes.Break))


def _member_test(test: nodes.NodeNG, name: str, negated: bool) -> bool:
    """``name in C`` (``not in`` when ``negated``; ``not (name in C)`` too)
    where C is a constant collection."""
    if isinstance(test, nodes.UnaryOp) and test.op == "not":
        return _member_test(test.operand, name, not negated)
    if not isinstance(test, nodes.Compare) or len(test.ops) != 1:
        return False
    operator, collection = test.ops[0]
    wanted = "not in" if negated else "in"
    return (
        operator == wanted
        and isinstance(test.left, nodes.Name)
        and test.left.name == name
        and is_constant_collection(collection)
    )


def is_constant_collection(node: nodes.NodeNG) -> bool:
    """A tuple, list, set, frozenset or dict (its keys) of constant strings
    or numbers, as astroid infers it (through names and modules)."""
    values = known_values(node)
    if not values:
        return False
    for value in values:
        items = _items(value)
        if not items or not all(_constant_item(item) for item in items):
            return False
    return True


def _items(value: object) -> list[nodes.NodeNG] | None:
    if isinstance(value, nodes.Dict):
        return [key for key, _ in value.items]
    elts = getattr(value, "elts", None)  # a display, or astroid's FrozenSet
    return list(elts) if isinstance(elts, list) else None


def _constant_item(item: nodes.NodeNG) -> bool:
    if isinstance(item, nodes.Const):
        return isinstance(item.value, (str, int))
    return string_value(item).is_constant
