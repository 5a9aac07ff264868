"""async: event-loop correctness."""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

from astroid import nodes
from pylint.checkers.utils import only_required_for_messages
from pylint.interfaces import INFERENCE

from checkers_pkg.checkers._heap import SuiteChecker
from checkers_pkg.checkers.asynchronous.blocking import (
    blocking_call,
    blocking_chain,
    is_handed_to_thread,
    runs_on_the_loop,
)
from checkers_pkg.checkers.asynchronous.blocking_apis import BlockingApis
from checkers_pkg.checkers.asynchronous.client_kinds import blocking_iteration, is_iterated
from checkers_pkg.checkers.asynchronous.coroutine_uses import (
    bound_only_to_calls,
    held_coroutine_call,
    is_truth_test,
    result_use,
    through_walrus,
)
from checkers_pkg.checkers.asynchronous.coroutines import is_coroutine_function
from checkers_pkg.checkers.asynchronous.sync_only import (
    may_be_evaluated,
    orm_callee,
    sync_only_chain,
    sync_only_site,
)
from checkers_pkg.inference.calls import linted_sync_function
from checkers_pkg.inference.labels import callee_label
from checkers_pkg.inference.names import candidate_names, short_names_of
from checkers_pkg.options import bad_non_negative, bad_qualified_names

if TYPE_CHECKING:
    from pylint.lint import PyLinter


# Calls that create a task the event loop holds only weakly. A loop's
# method is named in messages as written (``self.loop.create_task``).
MODULE_TASK_SPAWNERS = {
    "asyncio.create_task": "asyncio.create_task",
    "asyncio.tasks.create_task": "asyncio.create_task",
    "asyncio.ensure_future": "asyncio.ensure_future",
    "asyncio.tasks.ensure_future": "asyncio.ensure_future",
}


LOOP_TASK_SPAWNERS = frozenset(
    f"asyncio.{cls}.create_task"
    for cls in (
        "AbstractEventLoop",
        "events.AbstractEventLoop",
        "BaseEventLoop",
        "base_events.BaseEventLoop",
    )
)


_SPAWNER_SHORT_NAMES = short_names_of([*MODULE_TASK_SPAWNERS, *LOOP_TASK_SPAWNERS])


