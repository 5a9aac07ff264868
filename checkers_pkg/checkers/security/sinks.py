"""Where text becomes a shell command or an SQL query, and which functions of
the linted code hand their parameters on to such a place.

A *sink* is a call that runs its argument as code: ``subprocess.run(cmd,
shell=True)``, ``os.system(cmd)``, ``cursor.execute(query)`` on an inferred
DB-API cursor. A *wrapper* is a function of the linted code whose parameter
reaches a sink unchanged or joined with constants only (``def run_remote(cmd):
return subprocess.run(cmd, shell=True)``): the danger is at its callers, so
the summary (which parameters, through which chain) is memoised per function
and read at each call.
"""

from __future__ import annotations

import enum
from collections.abc import Iterator
from dataclasses import dataclass

from astroid import bases, nodes
from astroid.exceptions import AstroidError

from checkers_pkg.checkers.security.drivers import (
    ASYNC_SQL_METHODS,
    DRIVER_METHODS,
    PANDAS_READERS,
    driver_of,
    is_ssh_client,
)
from checkers_pkg.inference._cache import memoise_per_node
from checkers_pkg.inference.arguments import Passed, argument, truth
from checkers_pkg.inference.instances import instance_class, instance_type_names, resolved_callee
from checkers_pkg.inference.labels import is_linted_code
from checkers_pkg.inference.names import (
    candidate_names,
    import_paths,
    qualified_names,
    short_names_of,
)
from checkers_pkg.inference.values import (
    assigned_value,
    bindings_of,
    single_known_value,
    with_context,
)


class SinkKind(enum.Enum):
    """What the sink runs its text as."""

    SHELL = "shell"
    SQL = "sql"


@dataclass(frozen=True)
class Sink:
    """A call that runs text: how to name it, and the expression it runs."""

    kind: SinkKind
    label: str
    text: nodes.NodeNG


# -- shell ---------------------------------------------------------------------

_SUBPROCESS_SHELL_FLAG = ("run", "call", "check_call", "check_output", "Popen")


SHELL_FLAG_FUNCTIONS = {
    **{f"subprocess.{name}": f"subprocess.{name}" for name in _SUBPROCESS_SHELL_FLAG},
    "subprocess.Popen.__init__": "subprocess.Popen",
}


# Functions that always run their first argument through a shell.
SHELL_FUNCTIONS = {
    "os.system": "os.system",
    "posix.system": "os.system",
    "nt.system": "os.system",
    "os.popen": "os.popen",
    "subprocess.getoutput": "subprocess.getoutput",
    "subprocess.getstatusoutput": "subprocess.getstatusoutput",
    "commands.getoutput": "commands.getoutput",
    "commands.getstatusoutput": "commands.getstatusoutput",
    "asyncio.create_subprocess_shell": "asyncio.create_subprocess_shell",
    "asyncio.subprocess.create_subprocess_shell": "asyncio.create_subprocess_shell",
}


# The event loop's method takes the protocol factory first, the command second.
LOOP_SHELL_METHODS = frozenset(
    f"{owner}.subprocess_shell"
    for owner in (
        "asyncio.AbstractEventLoop",
        "asyncio.events.AbstractEventLoop",
        "asyncio.BaseEventLoop",
        "asyncio.base_events.BaseEventLoop",
        "asyncio.get_running_loop",
        "asyncio.get_event_loop",
        "asyncio.new_event_loop",
        "asyncio.events.get_running_loop",
        "asyncio.events.get_event_loop",
    )
)


_SHELL_SHORT = short_names_of([*SHELL_FLAG_FUNCTIONS, *SHELL_FUNCTIONS, *LOOP_SHELL_METHODS])


def shell_sink(call: nodes.Call) -> Sink | None:
    """The shell command ``call`` runs, if it runs one through a shell."""
    func = call.func
    if isinstance(func, nodes.Attribute) and func.attrname == "exec_command":
        if is_ssh_client(func.expr):
            return make_sink(SinkKind.SHELL, f"{func.as_string()}()", argument(call, "command", 0))
        return None
    names = candidate_names(call, _SHELL_SHORT)
    if not names:
        return None
    for name in names:
        if name in SHELL_FUNCTIONS:
            text = argument(call, "cmd", 0)
            return make_sink(SinkKind.SHELL, SHELL_FUNCTIONS[name], text)
        if name in SHELL_FLAG_FUNCTIONS:
            if truth(argument(call, "shell")) is not True:
                return None
            text = argument(call, "args", 0)
            return make_sink(SinkKind.SHELL, f"{SHELL_FLAG_FUNCTIONS[name]}(shell=True)", text)
    if LOOP_SHELL_METHODS.intersection(names):
        text = argument(call, "cmd", 1)
        return make_sink(SinkKind.SHELL, call.func.as_string(), text)
    return None


def flag_function_sink(call: nodes.Call) -> Sink | None:
    """``subprocess.run(args, shell=<anything>)``: the shell sink ``call``
    would be if its flag were true (for flags chosen by a parameter)."""
    for name in candidate_names(call, _SHELL_SHORT):
        if name in SHELL_FLAG_FUNCTIONS:
            text = argument(call, "args", 0)
            return make_sink(SinkKind.SHELL, f"{SHELL_FLAG_FUNCTIONS[name]}(shell=True)", text)
    return None


