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

from checkers_pkg.inference._cache import memoise_per_node
from checkers_pkg.inference.arguments import (
    MISSING,
    Passed,
    argument,
    parameter_argument,
    truth,
)
from checkers_pkg.inference.blocking import calls_in_body
from checkers_pkg.inference.commands import BuiltText, built_text, part_text
from checkers_pkg.inference.coroutines import DecoratorEffect, decorator_effect
from checkers_pkg.inference.names import (
    candidate_names,
    function_label,
    import_paths,
    written_paths,
    instance_class,
    instance_type_names,
    is_linted_code,
    local_definition,
    qualified_names,
    resolved_callee,
    short_names_of,
)
from checkers_pkg.inference.summaries import is_library_module
from checkers_pkg.inference.values import (
    assigned_value,
    bindings_of,
    positional_parameters,
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
    names = candidate_names(call, _SHELL_SHORT)
    if not names:
        return None
    for name in names:
        if name in SHELL_FUNCTIONS:
            text = argument(call, "cmd", 0)
            return _sink(SinkKind.SHELL, SHELL_FUNCTIONS[name], text)
        if name in SHELL_FLAG_FUNCTIONS:
            if truth(argument(call, "shell")) is not True:
                return None
            text = argument(call, "args", 0)
            return _sink(SinkKind.SHELL, f"{SHELL_FLAG_FUNCTIONS[name]}(shell=True)", text)
    if LOOP_SHELL_METHODS.intersection(names):
        text = argument(call, "cmd", 1)
        return _sink(SinkKind.SHELL, call.func.as_string(), text)
    return None


def _sink(kind: SinkKind, label: str, text: nodes.NodeNG | Passed) -> Sink | None:
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
            return _sink(SinkKind.SQL, f"{func.as_string()}()", argument(call, "sql", 0))
        if func.attrname == "exec_driver_sql" and not _linted_method(func):
            return _sink(SinkKind.SQL, f"{func.as_string()}()", argument(call, "statement", 0))
        if func.attrname == "raw" and is_django_queryset(func.expr):
            return _sink(SinkKind.SQL, f"{func.as_string()}()", argument(call, "raw_query", 0))
    if isinstance(func, (nodes.Name, nodes.Attribute)) and _named(func, "text"):
        if SQLALCHEMY_TEXT.intersection(qualified_names(func)):
            return _sink(SinkKind.SQL, "sqlalchemy.text()", argument(call, "text", 0))
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


# -- wrappers ------------------------------------------------------------------

# Decorators (by their last name: ``@app.route(...)``, ``@router.post(...)``)
# that hand a function to a web framework, which fills its parameters from
# the request: those parameters are input, not a wrapper's arguments.
REQUEST_HANDLER_DECORATORS = frozenset(
    {"route", "get", "post", "put", "patch", "delete", "head", "options", "websocket",
     "api_route", "api_view", "view_config"}
)


def is_request_handler(func: nodes.NodeNG | None) -> bool:
    """Whether ``func`` is decorated as a web route handler."""
    if not isinstance(func, nodes.FunctionDef) or not func.decorators:
        return False
    for decorator in func.decorators.nodes:
        target = decorator.func if isinstance(decorator, nodes.Call) else decorator
        name = target.attrname if isinstance(target, nodes.Attribute) else getattr(
            target, "name", ""
        )
        if name in REQUEST_HANDLER_DECORATORS:
            return True
    return False



@dataclass(frozen=True)
class WrapperParameter:
    """A parameter of a wrapper that reaches a sink: its name, the chain from
    the wrapper to the sink (``("run_remote(cmd)", "subprocess.run(shell=True)")``),
    and whether it is handed on unchanged (else spliced into a built text)."""

    name: str
    chain: tuple[str, ...]
    passed_through: bool
    # ``def fetch(cursor, uid): cursor.execute(...)``: the sink is one only
    # when the caller's argument for this parameter is a database receiver.
    receiver: str | None = None
    # Methods the chain calls on ``self`` (name, the method it resolved to in
    # the wrapper's class): a subclass instance may run an override instead.
    dispatched: tuple[tuple[str, nodes.FunctionDef], ...] = ()


def sink_of(call: nodes.Call, kind: SinkKind, receivers: frozenset[str]) -> Sink | None:
    """The sink of ``kind`` that ``call`` is, if any."""
    if kind is SinkKind.SHELL:
        return shell_sink(call)
    return sql_sink(call, receivers)


def linted_function(call: nodes.Call) -> nodes.FunctionDef | None:
    """The function of the linted code ``call`` runs (sync or async), when
    its decorators are known to keep it the function it is."""
    if _names_a_library(call.func):
        return None
    callee = local_definition(call.func) or resolved_callee(call.func)
    if not isinstance(callee, nodes.FunctionDef) or type(callee).__name__ == "PartialFunction":
        return None
    if not is_linted_code(callee.root()):
        return None
    return callee if has_followable_callers(callee) else None


def _names_a_library(func: nodes.NodeNG) -> bool:
    """A builtin (``len``), or a function of the standard library or an
    installed package by its import path (``os.path.join``, ``yaml.dump``):
    read without inference or loading the library, it spares most resolutions."""
    if isinstance(func, nodes.Name) and not bindings_of(func):
        return True
    paths = written_paths(func)
    return bool(paths) and all(is_library_module(path.split(".", 1)[0]) for path in paths)


def has_followable_callers(func: nodes.NodeNG | None) -> bool:
    """Whether the calls that run ``func`` are calls to it written in the code,
    so that its parameters can be judged at each of them. A decorator not
    known to keep the function (``@app.route``, ``@celery.task``) hands it to
    a framework that fills its parameters from outside."""
    if not isinstance(func, nodes.FunctionDef) or type(func).__name__ == "PartialFunction":
        return False
    decorators = func.decorators.nodes if func.decorators else []
    return all(decorator_effect(d) is DecoratorEffect.KEEPS for d in decorators)


@memoise_per_node(on_cycle=())
def wrapper_parameters(
    func: nodes.FunctionDef, kind: SinkKind, receivers: frozenset[str], depth: int
) -> tuple[WrapperParameter, ...]:
    """Which parameters of ``func`` reach a sink of ``kind`` unchanged or
    joined with constants only, within ``depth`` functions of the linted code
    (``func`` included). Memoised per function, kind and depth."""
    if depth < 1:
        return ()
    found: dict[str, WrapperParameter] = {}
    for call in calls_in_body(func):
        for parameter in _reached_parameters(call, func, kind, receivers, depth):
            found.setdefault(parameter.name, parameter)
    return tuple(found.values())


def _reached_parameters(
    call: nodes.Call,
    func: nodes.FunctionDef,
    kind: SinkKind,
    receivers: frozenset[str],
    depth: int,
) -> list[WrapperParameter]:
    sink = sink_of(call, kind, receivers)
    receiver = None
    if sink is None and kind is SinkKind.SQL:
        sink, receiver = _sql_on_parameter(call, func)
    if sink is not None:
        answer = built_text(sink.text)
        return _as_parameters(
            answer, func, (sink.label,), answer.passed_through, receiver=receiver
        )
    if depth < 2 or not call.args and not call.keywords:
        return []
    if not _mentions(call, parameter_flow(func)):
        return []  # no parameter can reach this callee: no need to resolve it
    callee = linted_function(call)
    if callee is None or callee is func:
        return []
    found = []
    for inner in wrapper_parameters(callee, kind, receivers, depth - 1):
        answer = passed_value(call, callee, inner)
        needed = receiver_requirement(call, callee, inner, receivers)
        if answer is not None and needed is not False:
            found += _as_parameters(
                answer, func, inner.chain, inner.passed_through and answer.passed_through,
                receiver=needed if isinstance(needed, str) else None,
                dispatched=_self_dispatch(call, func, callee, inner),
            )
    return found


def _self_dispatch(
    call: nodes.Call, func: nodes.FunctionDef, callee: nodes.FunctionDef,
    inner: WrapperParameter,
) -> tuple[tuple[str, nodes.FunctionDef], ...]:
    """The ``self`` method calls along the chain from ``func`` on: ``call``
    itself when it is ``self.<method>(...)``, then the callee's own (same
    ``self``); a call on another object starts a chain of its own."""
    positional = positional_parameters(func)
    if not (
        isinstance(func.parent, nodes.ClassDef)
        and func.type == "method"
        and positional
        and isinstance(call.func, nodes.Attribute)
        and isinstance(call.func.expr, nodes.Name)
        and call.func.expr.name == positional[0].name
    ):
        return ()
    return ((call.func.attrname, callee), *inner.dispatched)


def dispatch_holds(call: nodes.Call, parameter: WrapperParameter) -> bool:
    """Whether the object ``call`` runs the wrapper on resolves the chain's
    ``self`` methods to the same functions: ``DryRun().deploy(v)`` where
    ``DryRun`` overrides the ``run`` that ``deploy`` calls does not."""
    if not parameter.dispatched or not isinstance(call.func, nodes.Attribute):
        return True
    cls = instance_class(call.func.expr)
    if cls is None:
        return True
    for name, target in parameter.dispatched:
        method = _method_in(cls, name)
        if method is not None and method is not target:
            return False
    return True


def _method_in(cls: nodes.ClassDef, name: str) -> nodes.NodeNG | None:
    """The first definition of ``name`` along the class's MRO."""
    try:
        ancestry = cls.mro()
    except AstroidError:
        ancestry = [cls, *cls.ancestors()]
    for klass in ancestry:
        if name in klass.locals:
            return klass.locals[name][0]
    return None


def _sql_on_parameter(
    call: nodes.Call, func: nodes.FunctionDef
) -> tuple[Sink | None, str | None]:
    """``cursor.execute(query)`` where ``cursor`` is a parameter of ``func``:
    a sink whenever the caller passes a database receiver for it."""
    callee = call.func
    if not (isinstance(callee, nodes.Attribute) and callee.attrname in SQL_METHODS):
        return None, None
    receiver = callee.expr
    if not isinstance(receiver, nodes.Name) or receiver.name not in func.argnames():
        return None, None
    bindings = bindings_of(receiver)
    if len(bindings) != 1 or not isinstance(bindings[0].parent, nodes.Arguments):
        return None, None
    return _sink(SinkKind.SQL, f"{callee.as_string()}()", argument(call, "sql", 0)), receiver.name


def receiver_requirement(
    call: nodes.Call,
    callee: nodes.FunctionDef,
    parameter: WrapperParameter,
    receivers: frozenset[str],
) -> bool | str:
    """Whether the wrapper's receiver condition holds at ``call``: True (none,
    or a database receiver is passed), False (something else is passed), or
    the name of the caller's own parameter that is passed on for it."""
    if parameter.receiver is None:
        return True
    passed = parameter_argument(call, callee, parameter.receiver)
    if isinstance(passed, Passed):
        return False
    if is_db_receiver(passed, receivers):
        return True
    if isinstance(passed, nodes.Name):
        bindings = bindings_of(passed)
        if len(bindings) == 1 and isinstance(bindings[0].parent, nodes.Arguments):
            return passed.name
    return False


@memoise_per_node(on_cycle=frozenset())
def parameter_flow(func: nodes.FunctionDef) -> frozenset[str]:
    """The names in ``func`` that may hold text made from its parameters:
    the parameters, and local names assigned (``=``, ``+=``, ``for``) from an
    expression that mentions one. Read syntactically, to a fixpoint; a cheap
    filter before any callee is resolved."""
    flow = {arg.name for arg in func.args.arguments}
    if func.args.vararg:
        flow.add(func.args.vararg)
    if func.args.kwarg:
        flow.add(func.args.kwarg)
    assignments = _local_assignments(func)
    changed = True
    while changed:
        changed = False
        for targets, value in assignments:
            if targets - flow and _names_of(value) & flow:
                flow |= targets
                changed = True
    return frozenset(flow)


def _local_assignments(func: nodes.FunctionDef) -> list[tuple[set[str], nodes.NodeNG]]:
    found = []
    for node in func.nodes_of_class(
        (nodes.Assign, nodes.AugAssign, nodes.AnnAssign, nodes.For, nodes.With),
        skip_klass=(nodes.FunctionDef, nodes.ClassDef, nodes.Lambda),
    ):
        if isinstance(node, nodes.For):
            targets, value = node.target, node.iter
        elif isinstance(node, nodes.With):
            for context, target in node.items:
                if target is not None:
                    found.append((_assigned_names(target), context))
            continue
        elif isinstance(node, nodes.Assign):
            targets, value = node.targets, node.value
        else:
            targets, value = node.target, node.value
        if value is None:
            continue
        names: set[str] = set()
        for target in targets if isinstance(targets, list) else [targets]:
            names |= _assigned_names(target)
        found.append((names, value))
    return found


def _assigned_names(target: nodes.NodeNG) -> set[str]:
    return {name.name for name in [target, *target.nodes_of_class(nodes.AssignName)]
            if isinstance(name, nodes.AssignName)}


def _names_of(node: nodes.NodeNG) -> set[str]:
    found = {node.name} if isinstance(node, nodes.Name) else set()
    return found | {name.name for name in node.nodes_of_class(nodes.Name)}


def _mentions(call: nodes.Call, names: frozenset[str]) -> bool:
    """Whether an argument of ``call`` reads one of ``names``."""
    passed = [*call.args, *(keyword.value for keyword in call.keywords)]
    return any(_names_of(value) & names for value in passed)


def may_pass_outside_text(call: nodes.Call) -> bool:
    """Whether an argument of ``call`` may carry text from outside the calling
    function: anything but constants and the caller's own parameters (which
    make the caller a wrapper, judged at its own callers). Syntactic: the
    filter that keeps callee resolution off most calls."""
    scope = call.frame()  # a comprehension's calls are its function's
    own = {arg.name for arg in scope.args.arguments} if isinstance(
        scope, (nodes.FunctionDef, nodes.Lambda)
    ) else set()
    for passed in [*call.args, *(keyword.value for keyword in call.keywords)]:
        if isinstance(passed, nodes.Starred):
            passed = passed.value
        for node in [passed, *passed.nodes_of_class(nodes.NodeNG)]:
            if isinstance(node, (nodes.Call, nodes.Subscript, nodes.Attribute)):
                return True
            if isinstance(node, nodes.Name) and node.name not in own:
                if not _bound_to_literal(node):
                    return True
    return False


def _bound_to_literal(name: nodes.Name) -> bool:
    bindings = bindings_of(name)
    return bool(bindings) and all(
        isinstance(assigned_value(binding), nodes.Const) for binding in bindings
    )


def passed_value(
    call: nodes.Call, callee: nodes.FunctionDef, parameter: WrapperParameter
) -> BuiltText | None:
    """How the value ``call`` passes for a wrapper's parameter was made:
    judged as a whole value when the wrapper hands it on unchanged, as a part
    when the wrapper splices it into a command."""
    passed = parameter_argument(call, callee, parameter.name)
    if isinstance(passed, Passed):
        return None
    return built_text(passed) if parameter.passed_through else part_text(passed)


def _as_parameters(  # pylint: disable=too-many-arguments
    answer: BuiltText,
    func: nodes.FunctionDef,
    chain: tuple[str, ...],
    passed_through: bool,
    *,
    receiver: str | None = None,
    dispatched: tuple[tuple[str, nodes.FunctionDef], ...] = (),
) -> list[WrapperParameter]:
    """The wrapper parameters ``answer`` names, each with the fields of the
    WrapperParameter it becomes (the two keywords are optional facts about
    the receiver, passed by name so a call site says which is which)."""
    if not answer.is_dynamic or answer.outside(func):
        return []
    label = function_label(func)
    return [
        WrapperParameter(
            name, (f"{label}({name})", *chain), passed_through, receiver, dispatched
        )
        for name in answer.parameters_of(func)
        if name != receiver
    ]


__all__ = [
    "MISSING",
    "Sink",
    "SinkKind",
    "WrapperParameter",
    "dispatch_holds",
    "django_extra_texts",
    "is_db_receiver",
    "is_django_queryset",
    "has_followable_callers",
    "is_request_handler",
    "linted_function",
    "may_pass_outside_text",
    "parameter_flow",
    "passed_value",
    "receiver_requirement",
    "shell_sink",
    "sink_of",
    "sql_sink",
    "wrapper_parameters",
]