class AsyncChecker(SuiteChecker):
    """Coroutines that never run, tests that are always true, calls that stop
    the event loop, and tasks that may vanish."""

    name = "checkers-pkg-async"
    msgs = {
        "E7101": (
            "%s is a coroutine function: without await this call never runs it; "
            "await it, or schedule it with asyncio.create_task()",
            "unawaited-coroutine",
            "Calling a coroutine function only creates a coroutine object; as a bare "
            "statement it is dropped and its body never runs (Python warns only at "
            "run time, 'coroutine was never awaited'). The callee is resolved by "
            "inference: other modules, inherited and overriding methods, "
            "functools.partial, decorators that keep the function async.",
        ),
        "E7102": (
            "%s returns a coroutine, which is always true as a test; await it",
            "coroutine-in-boolean-context",
            "A coroutine object is truthy, so `if is_ready():` on a coroutine "
            "function is always taken and the coroutine never runs. Await the call "
            "to test its result.",
        ),
        "W7103": (
            "%s blocks the event loop; %s",
            "blocking-call-in-async",
            "A call that resolves to a known blocking API (time.sleep, subprocess, "
            "requests, sockets, file I/O, sqlite3, ...) or to a call of a "
            "synchronous library client (redis, psycopg2, psycopg, pymysql, "
            "pymongo, SQLAlchemy sessions and connections, boto3, smtplib, "
            "ftplib, urllib3, paramiko) inside an async def stops every other "
            "task until it returns. Aliases, instances, factories and injected "
            "clients are resolved (`r = redis.Redis.from_url(url); r.get(k)`); "
            "async twins (redis.asyncio, motor, AsyncSession...), calls handed to "
            "a thread (asyncio.to_thread, loop.run_in_executor) or made in nested "
            "sync functions are not reported. Add your own with blocking-functions.",
        ),
        "W7104": (
            "%s blocks the event loop; make the chain async or run %s() "
            "with asyncio.to_thread()",
            "transitively-blocking-call-in-async",
            "An async def calls a sync function of this code base that makes a "
            "blocking call itself or through its own callees, up to "
            "blocking-call-depth functions deep. The message names the chain and "
            "where the blocking call is (helper -> load -> time.sleep (storage.py:41)).",
        ),
        "E7106": (
            "%s is a coroutine: %s; await it first",
            "coroutine-used-as-result",
            "The value of a coroutine-function call is a coroutine object until it "
            "is awaited: reading an attribute, subscripting, iterating, unpacking, "
            "comparing, converting or formatting it acts on the coroutine, not on "
            "the result (AttributeError or TypeError at run time, or a silently "
            "wrong value). Seen on the call itself and on a local name bound only "
            "to such calls and not yet awaited or handed on. pylint infers the "
            "call as the function's return value, so its own checks miss this.",
        ),
        "W7105": (
            "the task from %s() is not kept: the event loop holds it weakly and may "
            "garbage-collect it mid-flight; keep a reference (discard it when done) "
            "or use an asyncio.TaskGroup",
            "dangling-task",
            "asyncio keeps only a weak reference to running tasks. A task created "
            "with asyncio.create_task, asyncio.ensure_future or loop.create_task "
            "whose result is discarded can disappear before it finishes. "
            "TaskGroup.create_task is fine: the group owns its tasks.",
        ),
        "E7107": (
            "%s %s, which Django refuses on the event loop (SynchronousOnlyOperation); %s",
            "sync-only-call-in-async",
            "Django raises SynchronousOnlyOperation when an ORM query (get, count, "
            "save, iterating a queryset, ...) or a function decorated with "
            "async_unsafe (connection.cursor()) runs on a running event loop, "
            "directly or through sync functions of this code base "
            "(blocking-call-depth deep). Models, custom managers and querysets, "
            "related managers and querysets held in names are followed; building "
            "a queryset runs nothing. Use the async API (aget, acount, async for, "
            "asave) or sync_to_async / database_sync_to_async.",
        ),
    }
    options = (
        (
            "blocking-functions",
            {
                "default": (),
                "type": "csv",
                "metavar": "<qualified names>",
                "help": "Fully qualified names of functions or methods that block, "
                "added to the built-in list (e.g. mylib.io.fetch_all, "
                "mylib.Client.download).",
            },
        ),
        (
            "blocking-call-depth",
            {
                "default": 3,
                "type": "int",
                "metavar": "<int>",
                "help": "How many sync functions of the linted code a chain from an "
                "async def to a blocking call (transitively-blocking-call-in-async) "
                "or a Django ORM query (sync-only-call-in-async) may pass through; "
                "0 turns the search off.",
            },
        ),
    )

    def __init__(self, linter: PyLinter) -> None:
        super().__init__(linter)
        self._apis = BlockingApis.with_extra()

    def bad_option_values(self) -> list[str]:
        """Problems with this checker's options, for the plugin's config hook."""
        return bad_qualified_names(
            "blocking-functions", self.linter.config.blocking_functions
        ) + bad_non_negative("blocking-call-depth", self.linter.config.blocking_call_depth)

    def open(self) -> None:
        """Start of a run: read the options once."""
        super().open()
        self._apis = BlockingApis.with_extra(self.linter.config.blocking_functions)

    @only_required_for_messages(
        "unawaited-coroutine",
        "coroutine-in-boolean-context",
        "blocking-call-in-async",
        "transitively-blocking-call-in-async",
        "dangling-task",
        "coroutine-used-as-result",
        "sync-only-call-in-async",
    )
    def visit_call(self, node: nodes.Call) -> None:
        """Resolve the callee once, then ask each question that applies here."""
        if isinstance(node.parent, nodes.Expr):
            self._check_discarded_result(node)
        elif _is_discarded_element(node):
            spawner = _task_spawner(node)
            if spawner is not None:
                self._report("dangling-task", node, spawner)
        elif is_boolean_context(through_walrus(node)):
            if is_coroutine_function(node.func):
                self._report("coroutine-in-boolean-context", node, callee_label(node))
        else:
            use = result_use(through_walrus(node))
            if use is not None and is_coroutine_function(node.func):
                self._report("coroutine-used-as-result", node, callee_label(node, called=True), use)
        if runs_on_the_loop(node) and not is_handed_to_thread(node):
            self._check_blocking(node)
            self._check_sync_only(node)

    @only_required_for_messages("sync-only-call-in-async")
    def visit_attribute(self, node: nodes.Attribute) -> None:
        """A queryset held in an attribute (``self.queryset``) evaluated where
        it stands: ``for book in self.queryset``, ``len(self.queryset)``."""
        if may_be_evaluated(node) and runs_on_the_loop(node) and not is_handed_to_thread(node):
            found = sync_only_site(node)
            if found is not None:
                self._report("sync-only-call-in-async", node, found.what, found.why,
                             found.advice)

    @only_required_for_messages("coroutine-used-as-result")
    def visit_augassign(self, node: nodes.AugAssign) -> None:
        """``total += 1`` on a local name holding a coroutine reads it first."""
        if isinstance(node.target, nodes.AssignName):
            self.visit_name(node.target)

    @only_required_for_messages(
        "coroutine-in-boolean-context", "coroutine-used-as-result",
        "blocking-call-in-async", "sync-only-call-in-async",
    )
    def visit_name(self, node: nodes.Name | nodes.AssignName) -> None:
        """A local name holding a coroutine, tested or used as its result; a
        queryset or a client's cursor evaluated where it stands."""
        if isinstance(node, nodes.Name) and may_be_evaluated(node) \
                and runs_on_the_loop(node) and not is_handed_to_thread(node):
            self._check_sync_only(node)
            if is_iterated(node):
                found = blocking_iteration(node)
                if found is not None:
                    self._report("blocking-call-in-async", node, found.label, found.advice)
        if not bound_only_to_calls(node):
            return
        tested = is_boolean_context(node)
        use = None if tested else result_use(node)
        if not tested and use is None:
            return
        call = held_coroutine_call(node)
        if call is None:
            return
        holder = f"{callee_label(call)} (held in '{node.name}')"
        if tested:
            self._report("coroutine-in-boolean-context", node, holder)
        else:
            holder = f"'{node.name}' (from {callee_label(call, called=True)})"
            self._report("coroutine-used-as-result", node, holder, use)

    def _check_discarded_result(self, node: nodes.Call) -> None:
        spawner = _task_spawner(node)
        if spawner is not None:
            self._report("dangling-task", node, spawner)
        elif is_coroutine_function(node.func):
            self._report("unawaited-coroutine", node, callee_label(node))

    def _check_sync_only(self, node: nodes.Call | nodes.Name) -> None:
        found = sync_only_site(node)
        if found is not None:
            self._report("sync-only-call-in-async", node, found.what, found.why, found.advice)
            return
        callee = orm_callee(node) if isinstance(node, nodes.Call) else None
        if callee is None:
            return
        chain = sync_only_chain(callee, self.linter.config.blocking_call_depth)
        if chain is not None:
            where = f"{os.path.basename(chain.node.root().file or '')}:{chain.node.lineno}"
            names = " -> ".join((*chain.via, chain.found.what))
            self._report("sync-only-call-in-async", node, f"{names} ({where})", chain.found.why,
                         f"run {chain.via[0]}() with sync_to_async()")

    def _check_blocking(self, node: nodes.Call) -> None:
        found = blocking_call(node, self._apis)
        if found is not None:
            self._report("blocking-call-in-async", node, found.label, found.advice)
            return
        callee = linted_sync_function(node)
        if callee is None:
            return
        depth = self.linter.config.blocking_call_depth
        chain = blocking_chain(callee, self._apis, depth)
        if chain is not None:
            # ``Client(url)`` runs Client.__init__: the advice names what is called.
            constructed = callee.name in _INITIALISERS and not (
                isinstance(node.func, nodes.Attribute) and node.func.attrname in _INITIALISERS
            )
            self._report(
                "transitively-blocking-call-in-async",
                node,
                f"{' -> '.join(chain.names)} ({chain.where(node.root())})",
                node.func.as_string() if constructed else chain.via[0],
            )

    def _report(self, symbol: str, node: nodes.NodeNG, *args: str) -> None:
        self.add_message(symbol, node=node, args=args, confidence=INFERENCE)


