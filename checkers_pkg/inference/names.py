"""Fully qualified names of what an expression refers to.

Two routes lead to a name, and both are kept:

* **import path**: follow names through imports, aliases and module-level
  rebinding, across modules (``sp.run`` -> ``subprocess.run``); this works even
  when the imported library is not installed where pylint runs;
* **definition**: ask astroid what the expression infers to and take its
  qualified name (``requests.get`` -> ``requests.api.get`` when requests is
  installed, ``os.system`` -> ``posix.system``).

Callers match either against their tables, and show the first (most public).
"""

from __future__ import annotations

from collections.abc import Iterable

from astroid import bases, nodes
from astroid.exceptions import AstroidError

from checkers_pkg.inference import instances
from checkers_pkg.inference._cache import memoise_per_node
from checkers_pkg.inference.values import known_values

# Enough for real alias chains (a re-export of a re-export); it also bounds
# the work done on generated or adversarial code.
MAX_ALIAS_DEPTH = 8

_NAMED_DEFINITIONS = (nodes.FunctionDef, nodes.ClassDef, nodes.Module)


def qualified_name(node: nodes.NodeNG) -> str | None:
    """The most public fully qualified name of what ``node`` refers to."""
    names = qualified_names(node)
    return names[0] if names else None


@memoise_per_node(on_cycle=())
def qualified_names(node: nodes.NodeNG) -> tuple[str, ...]:
    """Every fully qualified name ``node`` is known by, most public first.

    ``node`` is an expression (usually a call's ``func``) or a ``Call`` itself,
    in which case its callee is named. Empty when nothing is known or when the
    candidates astroid infers disagree.
    """
    if isinstance(node, nodes.Call):
        node = node.func
    names = _import_paths(node, 0)
    if not names and isinstance(node, nodes.Attribute):
        names = list(instances.instance_member_names(node.expr, node.attrname))
    names.extend(_definition_names(node))
    return tuple(dict.fromkeys(names))


def _definition_names(node: nodes.NodeNG) -> list[str]:
    """The qualified name of the single definition astroid infers ``node`` to."""
    names: set[str] = set()
    for value in known_values(node):
        name = definition_qname(value)
        if name is None:
            return []
        names.add(name)
    return list(names) if len(names) == 1 else []


def definition_qname(value: object) -> str | None:
    """``qname()`` of a function, method, class or module value; else None."""
    value = unwrap_method(value)
    if isinstance(value, _NAMED_DEFINITIONS):
        return value.qname()
    return None


def unwrap_method(value: object) -> object:
    """The ``FunctionDef`` behind a bound or unbound method object."""
    while isinstance(value, (bases.BoundMethod, bases.UnboundMethod)):
        value = value._proxied
    return value


def _import_paths(node: nodes.NodeNG, depth: int) -> list[str]:
    """Dotted paths of ``node`` obtained by reading imports and assignments.

    Only modules, classes and functions have such a path; an instance's
    attributes are named by its type, one step at a time, in
    ``qualified_names``.
    """
    if depth > MAX_ALIAS_DEPTH:
        return []
    if isinstance(node, nodes.Name):
        return _paths_of_name(node, node.name, depth)
    if isinstance(node, nodes.Attribute):
        owners = _import_paths(node.expr, depth + 1)
        return [f"{owner}.{node.attrname}" for owner in owners]
    return []


def _paths_of_name(node: nodes.LookupMixIn, name: str, depth: int) -> list[str]:
    try:
        _, bindings = node.lookup(name)
    except AstroidError:
        return []
    return _agreed_paths(_paths_of_binding(binding, name, depth) for binding in bindings)


def _agreed_paths(alternatives: Iterable[list[str]]) -> list[str]:
    """The names shared by every binding; a name bound to different things
    in different places (or not understood in one of them) is not one name."""
    agreed: list[str] | None = None
    for paths in alternatives:
        if not paths or (agreed is not None and set(paths) != set(agreed)):
            return []
        agreed = agreed or paths
    return agreed or []


def _paths_of_binding(binding: nodes.NodeNG, name: str, depth: int) -> list[str]:
    if isinstance(binding, nodes.Import):
        return [_imported_module_path(binding, name)]
    if isinstance(binding, nodes.ImportFrom):
        return _paths_of_import_from(binding, name, depth)
    if isinstance(binding, (nodes.FunctionDef, nodes.ClassDef)):
        return [binding.qname()]
    if isinstance(binding, nodes.AssignName):
        value = alias_value(binding)
        if value is not None:
            return _import_paths(value, depth + 1)
    return []


def alias_value(binding: nodes.AssignName) -> nodes.NodeNG | None:
    """The right-hand side of ``name = other.name`` (a plain alias), if it is one."""
    statement = binding.parent
    if isinstance(statement, nodes.Assign) and binding in statement.targets:
        value = statement.value
    elif isinstance(statement, nodes.AnnAssign) and statement.value is not None:
        value = statement.value
    else:
        return None
    return value if isinstance(value, (nodes.Name, nodes.Attribute)) else None


def _imported_module_path(binding: nodes.Import, name: str) -> str:
    for module_name, alias in binding.names:
        if alias == name:
            return module_name
    # ``import a.b.c`` binds ``a``.
    return name


def _paths_of_import_from(binding: nodes.ImportFrom, name: str, depth: int) -> list[str]:
    imported = next(
        (real for real, alias in binding.names if (alias or real) == name), name
    )
    module_name = absolute_module_name(binding)
    if module_name is None:
        return []
    written = f"{module_name}.{imported}"
    return [written, *_follow_into_module(binding, module_name, imported, depth)]


def absolute_module_name(binding: nodes.ImportFrom) -> str | None:
    """The absolute name of the module a ``from ... import`` reads."""
    if not binding.level:
        return binding.modname
    try:
        return binding.root().relative_to_absolute_name(binding.modname, binding.level)
    except AstroidError:
        return None


def _follow_into_module(
    binding: nodes.ImportFrom, module_name: str, imported: str, depth: int
) -> list[str]:
    """Where ``imported`` is itself an import or alias in that module, follow it.

    ``from helpers import sleep`` where ``helpers`` says ``sleep = time.sleep``
    names ``time.sleep``. Modules astroid cannot load give no answer here.
    """
    try:
        module = binding.do_import_module(module_name)
    except (AstroidError, RecursionError):
        return []
    return _agreed_paths(
        _paths_of_binding(assignment, imported, depth + 1)
        for assignment in module.locals.get(imported, ())
    )