def make_sink(kind: SinkKind, label: str, text: nodes.NodeNG | Passed) -> Sink | None:
    return None if isinstance(text, Passed) else Sink(kind, label, text)


# -- SQL -----------------------------------------------------------------------

_DB_PACKAGES = ("sqlite3", "_sqlite3", "sqlite3.dbapi2", "psycopg2", "psycopg", "pymysql",
                "MySQLdb")


# Calls that return a DB-API connection, by the import paths that name them
# (the drivers are often not installed where pylint runs).
CONNECTION_FACTORIES = frozenset(
    {
        *(f"{package}.connect" for package in _DB_PACKAGES),
        "pymysql.Connect", "pymysql.Connection", "pymysql.connections.Connection",
        "MySQLdb.Connect", "MySQLdb.Connection", "MySQLdb.connections.Connection",
        "psycopg.Connection.connect", "psycopg.AsyncConnection.connect",
        "psycopg2.extensions.connection", "sqlite3.Connection", "_sqlite3.Connection",
        "django.db.connection", "django.db.connections",
    }
)


# Classes whose instances are connections or cursors, when astroid sees them.
DB_RECEIVER_TYPES = frozenset(
    {
        "sqlite3.Connection", "sqlite3.Cursor", "_sqlite3.Connection", "_sqlite3.Cursor",
        "sqlite3.dbapi2.Connection", "sqlite3.dbapi2.Cursor",
        "psycopg2.extensions.connection", "psycopg2.extensions.cursor",
        "psycopg2._psycopg.connection", "psycopg2._psycopg.cursor",
        "psycopg2.extras.DictCursor", "psycopg2.extras.RealDictCursor",
        "psycopg.Connection", "psycopg.Cursor", "psycopg.AsyncConnection", "psycopg.AsyncCursor",
        "psycopg.connection.Connection", "psycopg.cursor.Cursor",
        "pymysql.connections.Connection", "pymysql.cursors.Cursor", "pymysql.cursors.DictCursor",
        "MySQLdb.connections.Connection", "MySQLdb.cursors.Cursor",
        "django.db.backends.utils.CursorWrapper", "django.db.backends.utils.CursorDebugWrapper",
        "django.db.backends.base.base.BaseDatabaseWrapper",
    }
)


SQL_METHODS = frozenset({"execute", "executemany", "executescript"})


SQLALCHEMY_TEXT = frozenset(
    {
        "sqlalchemy.text", "sqlalchemy.sql.text", "sqlalchemy.sql.expression.text",
        "sqlalchemy.sql._elements_constructors.text", "sqlalchemy.sql.elements.TextClause",
        "sqlalchemy.sql.expression.TextClause", "sqlalchemy.TextClause",
    }
)


DJANGO_MODEL_BASES = frozenset(
    {"django.db.models.Model", "django.db.models.base.Model"}
)


DJANGO_QUERY_TYPES = frozenset(
    {
        "django.db.models.Manager", "django.db.models.manager.Manager",
        "django.db.models.manager.BaseManager", "django.db.models.QuerySet",
        "django.db.models.query.QuerySet",
    }
)


def sql_sink(call: nodes.Call, receivers: frozenset[str] = frozenset()) -> Sink | None:
    """The query ``call`` runs, if it runs one on a database."""
    func = call.func
    if isinstance(func, nodes.Attribute):
        if func.attrname in SQL_METHODS and is_db_receiver(func.expr, receivers):
            return make_sink(SinkKind.SQL, f"{func.as_string()}()", argument(call, "sql", 0))
        if func.attrname == "exec_driver_sql" and not _linted_method(func):
            return make_sink(SinkKind.SQL, f"{func.as_string()}()", argument(call, "statement", 0))
        if func.attrname == "raw" and is_django_queryset(func.expr):
            return make_sink(SinkKind.SQL, f"{func.as_string()}()", argument(call, "raw_query", 0))
    if isinstance(func, nodes.Attribute) and func.attrname in ASYNC_SQL_METHODS:
        driver = driver_of(func.expr)
        if driver is not None and func.attrname in DRIVER_METHODS[driver]:
            text = argument(call, "query", 0)
            text = argument(call, "sql", 0) if isinstance(text, Passed) else text
            return make_sink(SinkKind.SQL, f"{func.as_string()}()", text)
    if isinstance(func, (nodes.Name, nodes.Attribute)) and _named_reader(func):
        if PANDAS_READERS.intersection((*qualified_names(func), *import_paths(func))):
            return make_sink(SinkKind.SQL, f"{func.as_string()}()", argument(call, "sql", 0))
    if isinstance(func, (nodes.Name, nodes.Attribute)) and _named(func, "text"):
        if SQLALCHEMY_TEXT.intersection(qualified_names(func)):
            return make_sink(SinkKind.SQL, "sqlalchemy.text()", argument(call, "text", 0))
    return None


