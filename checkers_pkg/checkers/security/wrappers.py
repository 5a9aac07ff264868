"""Functions of the linted code that hand their parameters on to a sink
(*wrappers*), and what their callers pass: the danger is at the callers, so
the summary (which parameters, through which chain) is memoised per function
and read at each call.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from astroid import nodes
from astroid.exceptions import AstroidError

from checkers_pkg.checkers.security.built_text import BuiltText
from checkers_pkg.checkers.security.commands import built_text, part_text
from checkers_pkg.checkers.security.shell_flags import flag_passed_true, shell_flag_parameter
from checkers_pkg.checkers.security.sinks import (
    SQL_METHODS,
    Sink,
    SinkKind,
    flag_function_sink,
    is_db_receiver,
    make_sink,
    shell_sink,
    sql_sink,
)
from checkers_pkg.checkers.security.sources import is_request_handler
from checkers_pkg.inference._cache import memoise_per_node
from checkers_pkg.inference.arguments import Passed, argument, parameter_argument
from checkers_pkg.inference.calls import calls_in_body, linted_function
from checkers_pkg.inference.instances import instance_class
from checkers_pkg.inference.labels import function_label
from checkers_pkg.inference.values import assigned_value, bindings_of, positional_parameters

# -- wrappers ------------------------------------------------------------------

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
    # ``def run(args, use_shell=False)``: a shell sink only when the caller
    # passes a true value for this parameter.
    shell_flag: str | None = None


def sink_of(call: nodes.Call, kind: SinkKind, receivers: frozenset[str]) -> Sink | None:
    """The sink of ``kind`` that ``call`` is, if any."""
    if kind is SinkKind.SHELL:
        return shell_sink(call)
    return sql_sink(call, receivers)


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
    receiver = flag = None
    if sink is None and kind is SinkKind.SQL:
        sink, receiver = _sql_on_parameter(call, func)
    if sink is None and kind is SinkKind.SHELL:
        flag = shell_flag_parameter(call, func)
        sink = flag_function_sink(call) if flag is not None else None
    if sink is not None:
        answer = built_text(sink.text)
        return _as_parameters(
            answer, func, (sink.label,), answer.passed_through, receiver=receiver,
            shell_flag=flag,
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
        flag = flag_requirement(call, callee, inner)
        if answer is not None and needed is not False and flag is not False:
            found += _as_parameters(
                answer, func, inner.chain, inner.passed_through and answer.passed_through,
                receiver=needed if isinstance(needed, str) else None,
                dispatched=_self_dispatch(call, func, callee, inner),
                shell_flag=flag if isinstance(flag, str) else None,
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
    sink = make_sink(SinkKind.SQL, f"{callee.as_string()}()", argument(call, "sql", 0))
    return sink, receiver.name


def flag_requirement(
    call: nodes.Call, callee: nodes.FunctionDef, parameter: WrapperParameter
) -> bool | str:
    """Whether the wrapper's shell flag is true at ``call``: True (no flag
    parameter, or a true value passed), False, or the name of the caller's
    own parameter passed on for it."""
    if parameter.shell_flag is None:
        return True
    if flag_passed_true(call, callee, parameter.shell_flag):
        return True
    passed = parameter_argument(call, callee, parameter.shell_flag)
    if isinstance(passed, nodes.Name):
        bindings = bindings_of(passed)
        if len(bindings) == 1 and isinstance(bindings[0].parent, nodes.Arguments):
            return passed.name
    return False


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
    ) and not is_request_handler(scope) else set()
    for passed in [*call.args, *(keyword.value for keyword in call.keywords)]:
        if isinstance(passed, nodes.Starred):
            passed = passed.value
        if isinstance(passed, nodes.Const):
            continue
        if isinstance(passed, nodes.Name) and (passed.name in own or _bound_to_literal(passed)):
            continue  # the caller's own parameter: the caller is a wrapper in turn
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
    if parameter.passed_through:
        return built_text(passed)
    answer = part_text(passed)  # spliced by the wrapper: built there
    return replace(answer, built=True) if answer.is_dynamic else answer


def _as_parameters(  # pylint: disable=too-many-arguments
    answer: BuiltText,
    func: nodes.FunctionDef,
    chain: tuple[str, ...],
    passed_through: bool,
    *,
    receiver: str | None = None,
    dispatched: tuple[tuple[str, nodes.FunctionDef], ...] = (),
    shell_flag: str | None = None,
) -> list[WrapperParameter]:
    """The wrapper parameters ``answer`` names, each with the fields of the
    WrapperParameter it becomes (the two keywords are optional facts about
    the receiver, passed by name so a call site says which is which)."""
    if not answer.is_dynamic or answer.outside(func) or answer.from_outside:
        return []
    if not passed_through and receiver is None and shell_flag is None:
        return []  # built from the parameter: reported where it is built
    label = function_label(func)
    return [
        WrapperParameter(
            name, (f"{label}({name})", *chain), passed_through, receiver, dispatched,
            shell_flag,
        )
        for name in answer.parameters_of(func)
        if name != receiver
    ]