# What building an object runs (a dataclass's generated __init__ runs __post_init__).
_INITIALISERS = frozenset({"__init__", "__post_init__"})


def _task_spawner(node: nodes.Call) -> str | None:
    """How to name the task-creating API ``node`` calls, if it calls one."""
    names = candidate_names(node, _SPAWNER_SHORT_NAMES)
    for name in names:
        if name in MODULE_TASK_SPAWNERS:
            return MODULE_TASK_SPAWNERS[name]
    if LOOP_TASK_SPAWNERS.intersection(names):
        return node.func.as_string()
    return None


def _is_discarded_element(node: nodes.NodeNG) -> bool:
    """An element of a tuple, list or set display, or a branch of a conditional
    expression, that is itself an expression statement (*Discarded task*)."""
    parent = node.parent
    if not isinstance(parent, (nodes.Tuple, nodes.List, nodes.Set, nodes.IfExp)):
        return False
    while isinstance(parent, (nodes.Tuple, nodes.List, nodes.Set, nodes.IfExp)):
        if isinstance(parent, nodes.IfExp) and node is parent.test:
            return False
        node, parent = parent, parent.parent
    return isinstance(parent, nodes.Expr)


# The catalogue's *Boolean context*, asked of calls and of names alike.
is_boolean_context = is_truth_test
