"""Fully qualified names of what an expression refers to, and of the type of
the instance it holds.

Two routes lead to a name, and both are kept:

* **import path**: follow names through imports, aliases and module-level
  rebinding, across modules (``sp.run`` -> ``subprocess.run``); this works even
  when the imported library is not installed where pylint runs;
* **definition**: ask astroid what the expression infers to and take its
  qualified name (``requests.get`` -> ``requests.api.get`` when requests is
  installed, ``os.system`` -> ``posix.system``).

Callers match either against their tables, and show the one they matched.

An instance's type is named the same two ways: by astroid when it can see
the class, else by the call that built it (``s = requests.Session()`` holds a
``requests.Session``, so ``s.get`` is ``requests.Session.get``). The two
questions are one recursion (a method is named by its receiver's type, a type
by its constructor's name), hence one module.
"""

from __future__ import annotations

from collections.abc import Container, Iterable

from astroid import nodes
from astroid.exceptions import AstroidError

from checkers_pkg.inference import instances
from checkers_pkg.inference._cache import memoise_per_node
from checkers_pkg.inference.public_names import public_names, public_qname
from checkers_pkg.inference.summaries import Kind, is_unbuilt_library_module, resolve_path
from checkers_pkg.inference.values import assigned_value, bindings_of, known_values, unwrap_method

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
    return public_names(names)


def candidate_names(call: nodes.Call, short_names: Container[str]) -> tuple[str, ...]:
    """``qualified_names(call)`` when the callee could be one of a table's
    entries, whose last components are ``short_names``; otherwise ``()``.

    The gate keeps inference off the hot path: a plain name is read through
    imports, aliases and rebinding only (an import may rename anything, so no
    short-name test; no inference either), and an attribute is resolved only
    when spelled like an entry (``s.get``, ``loop.create_task``).
    """
    func = call.func
    if isinstance(func, nodes.Name):
        return import_paths(func)
    if isinstance(func, nodes.Attribute) and func.attrname in short_names:
        return qualified_names(func)
    return ()


def short_names_of(names: Iterable[str]) -> frozenset[str]:
    """The last components of qualified names: what ``candidate_names`` gates on."""
    return frozenset(name.rsplit(".", 1)[-1] for name in names)


@memoise_per_node(on_cycle=())
def import_paths(node: nodes.NodeNG) -> tuple[str, ...]:
    """What imports, aliases and module-level rebinding say ``node`` is,
    without inference (cheap, and the same whether a library is installed)."""
    return public_names(_import_paths(node, 0))


def imported_name(binding: nodes.ImportFrom, name: str) -> str:
    """The name ``from m import real as name`` takes from ``m``."""
    return next((real for real, alias in binding.names if (alias or real) == name), name)


@memoise_per_node(on_cycle=())
def written_paths(node: nodes.NodeNG) -> tuple[str, ...]:
    """The dotted paths this module's own imports and aliases say ``node`` may
    be (``sp.run`` -> ``subprocess.run``; ``metadata`` bound by ``from
    importlib import metadata`` and, on another branch, ``import
    importlib_metadata as metadata``, gives both), read without loading any
    other module: what those modules make of the names is for
    ``summaries.resolve_path`` (or astroid) to say. Empty when one binding
    is anything else."""
    if isinstance(node, nodes.Attribute):
        return tuple(f"{owner}.{node.attrname}" for owner in written_paths(node.expr))
    if not isinstance(node, nodes.Name):
        return ()
    found: list[str] = []
    for binding in bindings_of(node):
        paths = _written_paths_of_binding(binding, node.name)
        if not paths:
            return ()
        found.extend(paths)
    return tuple(dict.fromkeys(found))


def _written_paths_of_binding(binding: nodes.NodeNG, name: str) -> tuple[str, ...]:
    if isinstance(binding, nodes.Import):
        # ``import rich.console`` binds ``rich``
        return (imported_module_path(binding, name),)
    if isinstance(binding, nodes.ImportFrom):
        module_name = absolute_module_name(binding)
        return (f"{module_name}.{imported_name(binding, name)}",) if module_name else ()
    if isinstance(binding, nodes.AssignName):
        value = alias_value(binding)
        return written_paths(value) if value is not None else ()
    return ()


