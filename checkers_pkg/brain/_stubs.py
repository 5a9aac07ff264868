"""Teach astroid a C-implemented class by extending its module's tree in place.

The stub is generated from the running interpreter's own class (standard
library only, never linted code): every public method with its exact
signature, every data attribute, so pylint's own argument and member checks
see the same API as at run time. Results stay unknown (an undefined name):
pylint then concludes nothing from them, as before.

Not a module transform: astroid's ``TransformVisitor`` stops applying
transforms to a node after one returns ``None``, and astroid's own module
extenders (``re``'s among them) do, so a later transform for the same module
never runs. The cached tree is extended instead; a marker makes it idempotent,
and after ``MANAGER.clear_cache()`` the next registration extends the rebuilt
tree.
"""

from __future__ import annotations

import inspect

from astroid import nodes
from astroid.builder import AstroidBuilder
from astroid.exceptions import AstroidError
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


def extend_module(manager: AstroidManager, module_name: str, source: str, marker: str) -> None:
    """Add (or replace) the names ``source`` defines in ``module_name``'s tree."""
    try:
        module = manager.ast_from_module_name(module_name)
    except AstroidError:  # an interpreter without that module's sources
        return
    if marker in module.locals:
        return
    extension = AstroidBuilder(manager).string_build(
        source, f"_checkers_pkg_extension_of_{module_name}"
    )
    for name, definitions in extension.locals.items():
        module.locals[name] = definitions
        for definition in definitions:
            if definition.parent is extension:
                definition.parent = module
    if marker not in module.locals:
        raise ValueError(f"the extension of {module_name} must define {marker}")


def class_named(module: nodes.Module, name: str) -> nodes.ClassDef | None:
    """The class ``module`` binds to ``name`` (after extension), if any."""
    found = [node for node in module.locals.get(name, ()) if isinstance(node, nodes.ClassDef)]
    return found[0] if found else None