def django_extra_texts(call: nodes.Call) -> Iterator[nodes.NodeNG]:
    """The SQL fragments of ``QuerySet.extra(select=, where=, tables=, order_by=)``."""
    func = call.func
    if not (isinstance(func, nodes.Attribute) and func.attrname == "extra"):
        return
    if not is_django_queryset(func.expr):
        return
    for keyword in ("select", "where", "tables", "order_by"):
        value = argument(call, keyword)
        if isinstance(value, (nodes.List, nodes.Tuple)):
            yield from value.elts
        elif isinstance(value, nodes.Dict):
            yield from (item for _, item in value.items)


def _named_reader(func: nodes.NodeNG) -> bool:
    return _named(func, "read_sql") or _named(func, "read_sql_query")


def _named(func: nodes.NodeNG, short: str) -> bool:
    if isinstance(func, nodes.Attribute):
        return func.attrname == short
    # An import may rename it: ``from sqlalchemy import text as sql_text``.
    return any(path.rsplit(".", 1)[-1] == short for path in import_paths(func)) or (
        isinstance(func, nodes.Name) and func.name == short
    )


def _linted_method(func: nodes.Attribute) -> bool:
    """Whether the method is one the linted code defines (a look-alike)."""
    callee = resolved_callee(func)
    return isinstance(callee, nodes.FunctionDef) and is_linted_code(callee.root())


@memoise_per_node(on_cycle=False)
def is_db_receiver(node: nodes.NodeNG, receivers: frozenset[str] = frozenset()) -> bool:
    """Whether ``node`` holds a DB-API connection or cursor (or an instance of
    a class named in ``receivers``, or of a subclass)."""
    wanted = DB_RECEIVER_TYPES | receivers
    cls = instance_class(node)
    if cls is not None:
        return bool(_class_names(cls) & wanted)
    for type_name in instance_type_names(node):
        if type_name in wanted or type_name in CONNECTION_FACTORIES | receivers:
            return True
        owner, _, method = type_name.rpartition(".")
        if method == "cursor" and (owner in CONNECTION_FACTORIES or owner in wanted):
            return True
    return _is_cursor_call(node, receivers)


def _is_cursor_call(node: nodes.NodeNG, receivers: frozenset[str]) -> bool:
    """``conn.cursor()`` directly, or a name bound to it, on a known connection."""
    if isinstance(node, nodes.Name):
        values = [assigned_value(binding) for binding in bindings_of(node)]
        if not values or any(value is None for value in values):
            values = [with_context(binding) for binding in bindings_of(node)]
        return bool(values) and all(
            value is not None and _is_cursor_call(value, receivers) for value in values
        )
    if isinstance(node, nodes.Call) and isinstance(node.func, nodes.Attribute):
        if node.func.attrname == "cursor":
            return is_db_receiver(node.func.expr, receivers) or bool(
                CONNECTION_FACTORIES.intersection(qualified_names(node.func.expr))
            )
        if node.func.attrname in {"connect", "__enter__"}:
            return bool(CONNECTION_FACTORIES.intersection(qualified_names(node.func)))
    if isinstance(node, nodes.Call):
        closed = _closed_object(node)
        if closed is not None:
            return _is_cursor_call(closed, receivers)
        return bool(CONNECTION_FACTORIES.intersection(qualified_names(node.func)))
    return False


def _closed_object(call: nodes.Call) -> nodes.NodeNG | None:
    """``x`` for ``contextlib.closing(x)``, which ``with`` hands back as is."""
    func = call.func
    spelled = func.name if isinstance(func, nodes.Name) else getattr(func, "attrname", None)
    if spelled != "closing" or len(call.args) != 1:
        return None
    return call.args[0] if "contextlib.closing" in qualified_names(func) else None


def _class_names(cls: nodes.ClassDef) -> set[str]:
    """The class's qualified name and its ancestors', also bases astroid
    cannot load (named by their import paths)."""
    found = {cls.qname()}
    try:
        ancestors = list(cls.ancestors())
    except (AstroidError, RecursionError):
        ancestors = []
    found.update(ancestor.qname() for ancestor in ancestors[:16])
    for klass in [cls, *ancestors[:16]]:
        for base in klass.bases:
            found.update(import_paths(base))
    return found


def is_django_queryset(node: nodes.NodeNG) -> bool:
    """Whether ``node`` is a Django manager or queryset: ``Model.objects``,
    ``Model.objects.filter(...)``, a name bound to one, or an instance astroid
    types as ``Manager``/``QuerySet``."""
    for _ in range(16):
        if set(instance_type_names(node)) & DJANGO_QUERY_TYPES:
            return True
        if isinstance(node, nodes.Call) and isinstance(node.func, nodes.Attribute):
            node = node.func.expr
        elif isinstance(node, nodes.Name):
            values = [assigned_value(binding) for binding in bindings_of(node)]
            if len(values) != 1 or values[0] is None:
                return False
            node = values[0]
        elif isinstance(node, nodes.Attribute):
            owner = single_known_value(node.expr)
            if isinstance(owner, bases.Instance) or owner is None:
                return False
            return isinstance(owner, nodes.ClassDef) and bool(
                _class_names(owner) & DJANGO_MODEL_BASES
            )
        else:
            return False
    return False
