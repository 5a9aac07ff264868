"""Does this call or use raise ``SynchronousOnlyOperation`` on the event loop,
directly or through sync functions of the linted code?

The chain search mirrors ``blocking_chain``: bounded by
``blocking-call-depth``, memoised per function, cycles end.
"""

from __future__ import annotations

from typing import NamedTuple

from astroid import nodes

from checkers_pkg.checkers.asynchronous.blocking import is_handed_to_thread
from checkers_pkg.checkers.asynchronous.coroutine_uses import is_truth_test
from checkers_pkg.checkers.asynchronous.orm import custom_method, orm_value
from checkers_pkg.checkers.asynchronous.orm_models import INSTANCE, MANAGER, QUERYSET, RELATED
from checkers_pkg.checkers.asynchronous.orm_queries import SyncOnly, evaluation, sync_only_call
from checkers_pkg.inference._cache import memoise_per_node
from checkers_pkg.inference.calls import linted_sync_function
from checkers_pkg.inference.labels import function_label, is_linted_code
from checkers_pkg.inference.values import hierarchy_of

_DEFERRED = (nodes.FunctionDef, nodes.Lambda, nodes.ClassDef)
_SITES = (nodes.Call, nodes.Name, nodes.Attribute)


def sync_only_site(node: nodes.NodeNG) -> SyncOnly | None:
    """Why ``node`` (a call, or a name or call used where it stands) raises
    ``SynchronousOnlyOperation`` on the event loop; None when it does not."""
    if isinstance(node, nodes.Call):
        found = sync_only_call(node)
        if found is not None:
            return found
    if not isinstance(node, (nodes.Name, nodes.Call, nodes.Attribute)):
        return None
    parent = node.parent
    if isinstance(parent, nodes.Subscript) and parent.value is node \
            and isinstance(parent.slice, nodes.Slice) and parent.slice.step is None:
        node = parent  # ``qs[:10]`` is still a queryset: judged where it is used
    if _may_evaluate(node):
        return evaluation(node, is_truth_test(node))
    return None


def may_be_evaluated(node: nodes.NodeNG) -> bool:
    """The cheap test before inference: ``node`` stands where a queryset
    would be evaluated (or a client's cursor iterated), or is sliced there."""
    parent = node.parent
    if isinstance(parent, nodes.Subscript) and parent.value is node:
        return True
    return _may_evaluate(node)


def _may_evaluate(node: nodes.NodeNG) -> bool:
    parent = node.parent
    return isinstance(
        parent,
        (nodes.For, nodes.Comprehension, nodes.Call, nodes.Subscript, nodes.Compare,
         nodes.Starred, nodes.If, nodes.While, nodes.IfExp, nodes.BoolOp, nodes.UnaryOp,
         nodes.Assert),
    ) and not (isinstance(parent, nodes.Call) and parent.func is node)


def orm_callee(call: nodes.Call) -> nodes.FunctionDef | None:
    """The sync function of the linted code ``call`` runs: found by
    inference, or through the ORM (a model's method on an instance astroid
    cannot see, a custom manager's or queryset's method)."""
    callee = linted_sync_function(call)
    if callee is not None:
        return callee
    func = call.func
    if not isinstance(func, nodes.Attribute):
        return None
    owner = orm_value(func.expr)
    if owner is None:
        return None
    if owner.role in (MANAGER, QUERYSET, RELATED):
        found = custom_method(owner, func.attrname)
    elif owner.role == INSTANCE and owner.model is not None:
        found = _model_method(owner.model, func.attrname)
    else:
        found = None
    if found is None or found.decorators is not None or found.is_generator():
        return None
    return found


def _model_method(model: nodes.ClassDef, name: str) -> nodes.FunctionDef | None:
    for klass in hierarchy_of(model)[:16]:
        if not is_linted_code(klass.root()):
            return None
        found = klass.locals.get(name)
        if found:
            function = found[0]
            return function if type(function) is nodes.FunctionDef else None
    return None


class SyncOnlyChain(NamedTuple):
    """Why running a function raises: the functions passed through,
    outermost first, what raises, and where."""

    via: tuple[str, ...]
    found: SyncOnly
    node: nodes.NodeNG


def _sites_in_body(func: nodes.FunctionDef) -> list[nodes.NodeNG]:
    found: list[nodes.NodeNG] = []
    for statement in func.body:
        if isinstance(statement, _DEFERRED):
            continue
        found.extend(statement.nodes_of_class(_SITES, skip_klass=_DEFERRED))
    return found


@memoise_per_node(on_cycle=None)
def sync_only_chain(func: nodes.FunctionDef, depth: int) -> SyncOnlyChain | None:
    """Why running ``func`` raises ``SynchronousOnlyOperation`` on the event
    loop (``ModelService.get -> self.model.objects.get()``), or None."""
    if depth < 1:
        return None
    label = function_label(func)
    for node in _sites_in_body(func):
        if is_handed_to_thread(node):
            continue
        found = sync_only_site(node)
        if found is not None:
            return SyncOnlyChain((label,), found, node)
        if depth > 1 and isinstance(node, nodes.Call):
            callee = orm_callee(node)
            deeper = sync_only_chain(callee, depth - 1) if callee is not None else None
            if deeper is not None:
                return deeper._replace(via=(label, *deeper.via))
    return None


__all__ = ["SyncOnlyChain", "may_be_evaluated", "orm_callee", "sync_only_chain",
           "sync_only_site"]
