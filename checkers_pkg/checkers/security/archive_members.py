"""Which members an ``extractall(members=...)`` call hands over (the
catalogue's *Chosen members*).

``members=`` protects an extraction only when each member was chosen by
checking its path, the pre-3.12 recipe: the comprehension's condition, or
the generator or function that yields the members, resolves or compares the
member's path (``os.path.realpath``/``abspath``/``normpath``/``commonpath``,
``Path.resolve``/``is_relative_to``, a test for ``".."`` or a leading
``/``). Members picked otherwise (``m.isfile()``, a name in a set) still
carry ``../`` and absolute names. Unsure means safe: a selection this module
cannot read (a parameter, a list built elsewhere) is not an answer.
"""

from __future__ import annotations

import enum

from astroid import nodes

from checkers_pkg.inference.strings import string_value
from checkers_pkg.inference.values import (
    assigned_value,
    bindings_of,
    single_known_value,
)


class Members(enum.Enum):
    """What ``members=`` hands over."""

    ALL = "all"  # ``getmembers()``, the archive itself, ``None``
    UNCHECKED = "unchecked"  # a selection that never looks at the paths
    SAFE_OR_UNKNOWN = "safe"  # checked paths, an empty list, or unreadable


# Calls that resolve, normalise or compare a path.
_PATH_CHECK_CALLS = frozenset(
    {"realpath", "abspath", "normpath", "commonpath", "commonprefix", "resolve",
     "is_relative_to", "relative_to", "isabs", "is_absolute"}
)
MAX_MEMBERS_DEPTH = 4


def chosen_members(members: nodes.NodeNG, archive: nodes.NodeNG, depth: int = 0) -> Members:
    """What the value given as ``members=`` to ``archive.extractall`` is."""
    if depth > MAX_MEMBERS_DEPTH:
        return Members.SAFE_OR_UNKNOWN
    if isinstance(members, nodes.Const) and members.value is None:
        return Members.ALL
    if _is_every_member(members, archive):
        return Members.ALL
    if isinstance(members, (nodes.ListComp, nodes.GeneratorExp, nodes.SetComp)):
        return _comprehension(members, archive)
    if isinstance(members, nodes.Name):
        bindings = bindings_of(members)
        value = assigned_value(bindings[0]) if len(bindings) == 1 else None
        if value is None or value is members:
            return Members.SAFE_OR_UNKNOWN
        return chosen_members(value, archive, depth + 1)
    if isinstance(members, nodes.Call):
        return _selecting_function(members)
    return Members.SAFE_OR_UNKNOWN  # ``[]``, a display of named members, a parameter


def _is_every_member(node: nodes.NodeNG, archive: nodes.NodeNG) -> bool:
    """``archive.getmembers()`` or the archive itself (it iterates its members)."""
    if _is_getmembers(node):
        node = node.func.expr  # type: ignore[union-attr]
    return node.as_string() == archive.as_string()


def _is_getmembers(node: nodes.NodeNG) -> bool:
    return (
        isinstance(node, nodes.Call)
        and isinstance(node.func, nodes.Attribute)
        and node.func.attrname == "getmembers"
        and not node.args
    )


def _comprehension(
    node: nodes.ListComp | nodes.GeneratorExp | nodes.SetComp, archive: nodes.NodeNG
) -> Members:
    """``[m for m in tar.getmembers() if m.isfile()]``: unchecked unless a
    condition looks at the paths; a comprehension over anything but the
    archive's members (``[tar.getmember(n) for n in NAMES]``) is not read."""
    first = node.generators[0]
    if not (_is_getmembers(first.iter) or _is_every_member(first.iter, archive)):
        return Members.SAFE_OR_UNKNOWN
    if any(_checks_path(condition, 0) for gen in node.generators for condition in gen.ifs):
        return Members.SAFE_OR_UNKNOWN
    return Members.UNCHECKED


def _selecting_function(call: nodes.Call) -> Members:
    """A generator or function of the linted code that loops over an
    archive's members and yields or collects some: unchecked when nothing in
    it looks at a path."""
    func = single_known_value(call.func)
    if not isinstance(func, nodes.FunctionDef) or isinstance(func, nodes.Lambda):
        return Members.SAFE_OR_UNKNOWN
    loops = [
        loop
        for loop in func.nodes_of_class(
            (nodes.For, nodes.Comprehension), skip_klass=(nodes.FunctionDef,)
        )
        if _is_getmembers(loop.iter) or _is_parameter_of(loop.iter, func)
    ]
    if not loops or _checks_path(func, 0, skip=func):
        return Members.SAFE_OR_UNKNOWN
    return Members.UNCHECKED


def _is_path_test_constant(node: nodes.NodeNG) -> bool:
    """``".."`` anywhere, or a leading ``"/"`` that is tested for."""
    if not (isinstance(node, nodes.Const) and isinstance(node.value, str)):
        return False
    return ".." in node.value or (node.value.startswith("/") and _tests_prefix(node))


def _tests_prefix(constant: nodes.Const) -> bool:
    """``name.startswith("/")``, ``name[0] == "/"``: a ``"/"`` that is
    compared, not one a path is split or joined with."""
    parent = constant.parent
    if isinstance(parent, nodes.Tuple):
        parent = parent.parent
    if isinstance(parent, nodes.Compare):
        return True
    return (
        isinstance(parent, nodes.Call)
        and isinstance(parent.func, nodes.Attribute)
        and parent.func.attrname == "startswith"
    )


def _may_be_directory(prefix: nodes.NodeNG) -> bool:
    """Whether a ``startswith`` argument may be the target directory (a
    parameter, a resolved path), not a constant prefix that picks members
    by name (``PREFIX = "pkg/"``)."""
    if isinstance(prefix, nodes.Const):
        return False
    text = string_value(prefix)
    return not text.is_constant


def _is_parameter_of(node: nodes.NodeNG, func: nodes.FunctionDef) -> bool:
    return isinstance(node, nodes.Name) and node.name in func.argnames()


def _checks_path(node: nodes.NodeNG, depth: int, skip: nodes.NodeNG | None = None) -> bool:
    """Whether ``node`` resolves, normalises or compares a path: a call of
    ``realpath``/``resolve``/``is_relative_to``..., a ``".."`` or leading
    ``"/"`` constant, ``startswith`` of a directory held in a name, or a
    helper function of the linted code that does so."""
    for child in [node, *node.nodes_of_class((nodes.Call, nodes.Const, nodes.Attribute))]:
        if _is_path_test_constant(child):
            return True
        if isinstance(child, nodes.Attribute) and child.attrname in ("sep", "altsep"):
            return True  # ``name.startswith(os.sep)``
        if not isinstance(child, nodes.Call):
            continue
        func = child.func
        called = func.attrname if isinstance(func, nodes.Attribute) else getattr(func, "name", "")
        if called in _PATH_CHECK_CALLS:
            return True
        if called == "startswith" and child.args and _may_be_directory(child.args[0]):
            return True  # ``name.startswith(dest)``: compared with the target
        if depth < 1 and not isinstance(func, nodes.Attribute):
            helper = single_known_value(func)
            if (
                isinstance(helper, nodes.FunctionDef) and helper is not skip
                and _checks_path(helper, depth + 1, skip=helper)
            ):
                return True
    return False


__all__ = ["Members", "chosen_members"]
