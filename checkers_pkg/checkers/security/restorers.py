"""Whether a ``restore`` call is jsonpickle's loader: ``Unpickler(...)``
builds an object from the classes its input names when ``restore`` runs
(``jsonpickle.decode`` is a shortcut for it). Read from import paths, so the
answer is the same whether jsonpickle is installed or not.
"""

from __future__ import annotations

from astroid import nodes

from checkers_pkg.inference.definitions import origins
from checkers_pkg.inference.names import qualified_names
from checkers_pkg.inference.values import returned_values, single_known_value

JSONPICKLE_RESTORE = "jsonpickle.unpickler.Unpickler.restore"
JSONPICKLE_UNPICKLERS = frozenset({"jsonpickle.unpickler.Unpickler", "jsonpickle.Unpickler"})
MAX_FACTORY_DEPTH = 4


def restored_by(call: nodes.Call) -> tuple[str, ...]:
    """``(JSONPICKLE_RESTORE,)`` when ``call`` is ``<x>.restore(...)`` and
    ``x`` was built by jsonpickle's ``Unpickler(...)``: a call written there
    (``Unpickler().restore(data)``), a name or attribute every definition of
    which is one (a module constant of another module too), or a factory of
    the linted code that returns one."""
    func = call.func
    if not (isinstance(func, nodes.Attribute) and func.attrname == "restore"):
        return ()
    return (JSONPICKLE_RESTORE,) if _builds_unpickler(func.expr, 0) else ()


def _builds_unpickler(node: nodes.NodeNG, depth: int) -> bool:
    if depth > MAX_FACTORY_DEPTH:
        return False
    if isinstance(node, nodes.Call):
        if JSONPICKLE_UNPICKLERS.intersection(qualified_names(node.func)):
            return True
        factory = single_known_value(node.func)
        if not isinstance(factory, nodes.FunctionDef) or isinstance(factory, nodes.Lambda):
            return False
        returned = returned_values(factory)
        return bool(returned) and all(
            value is not None and _builds_unpickler(value, depth + 1) for value in returned
        )
    if not isinstance(node, (nodes.Name, nodes.Attribute)):
        return False
    found = origins(node)
    return bool(found) and all(
        origin.value is not None
        and origin.value is not node
        and _builds_unpickler(origin.value, depth + 1)
        for origin in found
    )


__all__ = ["JSONPICKLE_RESTORE", "restored_by"]
