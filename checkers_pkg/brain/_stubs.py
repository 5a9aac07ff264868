"""Teach astroid a C-implemented class by extending its module's tree in place.

The stub is generated from the running interpreter's own class (standard
library only, never linted code): every public method with its exact
signature, every data attribute, so pylint's own argument and member checks
see the same API as at run time. Results stay unknown (an undefined name):
pylint then concludes nothing from them, as before.

Lazily: a module transform extends the tree when astroid first builds the
module (most runs never ask for ``sqlite3``; building ``re`` and generating
its stub at every start cost a third of a second), and a tree already in the
cache when the plugin registers is extended in place. A marker makes both
idempotent; ``MANAGER.clear_cache()`` drops the transforms with the trees, and
the next registration adds them again.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable
from dataclasses import dataclass

from astroid import nodes
from astroid.builder import AstroidBuilder
from astroid.manager import AstroidManager

UNKNOWN_RESULT = "__checkers_pkg_unknown__"
# Dunder methods worth stubbing: the protocols pylint checks on instances.
_PROTOCOL_METHODS = frozenset({"__enter__", "__exit__", "__iter__", "__next__", "__call__"})
_RETURNS_SELF = frozenset({"__enter__", "__iter__"})


def _signature(member: object) -> str:
    try:
        return str(inspect.signature(member))  # type: ignore[arg-type]
    except (TypeError, ValueError):  # C methods without a text signature
        return "(self, *args, **kwargs)"


def stub_class_source(cls: type, name: str | None = None, header: str = "") -> str:
    """Python source for a class with ``cls``'s public members."""
    lines = [f"class {name or cls.__name__}{header}:", "    __checkers_pkg_stub__ = True"]
    for member_name, member in sorted(vars(cls).items()):
        if member_name.startswith("_") and member_name not in _PROTOCOL_METHODS:
            continue
        if callable(member) and not isinstance(member, type):
            result = "self" if member_name in _RETURNS_SELF else UNKNOWN_RESULT
            lines += [f"    def {member_name}{_signature(member)}:", f"        return {result}"]
        else:
            lines.append(f"    {member_name} = {UNKNOWN_RESULT}")
    return "\n".join(lines) + "\n"


def extend_module(
    manager: AstroidManager, module_name: str, source: Callable[[], str], marker: str
) -> None:
    """Add (or replace) the names ``source()`` defines in ``module_name``'s
    tree, now if astroid has built it, else when it does."""
    extender = _EXTENDERS.setdefault(module_name, _Extender(manager, module_name, source, marker))
    extender.manager = manager
    try:
        manager.unregister_transform(nodes.Module, extender, extender.applies_to)
    except ValueError:  # not registered yet
        pass
    manager.register_transform(nodes.Module, extender, extender.applies_to)
    cached = manager.astroid_cache.get(module_name)
    if cached is not None:
        extender(cached)


@dataclass
class _Extender:
    """The module transform of one extended module: one object per module, so
    registering again replaces it instead of adding a second."""

    manager: AstroidManager
    module_name: str
    source: Callable[[], str]
    marker: str

    def applies_to(self, module: nodes.Module) -> bool:
        """The transform's predicate: only the module this object extends."""
        return module.name == self.module_name

    def __call__(self, module: nodes.Module) -> None:
        if self.marker in module.locals:
            return
        extension = AstroidBuilder(self.manager).string_build(
            self.source(), f"_checkers_pkg_extension_of_{self.module_name}"
        )
        for name, definitions in extension.locals.items():
            module.locals[name] = definitions
            for definition in definitions:
                if definition.parent is extension:
                    definition.parent = module
        if self.marker not in module.locals:
            raise ValueError(f"the extension of {self.module_name} must define {self.marker}")


_EXTENDERS: dict[str, _Extender] = {}


def class_named(module: nodes.Module, name: str) -> nodes.ClassDef | None:
    """The class ``module`` binds to ``name`` (after extension), if any."""
    found = [node for node in module.locals.get(name, ()) if isinstance(node, nodes.ClassDef)]
    return found[0] if found else None
