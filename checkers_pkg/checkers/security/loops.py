"""Where a loop variable's text comes from: a loop over a parameter (each item
is the caller's), over a constant dict's keys, values or items, or over a
copy of a constant display (``sorted(...)``, ``tuple(...)``).
"""

from __future__ import annotations

from astroid import nodes

from checkers_pkg.checkers.security.built_text import MAX_TRACE_DEPTH
from checkers_pkg.checkers.security.safe_parts import is_constant
from checkers_pkg.inference.instances import class_attribute_values
from checkers_pkg.inference.names import qualified_names
from checkers_pkg.inference.values import assigned_value, bindings_of, known_values


def parameter_iterated(iterable: nodes.NodeNG) -> nodes.AssignName | None:
    """The parameter a loop iterates over directly, if it does."""
    if not isinstance(iterable, nodes.Name):
        return None
    bindings = bindings_of(iterable)
    if len(bindings) == 1 and isinstance(bindings[0].parent, nodes.Arguments):
        binding = bindings[0]
        return binding if isinstance(binding, nodes.AssignName) else None
    return None


def loop_target(
    binding: nodes.NodeNG,
) -> tuple[nodes.For | nodes.Comprehension | None, int | None]:
    """The loop that binds ``binding``, and its index when the target unpacks
    (``for name, version in EXTENSIONS``)."""
    statement = binding.parent
    if isinstance(statement, (nodes.For, nodes.Comprehension)) and statement.target is binding:
        return statement, None
    if isinstance(statement, nodes.Tuple):
        loop = statement.parent
        if isinstance(loop, (nodes.For, nodes.Comprehension)) and loop.target is statement:
            return loop, statement.elts.index(binding)
    return None, None


_COLLECTIONS = frozenset(
    f"builtins.{name}" for name in ("frozenset", "set", "tuple", "list", "sorted")
)


def is_collection_copy(node: nodes.NodeNG) -> bool:
    """``frozenset(x)``, ``tuple(x)``, ``sorted(x)``: the same items as ``x``."""
    return (
        isinstance(node, nodes.Call)
        and isinstance(node.func, nodes.Name)
        and len(node.args) == 1
        and not node.keywords
        and f"builtins.{node.func.name}" in _COLLECTIONS
        and f"builtins.{node.func.name}" in qualified_names(node.func)
    )


def dict_pairs(
    iterable: nodes.NodeNG, depth: int
) -> tuple[str, list[tuple[nodes.NodeNG, nodes.NodeNG]]] | None:
    """What a loop over a constant dict takes: ``("keys", pairs)`` for the
    dict itself, else the view called (``TABLES.values()``), with the dict's
    ``(key, value)`` pairs; None for anything else."""
    view, mapping = "keys", iterable
    if isinstance(iterable, nodes.Call) and isinstance(iterable.func, nodes.Attribute):
        if iterable.args or iterable.func.attrname not in ("keys", "values", "items"):
            return None
        view, mapping = iterable.func.attrname, iterable.func.expr
    displays = [mapping] if isinstance(mapping, nodes.Dict) else []
    if isinstance(mapping, nodes.Name) and depth < MAX_TRACE_DEPTH:
        displays = [assigned_value(binding) for binding in bindings_of(mapping)]
    if not displays or not all(isinstance(d, nodes.Dict) and d.items for d in displays):
        return None
    pairs = [pair for display in displays for pair in display.items]
    if any(isinstance(key, nodes.DictUnpack) for key, _ in pairs):
        return None
    return view, pairs


def constant_items(iterable: nodes.NodeNG) -> bool:
    """Whether every value astroid infers for ``iterable`` (or the class of
    an instance known by its annotation assigns) is a tuple or list display
    of constants: ``for s in self.cfg.SERVICES``."""
    displays = known_values(iterable) or class_attribute_values(iterable)
    return bool(displays) and all(
        isinstance(display, (nodes.Tuple, nodes.List)) and bool(display.elts)
        and all(is_constant(item) for item in display.elts)
        for display in displays
    )
