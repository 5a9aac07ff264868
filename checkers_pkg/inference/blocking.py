"""Does this call block the event loop, directly or through the linted code?

The built-in table names each blocking API once, by its public name, with the
other names the inference layer may resolve it to (where astroid says it is
defined, or the module it lives in when the library is installed), so the
answer and the message are the same whether or not the library is installed.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import NamedTuple

from astroid import nodes

from checkers_pkg.inference._cache import memoise_per_node
from checkers_pkg.inference.coroutines import (
    DecoratorEffect,
    call_through_wrappers,
    calls_through,
    decorator_effect,
)
from checkers_pkg.inference.names import (
    MAX_ALIAS_DEPTH,
    candidate_names,
    definition_by_imports,
    function_label,
    import_paths,
    is_linted_code,
    local_definition,
    module_member_source,
    qualified_names,
    resolved_callee,
    short_names_of,
)
from checkers_pkg.inference.summaries import is_linted_path
from checkers_pkg.inference.values import assigned_value, bindings_of, constant_value

_HTTP_VERBS = ("get", "post", "put", "patch", "delete", "head", "options", "request")
_SOCKET_METHODS = ("accept", "connect", "recv", "recv_into", "recvfrom", "recvfrom_into",
                   "send", "sendall", "sendto", "sendfile", "makefile")
_PATH_IO = ("read_text", "read_bytes", "write_text", "write_bytes", "open")
# The catalogue's "sqlite3 connect/execute": the calls that run a statement.
_SQLITE_METHODS = ("execute", "executemany", "executescript")


def _aliases(public: str, *others: str) -> tuple[str, tuple[str, ...]]:
    return public, others


# public name -> other names the same API resolves to
BUILTIN_BLOCKING_APIS: dict[str, tuple[str, ...]] = dict(
    [
        _aliases("time.sleep"),
        _aliases("input", "builtins.input"),
        _aliases("open", "builtins.open", "io.open", "_io.open"),
        *(
            _aliases(f"subprocess.{name}")
            for name in ("run", "call", "check_call", "check_output", "getoutput",
                         "getstatusoutput", "Popen", "Popen.wait", "Popen.communicate")
        ),
        _aliases("os.system", "posix.system", "nt.system"),
        _aliases("os.popen"),
        *(
            _aliases(f"os.{name}", f"posix.{name}", f"nt.{name}")
            for name in ("wait", "wait3", "wait4", "waitid", "waitpid")
        ),
        *(
            _aliases(f"os.{name}")
            for name in ("spawnl", "spawnle", "spawnlp", "spawnlpe",
                         "spawnv", "spawnve", "spawnvp", "spawnvpe")
        ),
        *(_aliases(f"requests.{verb}", f"requests.api.{verb}") for verb in _HTTP_VERBS),
        *(
            _aliases(f"requests.Session.{verb}", f"requests.sessions.Session.{verb}")
            for verb in (*_HTTP_VERBS, "send")
        ),
        *(_aliases(f"httpx.{verb}", f"httpx._api.{verb}") for verb in (*_HTTP_VERBS, "stream")),
        *(
            _aliases(f"httpx.Client.{verb}", f"httpx._client.Client.{verb}")
            for verb in (*_HTTP_VERBS, "send", "stream")
        ),
        _aliases("urllib.request.urlopen"),
        _aliases("urllib.request.urlretrieve"),
        *(
            _aliases(f"http.client.HTTPConnection.{name}")
            for name in ("request", "getresponse", "connect", "send", "endheaders")
        ),
        *(_aliases(f"socket.socket.{name}", f"_socket.socket.{name}") for name in _SOCKET_METHODS),
        *(
            _aliases(f"socket.{name}", f"_socket.{name}")
            for name in ("create_connection", "getaddrinfo", "gethostbyname", "gethostbyaddr")
        ),
        *(_aliases(f"pathlib.Path.{name}") for name in _PATH_IO),
        *(
            _aliases(f"shutil.{name}")
            for name in ("copy", "copy2", "copyfile", "copyfileobj", "copytree", "move",
                         "rmtree", "make_archive", "unpack_archive")
        ),
        _aliases("sqlite3.connect", "_sqlite3.connect", "sqlite3.dbapi2.connect"),
        *(_aliases(f"sqlite3.{owner}.{name}")
          for owner in ("Connection", "Cursor") for name in _SQLITE_METHODS),
    ]
)

# Calls whose arguments run in a worker thread: what is handed to them does
# not block the loop. Matched by qualified name, or by method name on any
# receiver (a precision-safe direction: it can only silence).
THREAD_HANDOFFS = frozenset(
    {
        "asyncio.to_thread",
        "asyncio.threads.to_thread",
        "anyio.to_thread.run_sync",
        "trio.to_thread.run_sync",
        "starlette.concurrency.run_in_threadpool",
        "fastapi.concurrency.run_in_threadpool",
        "asgiref.sync.sync_to_async",
    }
)
THREAD_HANDOFF_METHODS = frozenset({"run_in_executor", "submit", "run_sync", "to_thread"})


@dataclass(frozen=True)
class BlockingApis:
    """The blocking APIs in force: the built-in table plus configured names."""

    names: frozenset[tuple[str, str]]  # (any resolvable name, public name)
    _lookup: Mapping[str, str] = field(init=False, compare=False, hash=False, repr=False)
    _short: frozenset[str] = field(init=False, compare=False, hash=False, repr=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_lookup", dict(self.names))
        object.__setattr__(self, "_short", short_names_of(self._lookup))

    @classmethod
    def with_extra(cls, extra: Iterable[str] = ()) -> BlockingApis:
        """The built-in table, plus ``extra`` fully qualified names."""
        pairs = {(public, public) for public in BUILTIN_BLOCKING_APIS}
        pairs |= {(alias, public) for public, aliases in BUILTIN_BLOCKING_APIS.items()
                  for alias in aliases}
        pairs |= {(name, name) for name in extra}
        return cls(frozenset(pairs))

    @property
    def short_names(self) -> frozenset[str]:
        """Last components of every name: the gate for ``candidate_names``."""
        return self._short

    def match(self, names: Iterable[str]) -> str | None:
        """The public name of the first of ``names`` that is a blocking API."""
        for name in names:
            public = self._lookup.get(name)
            if public is not None:
                return public
        return None


def blocking_api(call: nodes.Call, apis: BlockingApis) -> str | None:
    """The public name of the blocking API ``call`` invokes, if it is one and
    its arguments or its receiver's state do not show that it returns at once."""
    api = apis.match(candidate_names(call, apis.short_names))
    if api is None or returns_at_once(call, api):
        return None
    return api


