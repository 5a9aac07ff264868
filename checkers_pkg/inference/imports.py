"""What a name is bound to, read through import statements without inference:
the ``def``, ``class`` or module behind a name, the statement of another
module that binds it, and a library module's source read without building it.
"""

from __future__ import annotations

from typing import NamedTuple

from astroid import nodes

from checkers_pkg.inference._cache import memoise_per_node
from checkers_pkg.inference.names import (
    MAX_ALIAS_DEPTH,
    absolute_module_name,
    agreed_paths,
    alias_value,
    binding_paths,
    import_paths,
    imported_module_path,
    imported_name,
    load_module,
)
from checkers_pkg.inference.summaries import module_file
from checkers_pkg.inference.values import assigned_value, bindings_of, is_none


def local_definition(node: nodes.NodeNG) -> nodes.FunctionDef | None:
    """The ``def`` a plain name is bound to in its own module, read without
    inference; None for anything else (imports, parameters, rebinding)."""
    if not isinstance(node, nodes.Name):
        return None
    bindings = bindings_of(node)
    if len(bindings) == 1 and isinstance(bindings[0], nodes.FunctionDef):
        return bindings[0]
    return None


@memoise_per_node(on_cycle=None)
def definition_by_imports(node: nodes.NodeNG) -> nodes.NodeNG | None:
    """The ``def``, ``class`` or module a name or dotted name is bound to,
    read through imports, aliases and module attributes without inference.

    ``from .api import fetch`` gives the ``def fetch`` of ``api`` even through
    a package ``__init__`` that re-exports it; ``json.dumps`` gives the
    ``def dumps`` of ``json``. The cheap question before ``infer()``: None
    (ask astroid) for parameters, instances, rebinding and anything unsure.
    """
    return _definition_by_imports(node, 0)


def _definition_by_imports(node: nodes.NodeNG, depth: int) -> nodes.NodeNG | None:
    if depth > MAX_ALIAS_DEPTH:
        return None
    if isinstance(node, nodes.Name):
        bindings = bindings_of(node)
        return _binding_definition(bindings[0], node.name, depth) if len(bindings) == 1 else None
    if isinstance(node, nodes.Attribute):
        owner = _definition_by_imports(node.expr, depth + 1)
        if isinstance(owner, nodes.Module):
            return _module_member(owner, node.attrname, depth + 1)
    return None


def imported_binding(node: nodes.Name) -> nodes.NodeNG | None:
    """The statement of another module that binds what ``node`` names through
    ``from module import name`` (and re-exports of it): ``view = partial(...)``
    in ``users``, for ``from .users import view``. Read without inference;
    None unless each module on the way binds the name exactly once."""
    return _through_reexports(bindings_of(node), node.name, foreign_only=True)


def foreign_binding(node: nodes.NodeNG) -> nodes.NodeNG | None:
    """The statement of another module that binds what ``node`` reads: a
    name imported from there, or ``module.NAME`` (``GRACE = timedelta(days=3)``
    in ``settings``, for ``settings.GRACE`` or ``from .settings import GRACE``).
    Read without inference, through re-exports; None unless each module on
    the way binds the name exactly once."""
    if isinstance(node, nodes.Name):
        return imported_binding(node)
    if isinstance(node, nodes.Attribute):
        owner = definition_by_imports(node.expr)
        if isinstance(owner, nodes.Module):
            bindings = owner.locals.get(node.attrname, [])
            return _through_reexports(bindings, node.attrname, foreign_only=False)
    return None


def is_module_attribute(node: nodes.NodeNG) -> bool:
    """Whether ``node`` reads a module's attribute (``settings.MINIMUM``)."""
    return isinstance(node, nodes.Attribute) and isinstance(
        definition_by_imports(node.expr), nodes.Module
    )


