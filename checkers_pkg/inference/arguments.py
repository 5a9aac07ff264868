"""What value a call passes for a parameter, by keyword, by position, or
inside a ``**kwargs`` dict, and whether that value is provably true or false.

``subprocess.run(cmd, **opts)`` with ``opts = {"shell": USE_SHELL}`` passes
``shell=USE_SHELL``: the dict is inferred, its entry is the expression to judge.
The answer tells "provably not passed" (``MISSING``) from "cannot tell"
(``UNSURE``, an uninferable ``**kwargs`` or a ``*args`` before the position),
because for a safe default (``shell=False``) the first is silent and for an
unsafe default (``tarfile``'s missing ``filter=``) only the first is a finding.
"""

from __future__ import annotations

import enum

from astroid import nodes
from astroid.const import Context

from checkers_pkg.inference._cache import memoise_per_node
from checkers_pkg.inference.values import (
    bindings_of,
    constant_value,
    known_values,
    positional_parameters,
)


class Passed(enum.Enum):
    """What a call is known to pass when it is not one expression."""

    MISSING = "missing"  # provably not passed: the default applies
    UNSURE = "unsure"  # maybe passed, through something not inferred


MISSING = Passed.MISSING
UNSURE = Passed.UNSURE


def argument(
    call: nodes.Call, keyword: str, position: int | None = None
) -> nodes.NodeNG | Passed:
    """The expression ``call`` passes for the parameter ``keyword`` (at
    ``position`` when passed positionally)."""
    for passed in call.keywords:
        if passed.arg == keyword:
            return passed.value
    if position is not None:
        for index, arg in enumerate(call.args):
            if isinstance(arg, nodes.Starred):
                return UNSURE
            if index == position:
                return arg
    unsure = False
    for passed in call.keywords:
        if passed.arg is None:
            entry = _dict_entry(passed.value, keyword)
            entry = _after_mutations(passed.value, keyword, entry, call)
            if entry is UNSURE:
                unsure = True
            elif entry is not MISSING:
                return entry
    return UNSURE if unsure else MISSING


def _dict_entry(node: nodes.NodeNG, key: str) -> nodes.NodeNG | Passed:
    """The value under ``key`` in the dict ``node`` holds (every inferred
    candidate must be a dict display that agrees)."""
    values = known_values(node)
    if not values or not all(isinstance(value, nodes.Dict) for value in values):
        return UNSURE
    found: list[nodes.NodeNG | Passed] = []
    for value in values:
        entry: nodes.NodeNG | Passed = MISSING
        for item_key, item_value in value.items:  # type: ignore[union-attr]
            if isinstance(item_key, nodes.DictUnpack):
                return UNSURE
            known, text = constant_value(item_key)
            if not known:
                return UNSURE
            if text == key:
                entry = item_value
        found.append(entry)
    return found[0] if len(found) == 1 else UNSURE


# Methods that change a dict in place: after any of them the display that
# made the dict no longer tells what ``**`` unpacks.
_DICT_MUTATORS = frozenset(
    {"update", "setdefault", "pop", "popitem", "clear", "__setitem__", "__delitem__",
     "__ior__"}
)


def _after_mutations(
    node: nodes.NodeNG, key: str, entry: nodes.NodeNG | Passed, call: nodes.Call
) -> nodes.NodeNG | Passed:
    """The entry once the changes made to the dict after its display are
    counted: ``opts["verify"] = ca`` in a branch or ``opts.update(...)``
    leave it unsure; one ``opts["verify"] = False`` before the call, in a
    block of statements that encloses the call, is the entry."""
    if entry is UNSURE:
        return entry
    mutations = _dict_mutations(node)
    if mutations is None:
        return entry
    if mutations is UNSURE:
        return UNSURE
    stores = [store for store_key, store in mutations if store_key == key]
    if not stores:
        return entry
    statement = call.statement()
    if len(stores) == 1:
        assign = stores[0].parent
        if (
            isinstance(assign, nodes.Assign)
            and assign.scope() is call.scope()
            and any(parent is assign.parent for parent in call.node_ancestors())
            and assign.lineno < statement.lineno
        ):
            return assign.value
    return UNSURE


def _dict_mutations(
    node: nodes.NodeNG,
) -> list[tuple[object, nodes.Subscript]] | Passed | None:
    """The item assignments (``(key, target)``) made to the dict ``node`` names
    (a local or module name, or ``self.<attr>`` across its class); ``UNSURE``
    when it is changed some other way or under a key not known; None when
    ``node`` names no dict whose changes can be looked for."""
    scope = _container_scope(node)
    if scope is None:
        return None
    return _mutations_in(scope, node.as_string())


def _container_scope(node: nodes.NodeNG) -> nodes.NodeNG | None:
    """Where the changes to the container ``node`` names are looked for: the
    scope binding the name, or the class for ``self.<attr>``."""
    if isinstance(node, nodes.Name):
        found = node.lookup(node.name)
        return found[0] if found and found[1] else None
    if (
        isinstance(node, nodes.Attribute)
        and isinstance(node.expr, nodes.Name)
        and node.expr.name == "self"
    ):
        scope = node.scope().parent
        return scope if isinstance(scope, nodes.ClassDef) else None
    return None