def load_module(node: nodes.NodeNG, module_name: str) -> nodes.Module | None:
    """The module of that absolute name (astroid builds each once per run)."""
    try:
        return node.root().import_module(module_name, level=None)
    except (AstroidError, RecursionError, SyntaxError, ValueError):
        return None


def _definition_names(node: nodes.NodeNG) -> list[str]:
    """The qualified name of the single definition astroid infers ``node`` to
    (twins of one public name, ``posixpath.join`` and ``ntpath.join``, agree)."""
    names: set[str] = set()
    for value in known_values(node):
        name = definition_qname(value)
        if name is None:
            return []
        names.add(name)
    return list(names) if len(names) == 1 else []


def definition_qname(value: object) -> str | None:
    """The public ``qname()`` of a function, method, class or module value;
    else None."""
    value = unwrap_method(value)
    if isinstance(value, _NAMED_DEFINITIONS):
        return public_qname(value)
    return None


def _import_paths(node: nodes.NodeNG, depth: int) -> list[str]:
    """Dotted paths of ``node`` obtained by reading imports and assignments.

    Only modules, classes and functions have such a path; an instance's
    attributes are named by its type, one step at a time, in
    ``qualified_names``.
    """
    if depth > MAX_ALIAS_DEPTH:
        return []
    if isinstance(node, nodes.Name):
        return agreed_paths(
            binding_paths(binding, node.name, depth) for binding in bindings_of(node)
        )
    if isinstance(node, nodes.Attribute):
        owners = _import_paths(node.expr, depth + 1)
        return [f"{owner}.{node.attrname}" for owner in owners]
    return []


def agreed_paths(alternatives: Iterable[list[str]]) -> list[str]:
    """The names shared by every binding; a name bound to different things
    in different places (or not understood in one of them) is not one name."""
    agreed: list[str] | None = None
    for paths in alternatives:
        if not paths or (agreed is not None and set(paths) != set(agreed)):
            return []
        agreed = agreed or paths
    return agreed or []


def binding_paths(binding: nodes.NodeNG, name: str, depth: int) -> list[str]:
    # Every route of this recursion passes here: bound here, whatever cycles
    # imports form (astroid shows C ``_functools.partial`` as imported from
    # ``functools``, which imports it from ``_functools``).
    if depth > MAX_ALIAS_DEPTH:
        return []
    if isinstance(binding, nodes.Import):
        return [imported_module_path(binding, name)]
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
    value = assigned_value(binding)
    return value if isinstance(value, (nodes.Name, nodes.Attribute)) else None


def imported_module_path(binding: nodes.Import, name: str) -> str:
    for module_name, alias in binding.names:
        if alias == name:
            return module_name
    # ``import a.b.c`` binds ``a``.
    return name


def _paths_of_import_from(binding: nodes.ImportFrom, name: str, depth: int) -> list[str]:
    imported = imported_name(binding, name)
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


def _library_definition_path(module_name: str, imported: str) -> str | None:
    """Where a library module's name is defined (``requests.get`` ->
    ``requests.api.get``) when its summary says it is a plain function or a
    class: no astroid build of a module nothing else asked for."""
    if not is_unbuilt_library_module(module_name):
        return None
    resolved = resolve_path(f"{module_name}.{imported}")
    if resolved is None or resolved.kind is Kind.MODULE:
        return None
    return resolved.path


def _follow_into_module(
    binding: nodes.ImportFrom, module_name: str, imported: str, depth: int
) -> list[str]:
    """Where ``imported`` is itself an import or alias in that module, follow it.

    ``from helpers import sleep`` where ``helpers`` says ``sleep = time.sleep``
    names ``time.sleep``. Modules astroid cannot load give no answer here.
    """
    library_definition = _library_definition_path(module_name, imported)
    if library_definition is not None:
        return [library_definition]
    # By absolute name: ``do_import_module`` would read it relative to the
    # binding's level again (a package ``__init__``'s ``from .io import x``).
    module = load_module(binding, module_name)
    if module is None:
        return []
    return agreed_paths(
        binding_paths(assignment, imported, depth + 1)
        for assignment in module.locals.get(imported, ())
    )
