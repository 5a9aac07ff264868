"""What an instance attribute set from a constructor parameter holds when a
subclass's own ``__init__`` passes that parameter on.

``self.sleep = sleep`` in ``BaseRetrying.__init__(self, sleep=nap)`` holds
``nap`` for a ``BaseRetrying``, but for an ``AsyncRetrying`` whose
``__init__(self, sleep=async_sleep)`` calls ``super().__init__(sleep=sleep)``
it holds ``async_sleep``. astroid reads the base's default either way (as
tenacity's ``await self.sleep(...)`` showed); this module reads the argument
the subclass passes.
"""

from __future__ import annotations

from astroid import nodes
from astroid.exceptions import AstroidError

from checkers_pkg.inference._cache import memoise_per_node
from checkers_pkg.inference.values import assigned_value, bindings_of, positional_parameters


def passed_on_argument(node: nodes.Attribute) -> nodes.NodeNG | None:
    """The expression a subclass's ``__init__`` passes for the base
    ``__init__`` parameter that ``self.<attr>`` is set from, when ``node``
    reads ``self.<attr>`` in a method of that subclass; None when the base's
    own reading stands (no subclass ``__init__`` in between, or it does not
    pass the parameter)."""
    cls = _self_class(node)
    if cls is None:
        return None
    return _passed_on(cls, node.attrname)


def _self_class(node: nodes.Attribute) -> nodes.ClassDef | None:
    if not isinstance(node.expr, nodes.Name):
        return None
    method = node.frame()
    if not isinstance(method, nodes.FunctionDef) or not isinstance(method.parent, nodes.ClassDef):
        return None
    params = positional_parameters(method)
    if not params or params[0].name != node.expr.name:
        return None
    return method.parent


@memoise_per_node(on_cycle=None)
def _passed_on(cls: nodes.ClassDef, attribute: str) -> nodes.NodeNG | None:
    try:
        order = cls.mro()
    except (AstroidError, RecursionError, TypeError):
        return None
    owner, parameter = next(
        ((klass, found) for klass in order if (found := _set_from_parameter(klass, attribute))),
        (None, None),
    )
    if owner is None or owner is cls or parameter is None:
        return None
    for klass in order[: order.index(owner)]:
        init = klass.locals.get("__init__", [None])[0]
        if isinstance(init, nodes.FunctionDef):
            return _argument_for(init, parameter)
    return None


def _set_from_parameter(cls: nodes.ClassDef, attribute: str) -> nodes.AssignName | None:
    """The parameter of ``cls.__init__`` that ``self.<attribute>`` is set
    from, when that is its only assignment in the class."""
    assignments = cls.instance_attrs.get(attribute, [])
    if len(assignments) != 1:
        return None
    init = assignments[0].frame()
    if not isinstance(init, nodes.FunctionDef) or init.name != "__init__" or init.parent is not cls:
        return None
    value = assigned_value(assignments[0])
    if not isinstance(value, nodes.Name):
        return None
    bindings = bindings_of(value)
    if len(bindings) == 1 and isinstance(bindings[0].parent, nodes.Arguments):
        return bindings[0]
    return None


def _argument_for(init: nodes.FunctionDef, parameter: nodes.AssignName) -> nodes.NodeNG | None:
    """What ``init`` passes for ``parameter`` in its ``super().__init__(...)``."""
    base_params = positional_parameters(parameter.parent.parent)[1:]
    for call in init.nodes_of_class(nodes.Call):
        func = call.func
        if not (
            isinstance(func, nodes.Attribute)
            and func.attrname == "__init__"
            and isinstance(func.expr, nodes.Call)
            and isinstance(func.expr.func, nodes.Name)
            and func.expr.func.name == "super"
        ):
            continue
        for keyword in call.keywords or ():
            if keyword.arg == parameter.name:
                return keyword.value
        names = [p.name for p in base_params]
        if parameter.name in names and names.index(parameter.name) < len(call.args):
            argument = call.args[names.index(parameter.name)]
            return None if isinstance(argument, nodes.Starred) else argument
        return None
    return None
