"""Whether ``target = target.method()`` can be written back: a read-only
attribute (a property without a setter, a frozen dataclass field) cannot.
"""

from __future__ import annotations

from astroid import nodes

from checkers_pkg.checkers.correctness.certain_class import (
    PATH_PROPERTIES,
    named_tuple_field_annotations,
    owner_class,
    property_getter,
)
from checkers_pkg.checkers.correctness.immutable_types import PATH_CLASSES
from checkers_pkg.inference.enums import is_enum_class
from checkers_pkg.inference.public_names import public_qname


def is_read_only_attribute(node: nodes.NodeNG) -> bool:
    """Whether ``node`` reads a property, a path's ``parent``, a field of a
    ``typing.NamedTuple`` or of a frozen dataclass: assigning a new value back
    would not (or cannot) set it."""
    if not isinstance(node, nodes.Attribute):
        return False
    if named_tuple_field_annotations(node):
        return True
    owner = owner_class(node)
    if owner is None:
        return False
    if is_enum_class(owner):
        return True  # a member's ``value`` and ``name`` cannot be set
    if public_qname(owner) in PATH_CLASSES:
        return node.attrname in PATH_PROPERTIES
    return _is_frozen(owner) or property_getter(owner, node.attrname) is not None


def _is_frozen(cls: nodes.ClassDef) -> bool:
    """A frozen dataclass or attrs class (``@dataclass(frozen=True)``,
    ``@attrs.frozen``): setting a field raises."""
    for decorator in cls.decorators.nodes if cls.decorators else ():
        if isinstance(decorator, nodes.Call):
            if any(
                keyword.arg == "frozen" and isinstance(keyword.value, nodes.Const)
                and keyword.value.value is True
                for keyword in decorator.keywords or ()
            ):
                return True
            decorator = decorator.func
        if isinstance(decorator, (nodes.Name, nodes.Attribute)) and (
            decorator.as_string().rsplit(".", 1)[-1] == "frozen"
        ):
            return True
    return False
