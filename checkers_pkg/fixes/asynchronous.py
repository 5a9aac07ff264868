"""Fixes of the async messages: ``await`` where the call is made inside an
``async def``, and blocking calls moved off the event loop."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from astroid import nodes

from checkers_pkg.fixes.registry import Proposal, fixer, reported_node
from checkers_pkg.fixes.source import Source
from checkers_pkg.fixes.syntax import (
    await_expression,
    awaitable_here,
    binds_module,
    import_edit,
    is_primary_operand,
    replace,
)

if TYPE_CHECKING:
    from pylint.message import Message

# The message names the resolved API first: "time.sleep blocks the event loop".
_BLOCKING_API = re.compile(r"^(?P<api>[\w.]+) blocks the event loop")
_SLEEPS = frozenset({"time.sleep"})
# Objects that refuse to be used from another thread than their creator's
# (sqlite3's check_same_thread): asyncio.to_thread would make them raise.
_SAME_THREAD = ("sqlite3.",)


def _awaited_call(source: Source, message: Message) -> nodes.Call | None:
    """The reported call, if ``await`` may be written before it."""
    call = reported_node(source, message, nodes.Call)
    if call is None or not awaitable_here(call):
        return None
    return call


@fixer("unawaited-coroutine", "safe", "``await`` the call, inside an ``async def``")
def await_statement(
    source: Source, message: Message, _others: Sequence[Message]
) -> Proposal | None:
    """``await`` a coroutine-function call made as a statement."""
    call = _awaited_call(source, message)
    if call is None or not isinstance(call.parent, nodes.Expr):
        return None
    edit = replace(source, call, await_expression(source, call))
    return Proposal("await the call", (edit,), True)


def _await_result(source: Source, message: Message) -> Proposal | None:
    """A direct call (not a name holding one) used as its result."""
    call = _awaited_call(source, message)
    if call is None:
        return None
    return Proposal(
        "await the call before using its result",
        (replace(source, call, await_expression(source, call)),),
        True,
    )


fixer(
    "coroutine-in-boolean-context",
    "safe",
    "``if await ready():`` for a direct call inside an ``async def`` "
    "(not for a name holding the coroutine)",
)(lambda source, message, _others: _await_result(source, message))
fixer(
    "coroutine-used-as-result",
    "safe",
    "``(await fetch()).attr`` for a direct call inside an ``async def`` "
    "(not for a name holding the coroutine)",
)(lambda source, message, _others: _await_result(source, message))


@fixer(
    "blocking-call-in-async",
    "safe or unsafe",
    "``time.sleep(x)`` becomes ``await asyncio.sleep(x)`` (safe, ``import asyncio`` "
    "added if missing); another blocking call ``f(*args, **kwargs)`` becomes "
    "``await asyncio.to_thread(f, *args, **kwargs)`` (unsafe: the call then runs "
    "in a thread; not for sqlite3 objects, which refuse other threads)",
)
def off_the_loop(source: Source, message: Message, _others: Sequence[Message]) -> Proposal | None:
    """``await asyncio.sleep()`` for ``time.sleep()``, else ``asyncio.to_thread()``."""
    call = _awaited_call(source, message)
    match = _BLOCKING_API.match(message.msg or "")
    if call is None or match is None:
        return None
    asyncio_bound = binds_module(call, "asyncio")
    if asyncio_bound is False:
        return None  # 'asyncio' names something else here
    if any(isinstance(arg, nodes.Starred) for arg in call.args) and match["api"] in _SLEEPS:
        return None
    edits = []
    if match["api"] in _SLEEPS:
        if len(call.args) != 1 or call.keywords:
            return None
        awaited = f"asyncio.sleep({source.segment(call.args[0])})"
        description, safe = "await asyncio.sleep() instead", True
    else:
        if isinstance(call.parent, nodes.Await) or match["api"].startswith(_SAME_THREAD):
            return None
        arguments = [source.segment(call.func)]
        arguments += [source.segment(argument) for argument in call.args]
        for keyword in call.keywords or ():
            arguments.append(source.segment(keyword))
        awaited = f"asyncio.to_thread({', '.join(arguments)})"
        description, safe = "run it in a thread with asyncio.to_thread()", False
    text = f"await {awaited}"
    edits.append(replace(source, call, f"({text})" if is_primary_operand(call) else text))
    if asyncio_bound is None:
        edits.append(import_edit(source, "asyncio"))
    return Proposal(description, tuple(edits), safe)
