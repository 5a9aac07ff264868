"""What class an expression is an instance of.

Astroid answers when it can see the class. When it cannot (the library is not
installed where pylint runs, or a C function returns it), an instance built by a
visible call still has a name: ``s = requests.Session()`` holds a
``requests.Session``, and ``s.get`` is ``requests.Session.get``.
"""

from __future__ import annotations

from astroid import bases, nodes
from astroid.exceptions import AstroidError

from checkers_pkg.inference import names
from checkers_pkg.inference._cache import memoise_per_node
from checkers_pkg.inference.values import known_values, single_known_value

MAX_HIERARCHY_DEPTH = 16


def instance_type(node: nodes.NodeNG) -> str | None:
    """The qualified class name of the instance ``node`` holds, if known."""
    type_names = instance_type_names(node)
    return type_names[0] if type_names else None


@memoise_per_node(on_cycle=None)
def instance_class(node: nodes.NodeNG) -> nodes.ClassDef | None:
    """The class of the instance ``node`` holds, when every known candidate agrees."""
    classes = set()
    for value in _informative_values(node):
        if not isinstance(value, bases.Instance):
            return None
        classes.add(value._proxied)
    return classes.pop() if len(classes) == 1 else None


@memoise_per_node(on_cycle=())
def instance_type_names(node: nodes.NodeNG) -> tuple[str, ...]:
    """Qualified class names of the instance ``node`` holds, most public first."""
    cls = instance_class(node)
    if cls is not None:
        return (cls.qname(),)
    if _informative_values(node):
        return ()
    return constructed_type_paths(node)


def _informative_values(node: nodes.NodeNG) -> tuple[object, ...]:
    """Known values, less the ``None`` placeholders of ``self.x = None`` /
    ``x: T | None = None`` that say nothing about the type held later."""
    return tuple(
        value
        for value in known_values(node)
        if not (isinstance(value, nodes.Const) and value.value is None)
    )


def instance_member_names(node: nodes.NodeNG, member: str) -> tuple[str, ...]:
    """Names of ``<node>.<member>`` when ``node`` is an instance.

    ``MySession().get`` is named by the instance's class and by the class that
    defines ``get``, even when that base class cannot be loaded
    (``class MySession(requests.Session)`` gives ``requests.Session.get``).
    """
    cls = instance_class(node)
    if cls is None:
        return tuple(f"{path}.{member}" for path in instance_type_names(node))
    found = [f"{cls.qname()}.{member}", *_defining_class_paths(cls, member, 0)]
    return tuple(dict.fromkeys(found))


def _defining_class_paths(cls: nodes.ClassDef, member: str, depth: int) -> list[str]:
    if member in cls.locals:
        return [f"{cls.qname()}.{member}"]
    if depth > MAX_HIERARCHY_DEPTH:
        return []
    for base in cls.bases:
        base_class = single_known_value(base)
        if isinstance(base_class, nodes.ClassDef):
            found = _defining_class_paths(base_class, member, depth + 1)
        else:
            found = [f"{path}.{member}" for path in names.qualified_names(base)]
        if found:
            return found
    return []


@memoise_per_node(on_cycle=())
def constructed_type_paths(node: nodes.NodeNG) -> tuple[str, ...]:
    """Names of the callable whose call built the value ``node`` holds.

    Read from the assignments that reach ``node``: ``x = Factory()``,
    ``with Factory() as x`` and ``self.x = Factory()`` anywhere in the class.
    All reaching assignments must agree.
    """
    constructors = _constructor_calls(node)
    agreed: tuple[str, ...] | None = None
    for call in constructors:
        if call is _PLACEHOLDER:
            continue
        paths = names.qualified_names(call.func) if isinstance(call, nodes.Call) else ()
        if not paths or (agreed is not None and set(paths) != set(agreed)):
            return ()
        agreed = agreed or paths
    return agreed or ()


def _constructor_calls(node: nodes.NodeNG) -> list[nodes.Call | object | None]:
    """The calls whose results reach ``node``; ``None`` marks anything else."""
    if isinstance(node, nodes.Name):
        try:
            _, bindings = node.lookup(node.name)
        except AstroidError:
            return []
        return [_call_bound_by(binding) for binding in bindings]
    if isinstance(node, nodes.Attribute):
        owner = instance_class(node.expr)
        if owner is not None:
            return [_call_bound_by(binding) for binding in _attribute_bindings(owner, node.attrname)]
    return []


def _attribute_bindings(cls: nodes.ClassDef, attribute: str) -> list[nodes.NodeNG]:
    """Assignments to ``attribute`` in the nearest class of the hierarchy that has any."""
    try:
        hierarchy = [cls, *cls.ancestors()]
    except (AstroidError, RecursionError):
        hierarchy = [cls]
    for klass in hierarchy[:MAX_HIERARCHY_DEPTH]:
        bindings = [*klass.instance_attrs.get(attribute, ()), *klass.locals.get(attribute, ())]
        if bindings:
            return bindings
    return []


_PLACEHOLDER = object()


def _call_bound_by(binding: nodes.NodeNG) -> nodes.Call | object | None:
    """The call whose result ``binding`` receives; ``_PLACEHOLDER`` for ``= None``."""
    statement = binding.parent
    value: nodes.NodeNG | None = None
    if isinstance(statement, (nodes.Assign, nodes.AnnAssign)) and binding is not statement.value:
        targets = statement.targets if isinstance(statement, nodes.Assign) else [statement.target]
        value = statement.value if binding in targets else None
    elif isinstance(statement, nodes.With):
        value = next((ctx for ctx, target in statement.items if target is binding), None)
    if isinstance(value, nodes.Const) and value.value is None:
        return _PLACEHOLDER
    return value if isinstance(value, nodes.Call) else None
