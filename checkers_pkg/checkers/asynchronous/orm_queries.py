"""Which ORM calls and uses of a queryset run a query (CATALOGUE.md, *ORM
query*), and how the message names them and what it advises instead."""

from __future__ import annotations

from typing import NamedTuple

from astroid import nodes

from checkers_pkg.checkers.asynchronous.orm import custom_method, orm_value
from checkers_pkg.checkers.asynchronous.orm_models import (
    INSTANCE,
    MANAGER,
    QUERYSET,
    RELATED,
    OrmValue,
)
from checkers_pkg.inference._cache import memoise_per_node
from checkers_pkg.inference.imports import definition_by_imports, local_definition
from checkers_pkg.inference.names import import_paths

QUERY_METHODS = frozenset(
    {"get", "first", "last", "latest", "earliest", "count", "exists", "aggregate", "in_bulk",
     "iterator", "create", "get_or_create", "update_or_create", "bulk_create", "bulk_update",
     "update", "delete", "contains", "explain"}
)
RELATED_METHODS = frozenset({"add", "set", "remove", "clear"})
INSTANCE_METHODS = frozenset({"save", "delete", "refresh_from_db"})
SHORTCUTS = {
    "django.shortcuts.get_object_or_404": "get_object_or_404",
    "django.shortcuts.get_list_or_404": "get_list_or_404",
}
# Opening a transaction connects first (``ensure_connection``, async-unsafe).
TRANSACTIONS = frozenset(
    {"django.db.transaction.atomic", "django.db.transaction.Atomic"}
)
ASYNC_UNSAFE = frozenset({"django.utils.asyncio.async_unsafe"})
# The methods of Django's database wrapper decorated with ``async_unsafe``,
# for ``django.db.connection`` (a proxy astroid cannot see through).
CONNECTION_METHODS = frozenset(
    {"connect", "ensure_connection", "cursor", "chunked_cursor", "commit", "rollback",
     "close", "savepoint", "savepoint_rollback", "savepoint_commit", "clean_savepoints",
     "get_new_connection", "create_cursor"}
)
# Every gate name: a call spelled otherwise is no ORM query.
ORM_CALL_NAMES = QUERY_METHODS | RELATED_METHODS | INSTANCE_METHODS | CONNECTION_METHODS



class SyncOnly(NamedTuple):
    """A call or use that Django refuses on the event loop."""

    what: str  # ``Book.objects.count()``
    why: str  # ``runs a query``
    advice: str  # ``use await Book.objects.acount() or sync_to_async()``


def sync_only_call(call: nodes.Call) -> SyncOnly | None:
    """Why ``call`` raises ``SynchronousOnlyOperation`` on the event loop.
    Awaiting it does not help: ``await Book.objects.count()`` runs the query
    before there is anything to await."""
    func = call.func
    if isinstance(func, nodes.Attribute):
        method = func.attrname
        if method in ORM_CALL_NAMES:
            found = _query_method(call, func, method)
            if found is not None:
                return found
    elif not isinstance(func, nodes.Name):
        return None
    return _shortcut_or_unsafe(call)


def _written(node: nodes.NodeNG, value: OrmValue) -> str:
    """The receiver as written, or named by its model when that is long."""
    text = node.as_string()
    return text if len(text) <= 40 else value.name()


def _query_method(call: nodes.Call, func: nodes.Attribute, method: str) -> SyncOnly | None:
    if method in CONNECTION_METHODS and _is_django_connection(func.expr):
        return SyncOnly(f"{func.expr.as_string()}.{method}()", "is async-unsafe",
                        "run it in a function wrapped with sync_to_async()")
    owner = orm_value(func.expr)
    if owner is None:
        return None
    runs = (
        (owner.role in (MANAGER, QUERYSET) and method in QUERY_METHODS)
        or (owner.role == RELATED and method in QUERY_METHODS | RELATED_METHODS)
        or (owner.role == INSTANCE and method in INSTANCE_METHODS)
    )
    if not runs or custom_method(owner, method) is not None:
        return None
    written = f"{_written(func.expr, owner)}.{method}()"
    twin = f"a{method}" if method != "refresh_from_db" else "arefresh_from_db"
    return SyncOnly(written, "runs a query",
                    f"use await {_written(func.expr, owner)}.{twin}() or sync_to_async()")


def _is_django_connection(node: nodes.NodeNG) -> bool:
    if isinstance(node, nodes.Subscript):
        return "django.db.connections" in import_paths(node.value)
    return "django.db.connection" in import_paths(node)


def _shortcut_or_unsafe(call: nodes.Call) -> SyncOnly | None:
    names = import_paths(call.func)
    if TRANSACTIONS.intersection(names) and _entered(call):
        return SyncOnly("transaction.atomic()", "connects to the database",
                        "run the transaction in a function wrapped with sync_to_async()")
    for name in names:
        if name in SHORTCUTS:
            return SyncOnly(f"{SHORTCUTS[name]}()", "runs a query",
                            f"use await a{SHORTCUTS[name]}() or sync_to_async()")
    # Read through imports, no inference: a decorated ``def`` of the linted
    # code or of a library, called by its name.
    callee = local_definition(call.func) or definition_by_imports(call.func)
    if isinstance(callee, nodes.FunctionDef) and _is_async_unsafe(callee):
        return SyncOnly(f"{call.func.as_string()}()", "is async-unsafe",
                        f"run {call.func.as_string()}() with sync_to_async()")
    return None


