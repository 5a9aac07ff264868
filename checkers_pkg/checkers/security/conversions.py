"""Helpers of the linted code that hand their argument's text back,
converted: ``to_bytes(x)``, ``to_text(x, errors="strict")`` (ansible's
``module_utils``), ``def as_str(v): return str(v)``. The text reaching a sink
through one of them is the argument's: quoted when the argument is quoted,
a parameter when the argument is one.
"""

from __future__ import annotations

from astroid import nodes

from checkers_pkg.inference._cache import memoise_per_node
from checkers_pkg.inference.imports import definition_by_imports, local_definition
from checkers_pkg.inference.labels import is_linted_code
from checkers_pkg.inference.values import positional_parameters, returned_values

_CONVERTING_METHODS = frozenset({"encode", "decode"})
_CONVERTING_FUNCTIONS = frozenset({"str", "bytes"})


def converted_argument(call: nodes.Call) -> nodes.NodeNG | None:
    """The argument whose text ``call`` hands back, when it calls such a helper."""
    if not call.args or isinstance(call.args[0], nodes.Starred):
        return None
    if not isinstance(call.func, (nodes.Name, nodes.Attribute)):
        return None
    callee = local_definition(call.func) or definition_by_imports(call.func)
    if not isinstance(callee, nodes.FunctionDef) or not is_linted_code(callee.root()):
        return None
    return call.args[0] if _returns_first_argument(callee) else None


@memoise_per_node(on_cycle=False)
def _returns_first_argument(func: nodes.FunctionDef) -> bool:
    if func.decorators or func.is_generator() or func.type != "function":
        return False
    parameters = positional_parameters(func)
    if not parameters:
        return False
    returned = returned_values(func)
    return bool(returned) and all(
        value is not None and _converts(value, parameters[0].name) for value in returned
    )


def _converts(value: nodes.NodeNG, name: str) -> bool:
    """``name``, ``name.encode(...)``, ``str(name)``, or a choice of those."""
    if isinstance(value, nodes.Name):
        return value.name == name
    if isinstance(value, nodes.IfExp):
        return _converts(value.body, name) and _converts(value.orelse, name)
    if not isinstance(value, nodes.Call):
        return False
    func = value.func
    if isinstance(func, nodes.Attribute) and func.attrname in _CONVERTING_METHODS:
        return _converts(func.expr, name)
    if isinstance(func, nodes.Name) and func.name in _CONVERTING_FUNCTIONS:
        return len(value.args) == 1 and _converts(value.args[0], name)
    return False
