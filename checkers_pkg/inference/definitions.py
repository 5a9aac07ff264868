"""Where a value was defined: the expressions that give a name, attribute or
subscript its value, followed across modules without running anything.

``from .labels import TITLE`` reads ``TITLE = N_("Title")`` in ``labels.py``;
``STATES[key]`` reads the values of the ``STATES = {...}`` display; a ``for``
target reads the elements of the tuple it iterates. Each answer is an
``Origin``: the defining expression (or ``def``), and the import paths the
value was reached through, so a caller can still recognise a library
function it cannot load (``django.utils.translation.gettext`` when Django is
not installed). A parameter is its own origin (its ``AssignName``: callers decide);
``Origin(None)`` means "not known here" (an augmented assignment, a module
that cannot be loaded).
"""

from __future__ import annotations

from dataclasses import dataclass

from astroid import nodes
from astroid.exceptions import AstroidError

from checkers_pkg.inference._cache import memoise_per_node
from checkers_pkg.inference.instances import attribute_bindings, instance_class
from checkers_pkg.inference.names import absolute_module_name, import_paths, imported_name
from checkers_pkg.inference.records import field_value
from checkers_pkg.inference.values import assigned_value, bindings_of, single_known_value

# Re-exports of re-exports and containers of names: real chains are short.
MAX_ORIGIN_DEPTH = 12
# A display bigger than this is data, not a handful of messages.
MAX_ELEMENTS = 256


@dataclass(frozen=True)
class Origin:
    """One way a value was defined."""

    value: nodes.NodeNG | None
    paths: tuple[str, ...] = ()

    @property
    def is_known(self) -> bool:
        """Whether the defining expression was found."""
        return self.value is not None


UNKNOWN_ORIGIN = Origin(None)


def is_parameter(origin: Origin) -> bool:
    """Whether the value is a parameter of the function it is read in."""
    value = origin.value
    return isinstance(value, nodes.AssignName) and isinstance(value.parent, nodes.Arguments)


def origins(node: nodes.NodeNG, depth: int = 0) -> tuple[Origin, ...]:
    """The definitions that may give ``node`` its value; never empty.

    ``depth`` is how deep the caller's own recursion already is: one budget
    for the whole chain keeps the stack short (astroid builds modules we
    import on top of it)."""
    return _origins(node, depth)


def binding_origins(binding: nodes.NodeNG, name: str) -> tuple[Origin, ...]:
    """The definitions one binding of ``name`` gives it (``from m import
    name`` followed to ``m``'s assignment); never empty."""
    return _binding_origins(binding, name, 0) or (UNKNOWN_ORIGIN,)


@memoise_per_node(on_cycle=(UNKNOWN_ORIGIN,))
def _origins(node: nodes.NodeNG, depth: int) -> tuple[Origin, ...]:
    if depth > MAX_ORIGIN_DEPTH:
        return (UNKNOWN_ORIGIN,)
    depth += 1
    if isinstance(node, nodes.Name):
        found = _name_origins(node, depth)
    elif isinstance(node, nodes.Attribute):
        found = _attribute_origins(node, depth)
    elif isinstance(node, nodes.Subscript):
        found = _subscript_origins(node, depth)
    elif _is_dict_get(node):
        found = _dict_get_origins(node, depth)
    else:
        found = (Origin(node),)
    return found or (UNKNOWN_ORIGIN,)


def _name_origins(node: nodes.Name, depth: int) -> tuple[Origin, ...]:
    bindings = bindings_of(node)
    if not bindings:
        return ()
    return tuple(
        origin for binding in bindings for origin in _binding_origins(binding, node.name, depth)
    )


def _binding_origins(binding: nodes.NodeNG, name: str, depth: int) -> tuple[Origin, ...]:
    if depth > MAX_ORIGIN_DEPTH:  # ``from b import x`` in a, ``from a import x`` in b
        return (UNKNOWN_ORIGIN,)
    if isinstance(binding, (nodes.FunctionDef, nodes.ClassDef)):
        return (Origin(binding, (binding.qname(),)),)
    if isinstance(binding, nodes.ImportFrom):
        return _imported_origins(binding, name, depth)
    if isinstance(binding, nodes.Import):
        module = _imported_module(binding, name)
        return (Origin(module, (module.name,)) if module is not None else UNKNOWN_ORIGIN,)
    if not isinstance(binding, (nodes.AssignName, nodes.AssignAttr)):
        return (UNKNOWN_ORIGIN,)
    value = assigned_value(binding)
    if value is not None:
        return _origins(value, depth)
    statement = binding.parent
    if isinstance(statement, nodes.Arguments):
        return (Origin(binding),)  # a parameter: what callers pass
    if isinstance(statement, (nodes.For, nodes.Comprehension)) and statement.target is binding:
        return _iterated_origins(statement.iter, depth)
    if isinstance(statement, nodes.Tuple) and isinstance(
        statement.parent, (nodes.For, nodes.Comprehension)
    ):
        return _unpacked_loop_origins(statement, binding, depth)
    return (UNKNOWN_ORIGIN,)


