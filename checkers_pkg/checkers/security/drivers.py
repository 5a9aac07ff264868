"""Receivers that run text by their library, not by the DB-API: async
database drivers (asyncpg connections and pools, aiosqlite, psycopg's async
connections and cursors), pandas' SQL readers, and paramiko's SSH client,
whose ``exec_command`` runs its text through the remote user's shell.

Each is known by the class astroid infers when the library is installed,
and by import paths (the factory that made the value, the annotation) when
it is not.
"""

from __future__ import annotations

from astroid import nodes
from astroid.exceptions import AstroidError

from checkers_pkg.inference._cache import memoise_per_node
from checkers_pkg.inference.instances import instance_class, instance_type_names
from checkers_pkg.inference.names import import_paths, qualified_names
from checkers_pkg.inference.values import assigned_value, bindings_of, with_context

# What each driver's objects run as SQL.
DRIVER_METHODS = {
    "asyncpg": frozenset(
        {"execute", "executemany", "fetch", "fetchrow", "fetchval", "prepare", "cursor"}
    ),
    "aiosqlite": frozenset(
        {"execute", "executemany", "executescript", "execute_fetchall", "execute_insert"}
    ),
    "psycopg": frozenset({"execute", "executemany"}),
}
ASYNC_SQL_METHODS = frozenset().union(*DRIVER_METHODS.values())
# Calls whose (awaited) result is a connection or pool, by import path.
_FACTORIES = {
    "asyncpg.connect": "asyncpg", "asyncpg.connection.connect": "asyncpg",
    "asyncpg.create_pool": "asyncpg", "asyncpg.pool.create_pool": "asyncpg",
    "asyncpg.Pool": "asyncpg", "asyncpg.pool.Pool": "asyncpg",
    "aiosqlite.connect": "aiosqlite", "aiosqlite.core.connect": "aiosqlite",
    "psycopg.AsyncConnection.connect": "psycopg",
    "psycopg.connection_async.AsyncConnection.connect": "psycopg",
    "psycopg_pool.AsyncConnectionPool.connection": "psycopg",
}
# Classes of connections, pools and cursors, by qualified name.
_TYPES = {
    **{name: "asyncpg" for name in (
        "asyncpg.Connection", "asyncpg.connection.Connection", "asyncpg.Pool",
        "asyncpg.pool.Pool", "asyncpg.pool.PoolConnectionProxy",
    )},
    **{name: "aiosqlite" for name in (
        "aiosqlite.Connection", "aiosqlite.core.Connection", "aiosqlite.Cursor",
        "aiosqlite.cursor.Cursor",
    )},
    **{name: "psycopg" for name in (
        "psycopg.AsyncConnection", "psycopg.AsyncCursor", "psycopg.AsyncClientCursor",
        "psycopg.AsyncServerCursor", "psycopg.connection_async.AsyncConnection",
        "psycopg.cursor_async.AsyncCursor",
    )},
}
# Methods that hand back an object of the same driver (a pool's connection,
# a connection's cursor or transaction).
_SAME_DRIVER = frozenset({"acquire", "cursor", "transaction", "connection"})
PANDAS_READERS = frozenset(
    {"pandas.read_sql", "pandas.read_sql_query", "pandas.io.sql.read_sql",
     "pandas.io.sql.read_sql_query"}
)
SSH_CLIENTS = frozenset({"paramiko.SSHClient", "paramiko.client.SSHClient"})
_MAX_DEPTH = 8


def driver_of(node: nodes.NodeNG, depth: int = 0) -> str | None:
    """The async driver (``"asyncpg"``, ``"aiosqlite"``, ``"psycopg"``) whose
    connection, pool or cursor ``node`` holds, if known."""
    if depth > _MAX_DEPTH:
        return None
    if isinstance(node, nodes.Await):
        return driver_of(node.value, depth + 1)
    if isinstance(node, nodes.Name):
        return _name_driver(node, depth)
    if isinstance(node, nodes.Call):
        func = node.func
        if isinstance(func, nodes.Attribute) and func.attrname in _SAME_DRIVER:
            found = driver_of(func.expr, depth + 1)
            if found is not None:
                return found
        for name in (*qualified_names(func), *import_paths(func)):
            if name in _FACTORIES:
                return _FACTORIES[name]
        return None
    return _typed_driver(node)


@memoise_per_node(on_cycle=None)
def _name_driver(node: nodes.Name, depth: int) -> str | None:
    typed = _typed_driver(node)
    if typed is not None:
        return typed
    found = set()
    for binding in bindings_of(node):
        value = assigned_value(binding) or with_context(binding)
        if value is None:
            return None
        found.add(driver_of(value, depth + 1))
    return found.pop() if len(found) == 1 else None


def _typed_driver(node: nodes.NodeNG) -> str | None:
    for name in _type_names(node):
        if name in _TYPES:
            return _TYPES[name]
        if name in _FACTORIES:
            return _FACTORIES[name]
    return None


def is_ssh_client(node: nodes.NodeNG) -> bool:
    """Whether ``node`` holds a ``paramiko.SSHClient`` (or a subclass)."""
    return bool(SSH_CLIENTS.intersection(_type_names(node)))


def _type_names(node: nodes.NodeNG) -> set[str]:
    cls = instance_class(node)
    if cls is None:
        return set(instance_type_names(node))
    found = {cls.qname()}
    try:
        ancestors = list(cls.ancestors())[:16]
    except (AstroidError, RecursionError):
        ancestors = []
    found.update(ancestor.qname() for ancestor in ancestors)
    for klass in [cls, *ancestors]:
        for base in klass.bases:
            found.update(import_paths(base))
    return found