# *Cannot block* (CATALOGUE.md): lookups of numeric addresses, and socket
# methods on a socket made non-blocking.
_NUMERIC_LOOKUPS = {
    "socket.getaddrinfo": ("flags", 5, "AI_NUMERICHOST"),
    "socket.getnameinfo": ("flags", 1, "NI_NUMERICHOST"),
}
_NON_BLOCKING_CAPABLE = frozenset(
    f"socket.socket.{name}" for name in _SOCKET_METHODS if name not in ("sendfile", "makefile")
)
_MAKE_NON_BLOCKING = {"setblocking": False, "settimeout": 0}


def returns_at_once(call: nodes.Call, api: str) -> bool:
    """Whether this call of a listed blocking API cannot block: a numeric-host
    lookup, or a socket the same function (or the class's ``__init__``, for
    ``self.<attr>``) made non-blocking before the call."""
    if api in _NUMERIC_LOOKUPS:
        keyword, position, flag = _NUMERIC_LOOKUPS[api]
        flags = _argument(call, keyword, position)
        return flags is not None and _mentions(flags, f"socket.{flag}")
    if api in _NON_BLOCKING_CAPABLE and isinstance(call.func, nodes.Attribute):
        return _made_non_blocking(call.func.expr, call)
    return False


def _argument(call: nodes.Call, keyword: str, position: int) -> nodes.NodeNG | None:
    for passed in call.keywords or ():
        if passed.arg == keyword:
            return passed.value
    if len(call.args) > position and not any(
        isinstance(arg, nodes.Starred) for arg in call.args[: position + 1]
    ):
        return call.args[position]
    return None