def _imported_module(binding: nodes.Import, name: str) -> nodes.Module | None:
    for module_name, alias in binding.names:
        if (alias or module_name.split(".")[0]) == name:
            try:
                return binding.do_import_module(module_name if alias else name)
            except (AstroidError, RecursionError):
                return None
    return None


def _imported_origins(binding: nodes.ImportFrom, name: str, depth: int) -> tuple[Origin, ...]:
    """``from module import name``: the bindings of ``name`` in ``module``,
    or the submodule itself; the written path when it cannot be loaded."""
    imported = imported_name(binding, name)
    module_name = absolute_module_name(binding)
    if module_name is None:
        return (UNKNOWN_ORIGIN,)
    path = f"{module_name}.{imported}"
    module = _load(binding, module_name)
    if module is None:
        return (Origin(None, (path,)),)
    assignments = module.locals.get(imported, ())
    if not assignments:
        submodule = _load(binding, path)
        return (Origin(submodule, (path,)) if submodule else Origin(None, (path,)),)
    found = []
    for assignment in assignments:
        for origin in _binding_origins(assignment, imported, depth + 1):
            found.append(Origin(origin.value, (path, *origin.paths)))
    return tuple(found)


def _load(binding: nodes.NodeNG, absolute_name: str) -> nodes.Module | None:
    """The module of that absolute name (``do_import_module`` would read it
    relative to a ``from . import``'s level)."""
    try:
        return binding.root().import_module(absolute_name)
    except (AstroidError, RecursionError):
        return None


def _attribute_origins(node: nodes.Attribute, depth: int) -> tuple[Origin, ...]:
    """``module.NAME``, ``Class.NAME``, ``instance.name`` (its class's and
    ``self.name = ...`` assignments); anything else by its import path."""
    passed = field_value(node)
    if passed is not None:  # a record's field: what its constructor call gave
        return _origins(passed, depth + 1)
    paths = import_paths(node)
    owner = single_known_value(node.expr)
    if isinstance(owner, nodes.Module):
        bindings = owner.locals.get(node.attrname, ())
        found = [o for b in bindings for o in _binding_origins(b, node.attrname, depth)]
        return tuple(Origin(o.value, (*paths, *o.paths)) for o in found)
    if isinstance(owner, nodes.ClassDef):
        cls = owner
    else:
        cls = instance_class(node.expr)
    # Unresolved, or a method or property: the attribute itself is as far as
    # definitions go (a callee is recognised from it: ``translations.gettext``).
    if cls is None:
        return (Origin(node, paths),)
    bindings = attribute_bindings(cls, node.attrname)
    if not bindings or any(isinstance(b, nodes.FunctionDef) for b in bindings):
        return (Origin(node, paths),)
    return tuple(o for b in bindings for o in _binding_origins(b, node.attrname, depth))


def _subscript_origins(node: nodes.Subscript, depth: int) -> tuple[Origin, ...]:
    key = node.slice
    found: list[Origin] = []
    for container in _origins(node.value, depth):
        found.extend(_picked(container, key, depth))
    return tuple(found)


def _is_dict_get(node: nodes.NodeNG) -> bool:
    return (
        isinstance(node, nodes.Call) and isinstance(node.func, nodes.Attribute)
        and node.func.attrname == "get" and 1 <= len(node.args) <= 2 and not node.keywords
    )


def _dict_get_origins(node: nodes.Call, depth: int) -> tuple[Origin, ...]:
    """``LABELS.get(key, default)`` on a dict display: the value the key
    picks (every value for an unknown key), and the default."""
    containers = _origins(node.func.expr, depth)  # type: ignore[attr-defined]
    if not all(isinstance(container.value, nodes.Dict) for container in containers):
        return (Origin(node),)
    found = [o for container in containers for o in _picked(container, node.args[0], depth)]
    if len(node.args) == 2:
        found.extend(_origins(node.args[1], depth))
    return tuple(found)