def _entered(call: nodes.Call) -> bool:
    """``with transaction.atomic():`` (as a decorator it runs later)."""
    return isinstance(call.parent, nodes.With) and any(
        manager is call for manager, _ in call.parent.items
    )


@memoise_per_node(on_cycle=False)
def _is_async_unsafe(func: nodes.FunctionDef) -> bool:
    for decorator in func.decorators.nodes if func.decorators else ():
        written = decorator.func if isinstance(decorator, nodes.Call) else decorator
        if ASYNC_UNSAFE.intersection(import_paths(written)):
            return True
    return False


# -- evaluation of a queryset where it stands --------------------------------

_EVALUATING_CALLS = frozenset(
    {"builtins.list", "builtins.tuple", "builtins.set", "builtins.sorted", "builtins.len",
     "builtins.bool", "builtins.frozenset", "builtins.sum", "builtins.max", "builtins.min"}
)


_EVALUATING_NAMES = frozenset(name.split(".")[1] for name in _EVALUATING_CALLS)


def evaluation(node: nodes.NodeNG, tested: bool) -> SyncOnly | None:
    """Why using ``node`` where it stands evaluates a queryset (``for``,
    ``list()``, ``len()``, a truth test, indexing, a step slice, ``in``):
    ``tested`` says whether ``node`` is a truth test's subject."""
    if not isinstance(node, (nodes.Name, nodes.Attribute, nodes.Call, nodes.Subscript)):
        return None
    use = None
    if _is_iterated(node):
        how = "iterate"
    elif tested:
        how = "truth"
    else:
        use = _evaluating_use(node)
        if use is None:
            return None
        how = use.func.as_string() if isinstance(use, nodes.Call) else type(use).__name__
    value = orm_value(node)
    if value is None or value.role != QUERYSET or _duck_typing_fallback(node):
        return None
    written = _written(node, value)
    if use is None:
        what = f"iterating {written}" if how == "iterate" else f"testing {written} for truth"
    else:
        text = use.as_string()
        what = text if len(text) <= 40 else f"{how}() of {written}"
    advice = _ADVICE.get(how, "use the async API (async for, aget, afirst) or sync_to_async()")
    return SyncOnly(what, "runs a query", advice.format(qs=written))


def _duck_typing_fallback(node: nodes.NodeNG) -> bool:
    """``try: await qs.acount() / except AttributeError: len(qs)``: the
    handler is for values that are not querysets (a list passed instead)."""
    if not isinstance(node, nodes.Name):
        return False
    parent = node.parent
    while parent is not None and not isinstance(parent, nodes.FunctionDef):
        if isinstance(parent, nodes.ExceptHandler) and parent.type is not None:
            caught = parent.type.elts if isinstance(parent.type, nodes.Tuple) else [parent.type]
            if any(isinstance(c, nodes.Name) and c.name == "AttributeError" for c in caught):
                attempt = parent.parent
                return isinstance(attempt, nodes.Try) and any(
                    isinstance(used.expr, nodes.Name) and used.expr.name == node.name
                    for statement in attempt.body
                    for used in statement.nodes_of_class(nodes.Attribute)
                )
        parent = parent.parent
    return False


_ADVICE = {
    "iterate": "iterate with async for, or wrap it in sync_to_async()",
    "truth": "test await {qs}.aexists() instead, or use sync_to_async()",
    "len": "use await {qs}.acount(), or sync_to_async()",
    "bool": "use await {qs}.aexists(), or sync_to_async()",
    "Compare": "use await {qs}.acontains(obj), or sync_to_async()",
}


def _is_iterated(node: nodes.NodeNG) -> bool:
    parent = node.parent
    if isinstance(parent, nodes.For) and not isinstance(parent, nodes.AsyncFor):
        return parent.iter is node
    if isinstance(parent, nodes.Comprehension):
        return parent.iter is node and not parent.is_async
    if isinstance(parent, nodes.Starred):
        return True
    return False


def _evaluating_use(node: nodes.NodeNG) -> nodes.NodeNG | None:
    """The expression that evaluates ``node`` where it stands: ``len(qs)``,
    ``list(qs)``, ``qs[0]``, ``qs[::2]``, ``x in qs``; None otherwise."""
    parent = node.parent
    if isinstance(parent, nodes.Call) and parent.args == [node] and not parent.keywords:
        if isinstance(parent.func, nodes.Name) and parent.func.name in _EVALUATING_NAMES \
                and _EVALUATING_CALLS.intersection(import_paths(parent.func)):
            return parent
        return None
    if isinstance(parent, nodes.Subscript) and parent.value is node:
        index = parent.slice
        if not isinstance(index, nodes.Slice) or index.step is not None:
            return parent
        return None
    if isinstance(parent, nodes.Compare) and len(parent.ops) == 1 \
            and parent.ops[0][1] is node and parent.ops[0][0] in ("in", "not in"):
        return parent
    return None