def _mentions(expression: nodes.NodeNG, qualified: str, depth: int = 0) -> bool:
    """Whether ``expression`` names ``qualified`` (read through imports), alone
    or combined with ``|``: ``socket.AI_NUMERICHOST | socket.AI_PASSIVE``, also
    through a name every binding of which, where it is read, does so."""
    if isinstance(expression, nodes.BinOp) and expression.op == "|":
        return _mentions(expression.left, qualified, depth) or _mentions(
            expression.right, qualified, depth
        )
    if not isinstance(expression, (nodes.Name, nodes.Attribute)):
        return False
    paths = import_paths(expression)
    if qualified in paths or f"_{qualified}" in paths:
        return True
    if not isinstance(expression, nodes.Name) or depth >= MAX_ALIAS_DEPTH:
        return False
    values = [assigned_value(binding) for binding in bindings_of(expression)]
    return bool(values) and all(
        value is not None and _mentions(value, qualified, depth + 1) for value in values
    )


def _made_non_blocking(receiver: nodes.NodeNG, call: nodes.Call) -> bool:
    receiver_text = receiver.as_string()
    function = call.scope()
    places = [(function, call)]
    if receiver_text.startswith("self.") and isinstance(function, nodes.FunctionDef):
        owner = function.parent.frame() if function.parent is not None else None
        inits = owner.locals.get("__init__", []) if isinstance(owner, nodes.ClassDef) else []
        init = inits[0] if len(inits) == 1 else None
        if isinstance(init, nodes.FunctionDef) and init is not function:
            places.append((init, None))
    return any(
        _sets_non_blocking(candidate, receiver_text)
        for where, before in places
        for candidate in where.nodes_of_class(nodes.Call)
        if before is None or _precedes(candidate, before)
    )


def _sets_non_blocking(candidate: nodes.Call, receiver_text: str) -> bool:
    func = candidate.func
    if not (
        isinstance(func, nodes.Attribute)
        and func.attrname in _MAKE_NON_BLOCKING
        and len(candidate.args) == 1
        and func.expr.as_string() == receiver_text
    ):
        return False
    known, value = constant_value(candidate.args[0])
    return known and value == _MAKE_NON_BLOCKING[func.attrname] and value is not None


def _precedes(first: nodes.NodeNG, second: nodes.NodeNG) -> bool:
    return (first.lineno or 0, first.col_offset or 0) < (second.lineno or 0, second.col_offset or 0)


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


def linted_sync_function(call: nodes.Call) -> nodes.FunctionDef | None:
    """The sync function or method of the linted code that ``call`` runs."""
    found = module_member_source(call.func)
    if found is not None and not is_linted_path(found[0].name, found[0].path):
        return None  # ``json.loads``: a library's module, read by imports alone
    callee = (
        local_definition(call.func)
        or definition_by_imports(call.func)
        or resolved_callee(call.func)
    )
    if not isinstance(callee, nodes.FunctionDef) or isinstance(callee, nodes.Lambda):
        return None
    if isinstance(callee, nodes.AsyncFunctionDef) or callee.is_generator():
        return None
    # A decorator may move the call elsewhere (``@sync_to_async`` runs it in a
    # thread): follow only functions whose decorators are known to keep them,
    # or to wrap them in a sync function that calls them (timing, retry).
    decorators = callee.decorators.nodes if callee.decorators else []
    if any(
        decorator_effect(d) is not DecoratorEffect.KEEPS and not calls_through(d)
        for d in decorators
    ):
        return None
    return callee if is_linted_code(callee.root()) else None


_DEFERRED = (nodes.FunctionDef, nodes.Lambda, nodes.ClassDef)


def calls_in_body(func: nodes.FunctionDef) -> list[nodes.Call]:
    """The calls a function makes when it runs, in the order they run
    (``conn.execute(...).fetchone()``: ``execute`` first): its body, not
    nested functions, lambdas or classes (which run later, if ever)."""
    found: list[nodes.Call] = []
    pending: list[tuple[nodes.NodeNG, bool]] = [
        (statement, False) for statement in reversed(func.body)
        if not isinstance(statement, _DEFERRED)
    ]
    while pending:  # an iterative post-order walk: deep expressions, no recursion
        node, children_done = pending.pop()
        if children_done:
            found.append(node)
            continue
        if isinstance(node, nodes.Call):
            pending.append((node, True))
        pending.extend(
            (child, False) for child in reversed(list(node.get_children()))
            if not isinstance(child, _DEFERRED)
        )
    return found


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
        api = blocking_api(call, apis)
        if api is not None:
            return BlockingChain((label,), api, call)
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
    "BUILTIN_BLOCKING_APIS",
    "BlockingApis",
    "BlockingChain",
    "blocking_api",
    "blocking_chain",
    "calls_in_body",
    "is_handed_to_thread",
    "linted_sync_function",
]