def _through_reexports(
    bindings: list[nodes.NodeNG], name: str, *, foreign_only: bool
) -> nodes.NodeNG | None:
    """The one binding that ``from module import name`` chains starting at
    ``bindings`` end in (with ``foreign_only``, None when they start with no
    import: the name is bound in the reader's own module)."""
    for depth in range(MAX_ALIAS_DEPTH):
        if len(bindings) != 1:
            return None
        if not isinstance(bindings[0], nodes.ImportFrom):
            return bindings[0] if depth or not foreign_only else None
        source = _import_source(bindings[0], name)
        if source is None:
            return None
        module, name = source
        bindings = module.locals.get(name, [])
    return None


def _import_source(binding: nodes.ImportFrom, name: str) -> tuple[nodes.Module, str] | None:
    """The module ``from module import name`` reads, and the name it takes
    there (``real`` for ``import real as name``); None when it cannot be loaded."""
    module_name = absolute_module_name(binding)
    module = load_module(binding, module_name) if module_name else None
    return (module, imported_name(binding, name)) if module is not None else None


def _binding_definition(binding: nodes.NodeNG, name: str, depth: int) -> nodes.NodeNG | None:
    if isinstance(binding, (nodes.FunctionDef, nodes.ClassDef)):
        return binding
    if isinstance(binding, nodes.Import):
        # ``import a.b as ab`` binds ``a.b``; ``import a.b`` binds ``a``.
        return load_module(binding, imported_module_path(binding, name))
    if isinstance(binding, nodes.ImportFrom):
        source = _import_source(binding, name)
        if source is None:
            return None
        module, imported = source
        if imported in module.locals:
            return _module_member(module, imported, depth + 1)
        return load_module(binding, f"{module.name}.{imported}")
    if isinstance(binding, nodes.AssignName):
        value = alias_value(binding)
        return _definition_by_imports(value, depth + 1) if value is not None else None
    return None


def _module_member(module: nodes.Module, name: str, depth: int) -> nodes.NodeNG | None:
    if depth > MAX_ALIAS_DEPTH:
        return None
    bindings = module.locals.get(name, ())
    if len(bindings) != 1:
        return None  # ``try: import x / except ImportError: x = None``, rebinding
    return _binding_definition(bindings[0], name, depth + 1)


class ModuleSource(NamedTuple):
    """Where a module lives and what its source says, read without building it."""

    name: str
    path: str
    text: str


@memoise_per_node(on_cycle=None)
def module_source(module_name: str) -> ModuleSource | None:
    """The file and text of a module found on the path; None for C modules,
    namespaces and names that are not modules (``pkg.Class``)."""
    location = module_file(module_name)
    if location is None:
        return None
    try:
        with open(location, encoding="utf-8", errors="replace") as stream:
            return ModuleSource(module_name, location, stream.read())
    except OSError:
        return None


def module_member_source(node: nodes.NodeNG) -> tuple[ModuleSource, str] | None:
    """``(source of m, "f")`` for ``m.f`` where imports alone say ``m`` is a
    module, and for a name ``f`` imported from module ``m``: the cheap way to
    ask about ``os.path.join`` or ``json.dumps`` without astroid building the
    module. ``try: import yaml / except ImportError: yaml = None`` reads as
    ``yaml`` (the placeholder has no attributes to call)."""
    if isinstance(node, nodes.Attribute) and isinstance(node.expr, (nodes.Name, nodes.Attribute)):
        paths = _module_paths(node.expr)
        member = node.attrname
    elif isinstance(node, nodes.Name):
        paths = [path.rsplit(".", 1)[0] for path in _module_paths(node) if "." in path]
        member = node.name
        bindings = bindings_of(node)
        if len(bindings) != 1 or not isinstance(bindings[0], nodes.ImportFrom):
            return None
        member = imported_name(bindings[0], node.name)
    else:
        return None
    if len(paths) != 1:
        return None
    source = module_source(paths[0])
    return (source, member) if source is not None else None


def _module_paths(node: nodes.NodeNG) -> list[str]:
    """The import paths of ``node``, placeholders ``= None`` left out."""
    if not isinstance(node, nodes.Name):
        return list(import_paths(node))
    bindings = [b for b in bindings_of(node) if not is_none(assigned_value(b))]
    if not bindings:
        return []
    return agreed_paths(binding_paths(b, node.name, 0)[:1] for b in bindings)