def changed_before(node: nodes.NodeNG) -> bool:
    """Whether the container ``node`` names may have been changed since its
    display by the time ``node`` is read: by any change, except one later in
    the same function and outside every loop around the read
    (``ctx = {...}; log(..., ctx); ctx["left"] = n`` reads the display)."""
    scope = _container_scope(node)
    if scope is None:
        return False
    frame, read = node.frame(), (node.lineno or 0, node.col_offset or 0)
    bindings = bindings_of(node) if isinstance(node, nodes.Name) else []
    # loops around the read, unless each pass binds the dict afresh first
    loops = [
        parent for parent in node.node_ancestors()
        if isinstance(parent, (nodes.For, nodes.While)) and parent.frame() is frame
        and not (bindings and all(parent in binding.node_ancestors() for binding in bindings))
    ]
    for site in _change_sites(scope, node.as_string()):
        later = site.frame() is frame and (site.lineno or 0, site.col_offset or 0) > read
        if not later or any(loop in site.node_ancestors() for loop in loops):
            return True
    return False


@memoise_per_node(on_cycle=())
def _change_sites(scope: nodes.NodeNG, receiver: str) -> tuple[nodes.NodeNG, ...]:
    """Every statement part that changes ``receiver`` (its source text) in
    ``scope``: item stores and deletions, mutating methods, ``|=``."""
    sites: list[nodes.NodeNG] = []
    for sub in scope.nodes_of_class((nodes.Subscript, nodes.Call, nodes.AugAssign)):
        if isinstance(sub, nodes.AugAssign):
            changed = sub.target.as_string() == receiver
        elif isinstance(sub, nodes.Call):
            func = sub.func
            changed = (
                isinstance(func, nodes.Attribute)
                and func.attrname in _DICT_MUTATORS
                and func.expr.as_string() == receiver
            )
        else:
            changed = sub.ctx is not Context.Load and sub.value.as_string() == receiver
        if changed:
            sites.append(sub)
    return tuple(sites)


@memoise_per_node(on_cycle=UNSURE)
def _mutations_in(
    scope: nodes.NodeNG, receiver: str
) -> list[tuple[object, nodes.Subscript]] | Passed:
    """Item assignments to ``receiver`` (its source text) anywhere in
    ``scope``, nested functions included: a closure may change it too;
    ``UNSURE`` for any other change or a key not known."""
    stores: list[tuple[object, nodes.Subscript]] = []
    for site in _change_sites(scope, receiver):
        if not isinstance(site, nodes.Subscript) or site.ctx is Context.Del:
            return UNSURE
        known, key = constant_value(site.slice)
        if not known:
            return UNSURE
        stores.append((key, site))
    return stores


def changed_in_place(node: nodes.NodeNG) -> bool:
    """Whether the container ``node`` names may be changed after its display
    (an item assignment, ``update()``, ``del``, ``|=`` where it is bound)."""
    mutations = _dict_mutations(node)
    return mutations is UNSURE or bool(mutations)


def truth(node: nodes.NodeNG | Passed) -> bool | None:
    """Whether the value is provably true (True) or false (False); None when unsure.

    ``MISSING`` is None too: the caller decides what the default means.
    """
    if isinstance(node, Passed):
        return None
    known, value = constant_value(node)
    if not known:
        return None
    try:
        return bool(value)
    except Exception:  # pylint: disable=broad-exception-caught  # a constant's __bool__
        return None


def parameter_argument(
    call: nodes.Call, func: nodes.FunctionDef, name: str
) -> nodes.NodeNG | Passed:
    """The expression ``call`` passes for ``func``'s parameter ``name``."""
    params = positional_parameters(func)
    if params and _binds_first(call, func):
        params = params[1:]
    position = next((index for index, param in enumerate(params) if param.name == name), None)
    if any(param.name == name for param in func.args.posonlyargs):
        return _positional(call, position)
    return argument(call, name, position)


def _positional(call: nodes.Call, position: int | None) -> nodes.NodeNG | Passed:
    if position is None:
        return MISSING
    for index, arg in enumerate(call.args):
        if isinstance(arg, nodes.Starred):
            return UNSURE
        if index == position:
            return arg
    return MISSING


def _binds_first(call: nodes.Call, func: nodes.FunctionDef) -> bool:
    """Whether the call fills ``self``/``cls`` itself (a method called on an
    instance or class through an attribute)."""
    if not isinstance(func.parent, nodes.ClassDef):
        return False
    if func.type == "staticmethod":
        return False
    return isinstance(call.func, nodes.Attribute)


__all__ = [
    "MISSING",
    "UNSURE",
    "Passed",
    "argument",
    "changed_in_place",
    "parameter_argument",
    "truth",
]
