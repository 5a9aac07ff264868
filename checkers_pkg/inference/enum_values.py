"""What ``member.value`` may be when ``member`` is declared as an enum.

astroid answers ``Table.ORDERS.value``, but not ``table.value`` for a
parameter annotated ``table: Table``: that is one of the class's member
values, all constants when the members are assigned literals. (The lead's
``enums.py`` may absorb this; it is kept apart to merge cleanly.)
"""

from __future__ import annotations

from astroid import nodes
from astroid.exceptions import AstroidError

from checkers_pkg.inference import declared_types

_ENUM_BASES = frozenset(
    {"enum.Enum", "enum.IntEnum", "enum.StrEnum", "enum.Flag", "enum.IntFlag"}
)


def declared_member_values(node: nodes.NodeNG) -> tuple[object, ...]:
    """The constant values ``<x>.value`` may take when ``x`` is declared as an
    enum class whose members are all literals; empty when unknown."""
    if not isinstance(node, nodes.Attribute) or node.attrname != "value":
        return ()
    cls = declared_types.declared_class(node.expr)
    if cls is None or not _is_enum(cls):
        return ()
    found = []
    for statement in cls.body:
        if not isinstance(statement, nodes.Assign) or len(statement.targets) != 1:
            continue
        target = statement.targets[0]
        if not isinstance(target, nodes.AssignName) or target.name.startswith("_"):
            continue
        if not isinstance(statement.value, nodes.Const):
            return ()
        found.append(statement.value.value)
    return tuple(found)


def _is_enum(cls: nodes.ClassDef) -> bool:
    try:
        return any(ancestor.qname() in _ENUM_BASES for ancestor in cls.ancestors())
    except (AstroidError, RecursionError):
        return False