def _picked(container: Origin, key: nodes.NodeNG | None, depth: int) -> list[Origin]:
    """The elements ``container[key]`` may be: the one a constant key picks,
    else every element."""
    value = container.value
    constant = key.value if isinstance(key, nodes.Const) else None
    if isinstance(value, nodes.Dict):
        if any(item_key is None or isinstance(item_key, nodes.DictUnpack)
               for item_key, _ in value.items) or len(value.items) > MAX_ELEMENTS:
            return [UNKNOWN_ORIGIN]
        if constant is not None:
            chosen = [
                v for k, v in value.items if isinstance(k, nodes.Const) and k.value == constant
            ]
            if chosen:
                return list(_origins(chosen[-1], depth))
        return [o for _, v in value.items for o in _origins(v, depth)]
    if isinstance(value, (nodes.List, nodes.Tuple)):
        if isinstance(constant, int) and -len(value.elts) <= constant < len(value.elts):
            return list(_origins(value.elts[constant], depth))
        return _element_origins(value, depth)
    return [UNKNOWN_ORIGIN]


def _element_origins(display: nodes.NodeNG, depth: int) -> list[Origin]:
    elements = getattr(display, "elts", None)
    if not elements or len(elements) > MAX_ELEMENTS or any(
        isinstance(element, nodes.Starred) for element in elements
    ):
        return [UNKNOWN_ORIGIN]
    return [origin for element in elements for origin in _origins(element, depth)]


def _iterated_origins(iterable: nodes.NodeNG, depth: int) -> tuple[Origin, ...]:
    """What a ``for`` target takes: the elements of the tuples, lists and sets
    the iterable was defined as (a dict gives its keys, its ``values()`` its
    values)."""
    func = iterable.func if isinstance(iterable, nodes.Call) else None
    if isinstance(func, nodes.Attribute) and func.attrname == "values" and not iterable.args:
        return _dict_values(func.expr, depth)
    found: list[Origin] = []
    for container in _origins(iterable, depth):
        value = container.value
        if isinstance(value, nodes.Dict):
            found.extend(o for k, _ in value.items for o in _origins(k, depth))
        elif isinstance(value, (nodes.List, nodes.Tuple, nodes.Set)):
            found.extend(_element_origins(value, depth))
        else:
            found.append(UNKNOWN_ORIGIN)
    return tuple(found)


def _unpacked_loop_origins(
    target: nodes.Tuple, binding: nodes.AssignName, depth: int
) -> tuple[Origin, ...]:
    """``for key, text in TABLE.items()`` and ``for n, text in enumerate(X)``:
    the dict's values or the elements; ``for code, text in PAIRS``: the
    matching element of each pair."""
    loop = target.parent
    if target is not loop.target or binding not in target.elts:
        return (UNKNOWN_ORIGIN,)
    index = target.elts.index(binding)
    iterable = loop.iter
    if len(target.elts) == 2 and index == 1 and isinstance(iterable, nodes.Call):
        func = iterable.func
        if isinstance(func, nodes.Attribute) and func.attrname == "items" and not iterable.args:
            return _dict_values(func.expr, depth)
        if "builtins.enumerate" in import_paths(func) and len(iterable.args) == 1:
            return _iterated_origins(iterable.args[0], depth)
    found: list[Origin] = []
    for element in _iterated_origins(iterable, depth):
        value = element.value
        if isinstance(value, (nodes.Tuple, nodes.List)) and len(value.elts) == len(target.elts):
            found.extend(_origins(value.elts[index], depth))
        else:
            found.append(UNKNOWN_ORIGIN)
    return tuple(found)


def _dict_values(mapping: nodes.NodeNG, depth: int) -> tuple[Origin, ...]:
    found: list[Origin] = []
    for container in _origins(mapping, depth):
        if isinstance(container.value, nodes.Dict):
            found.extend(_picked(container, None, depth))
        else:
            found.append(UNKNOWN_ORIGIN)
    return tuple(found)


__all__ = [
    "MAX_ORIGIN_DEPTH", "Origin", "UNKNOWN_ORIGIN", "binding_origins", "is_parameter", "origins",
]
