"""The blocking APIs the async checker knows, and the calls to them that
return at once (*Cannot block* in the catalogue).

The built-in table names each blocking API once, by its public name, with
the other names the inference layer may resolve it to (where astroid says
it is defined, or the module it lives in when the library is installed), so
the answer and the message are the same whether or not the library is
installed.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from astroid import nodes

from checkers_pkg.inference.definitions import origins
from checkers_pkg.inference.names import (
    MAX_ALIAS_DEPTH,
    candidate_names,
    import_paths,
    short_names_of,
)
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
        "channels.db.database_sync_to_async",
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


# *Cannot block* (CATALOGUE.md): lookups of numeric addresses, waits that
# only poll (WNOHANG), and socket methods on a socket made non-blocking.
# API -> (keyword, position, the flag's qualified names)
_AT_ONCE_FLAGS = {
    "socket.getaddrinfo": ("flags", 5, ("socket.AI_NUMERICHOST", "_socket.AI_NUMERICHOST")),
    "socket.getnameinfo": ("flags", 1, ("socket.NI_NUMERICHOST", "_socket.NI_NUMERICHOST")),
    **{
        f"os.{name}": ("options", position, ("os.WNOHANG", "posix.WNOHANG"))
        for name, position in (("waitpid", 1), ("wait3", 0), ("wait4", 1))
    },
}
_NON_BLOCKING_CAPABLE = frozenset(
    f"socket.socket.{name}" for name in _SOCKET_METHODS if name not in ("sendfile", "makefile")
)
_MAKE_NON_BLOCKING = {"setblocking": False, "settimeout": 0}


def returns_at_once(call: nodes.Call, api: str) -> bool:
    """Whether this call of a listed blocking API cannot block: a numeric-host
    lookup, a wait for a child with WNOHANG, or a socket the same function (or
    the class's ``__init__``, for ``self.<attr>``) made non-blocking before the
    call."""
    if api in _AT_ONCE_FLAGS:
        keyword, position, flag = _AT_ONCE_FLAGS[api]
        flags = _argument(call, keyword, position)
        return flags is not None and _mentions(flags, frozenset(flag))
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


def _mentions(expression: nodes.NodeNG, qualified: frozenset[str], depth: int = 0) -> bool:
    """Whether ``expression`` names one of ``qualified`` (read through
    imports), alone or combined with ``|``: ``socket.AI_NUMERICHOST |
    socket.AI_PASSIVE``, also through a name, a constant of another module
    or a class attribute every definition of which does so."""
    if isinstance(expression, nodes.BinOp) and expression.op == "|":
        return _mentions(expression.left, qualified, depth) or _mentions(
            expression.right, qualified, depth
        )
    if not isinstance(expression, (nodes.Name, nodes.Attribute)):
        return False
    if qualified.intersection(import_paths(expression)):
        return True
    if depth >= MAX_ALIAS_DEPTH:
        return False
    if isinstance(expression, nodes.Name):
        values = [assigned_value(binding) for binding in bindings_of(expression)]
        if values and all(
            value is not None and _mentions(value, qualified, depth + 1) for value in values
        ):
            return True
    defined = [
        origin.value for origin in origins(expression)
        if not qualified.intersection(origin.paths)
    ]
    return all(
        value is not None and value is not expression and _mentions(value, qualified, depth + 1)
        for value in defined
    ) and bool(origins(expression))


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
