"""Does this call block the event loop, directly or through the linted code?

A call runs on the loop when it is in an ``async def`` (not a nested sync
function or lambda) and is not handed to a thread; a sync function of the
linted code blocks when it, or a callee up to a depth, calls a blocking API.
"""

from __future__ import annotations

import os
from typing import NamedTuple

from astroid import nodes

from checkers_pkg.checkers.asynchronous.blocking_apis import (
    THREAD_HANDOFF_METHODS,
    THREAD_HANDOFFS,
    BlockingApis,
    blocking_api,
)
from checkers_pkg.checkers.asynchronous.client_kinds import ClientCall, client_call
from checkers_pkg.inference._cache import memoise_per_node
from checkers_pkg.inference.calls import calls_in_body, linted_sync_function
from checkers_pkg.inference.decorators import call_through_wrappers
from checkers_pkg.inference.labels import function_label
from checkers_pkg.inference.names import qualified_names


def runs_on_the_loop(node: nodes.NodeNG) -> bool:
    """Whether ``node`` runs on the event loop when the ``async def`` it is in
    runs: in its body, or in a comprehension evaluated there; not in a nested
    ``def`` or lambda (frames of their own), nor in a generator expression
    kept for later (``pending = (f(x) for x in xs)``), which runs wherever it
    is consumed."""
    frame = node.frame()
    if not isinstance(frame, nodes.AsyncFunctionDef):
        return False
    scope = node.scope()
    while scope is not frame:
        if isinstance(scope, nodes.GeneratorExp) and not _consumed_in_place(scope):
            return False
        scope = scope.parent.scope()
    return True


def _consumed_in_place(generator: nodes.GeneratorExp) -> bool:
    """A generator expression iterated where it is written: passed to a call
    (``any(...)``, ``"".join(...)``, ``f(*(...))``) or looped over."""
    parent = generator.parent
    if isinstance(parent, nodes.Starred):
        parent = parent.parent
    if isinstance(parent, nodes.Call):
        return parent.func is not generator
    return isinstance(parent, (nodes.For, nodes.Comprehension)) and parent.iter is generator


def is_handed_to_thread(node: nodes.NodeNG) -> bool:
    """Whether ``node`` sits in the arguments of a call that runs them in a thread
    (``asyncio.to_thread(...)``, ``loop.run_in_executor(...)``), within its frame
    (comprehensions included)."""
    frame = node.frame()
    child, parent = node, node.parent
    while parent is not None and parent is not frame:
        if isinstance(parent, nodes.Call) and child is not parent.func and _is_handoff(parent):
            return True
        child, parent = parent, parent.parent
    return False


def _is_handoff(call: nodes.Call) -> bool:
    if isinstance(call.func, nodes.Attribute) and call.func.attrname in THREAD_HANDOFF_METHODS:
        return True
    return bool(THREAD_HANDOFFS.intersection(qualified_names(call)))


DEFAULT_ADVICE = "use an async API or hand it to asyncio.to_thread()"


def blocking_call(call: nodes.Call, apis: BlockingApis) -> ClientCall | None:
    """How to name the blocking call ``call`` makes, and what to use instead:
    a listed API (``blocking_api``) or a library client's call (*Library
    clients*: ``redis.Redis.get``, ``execute on a psycopg2 cursor``)."""
    api = blocking_api(call, apis)
    if api is not None:
        return ClientCall(api, DEFAULT_ADVICE)
    return client_call(call)


class BlockingChain(NamedTuple):
    """Why running a function blocks: the functions passed through, outermost
    first, the blocking API, and the blocking call itself."""

    via: tuple[str, ...]
    api: str
    call: nodes.Call

    @property
    def names(self) -> tuple[str, ...]:
        """``("load", "read_file", "open")``."""
        return (*self.via, self.api)

    def where(self, seen_from: nodes.Module) -> str:
        """``storage.py:41``: the file and line of the blocking call, as read
        in ``seen_from``'s file; by the module's path (``redis/cluster.py``)
        when another file of that name is the one the message is shown in."""
        module = self.call.root()
        path = module.file or ""
        filename = os.path.basename(path) if path.endswith(".py") else f"{module.name}.py"
        if module is not seen_from and filename == os.path.basename(seen_from.file or ""):
            parts = module.name.split(".")
            if os.path.basename(path) == "__init__.py":
                parts.append("__init__")
            filename = "/".join(parts) + ".py"
        return f"{filename}:{self.call.lineno}"


@memoise_per_node(on_cycle=None)
def blocking_chain(
    func: nodes.FunctionDef, apis: BlockingApis, depth: int
) -> BlockingChain | None:
    """Why running ``func`` blocks (``load -> read_file -> open``), or None.

    ``depth`` is how many sync functions of the linted code the chain may
    pass through, ``func`` included. Memoised per function and depth for the
    run; recursion and call cycles end (a cycle contributes nothing).
    """
    if depth < 1:
        return None
    label = function_label(func)
    for call in calls_in_body(func):
        if is_handed_to_thread(call):
            continue
        found = blocking_call(call, apis)
        if found is not None:
            return BlockingChain((label,), found.label, call)
        if depth > 1:
            callee = linted_sync_function(call)
            deeper = blocking_chain(callee, apis, depth - 1) if callee is not None else None
            if deeper is not None:
                return deeper._replace(via=(label, *deeper.via))
    return _blocking_wrapper(func, apis, depth) if depth > 1 else None


def _blocking_wrapper(
    func: nodes.FunctionDef, apis: BlockingApis, depth: int
) -> BlockingChain | None:
    """Why the sync wrapper a decorator of ``func`` puts around it blocks
    (a retry that sleeps between attempts): calling ``func`` runs the wrapper.
    The chain names the wrapper by its decorator (``promote -> @backoff ->
    time.sleep``)."""
    for decorator in func.decorators.nodes if func.decorators else ():
        for wrapper in call_through_wrappers(decorator):
            deeper = blocking_chain(wrapper, apis, depth - 1)
            if deeper is not None:
                written = decorator.func if isinstance(decorator, nodes.Call) else decorator
                return deeper._replace(
                    via=(function_label(func), f"@{written.as_string()}", *deeper.via[1:])
                )
    return None


__all__ = [
    "BlockingApis",
    "BlockingChain",
    "blocking_api",
    "blocking_call",
    "blocking_chain",
    "calls_in_body",
    "is_handed_to_thread",
    "linted_sync_function",
]
