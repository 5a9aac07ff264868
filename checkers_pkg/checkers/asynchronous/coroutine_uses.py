"""How a coroutine object is used before it is awaited: as a truth value, as
if it were the awaited result, or held in a local name on its way to a use.
"""

from __future__ import annotations

from astroid import nodes

from checkers_pkg.checkers.asynchronous import coroutines
from checkers_pkg.inference._cache import memoise_per_node
from checkers_pkg.inference.imports import definition_by_imports
from checkers_pkg.inference.values import assigned_value

# -- a coroutine used as if it were its result (see CATALOGUE.md) ------------

# What a coroutine object itself has: reading these is not mistaking it for
# its result.
COROUTINE_OWN_ATTRIBUTES = frozenset(
    {
        "send", "throw", "close", "__await__", "cr_await", "cr_code", "cr_frame",
        "cr_running", "cr_origin", "cr_suspended", "__name__", "__qualname__",
        "__class__",
    }
)


# Calls that convert or consume their argument's value.
CONVERSIONS = frozenset(
    f"builtins.{name}"
    for name in ("len", "str", "int", "float", "bool", "list", "tuple", "set", "dict",
                 "sorted", "sum", "min", "max")
) | {"json.dumps"}


_CONVERSION_SHORT_NAMES = frozenset(name.rsplit(".", 1)[-1] for name in CONVERSIONS)


_ORDERING = frozenset({"<", "<=", ">", ">="})


_LITERALS = (nodes.Const, nodes.List, nodes.Tuple, nodes.Set, nodes.Dict, nodes.JoinedStr)


def result_use(node: nodes.NodeNG) -> str | None:
    """How the value of ``node`` is used as if it were an awaited result, in
    the words of a message; None when the use is fine for a coroutine (awaited,
    passed on, stored, returned, compared with ``is``, ...).

    Syntax only, but for the conversion's callee, read through imports."""
    for question in (_access_use, _operator_use, _formatting_use):
        use = question(node, node.parent)
        if use is not None:
            return use
    return None


def _access_use(node: nodes.NodeNG, parent: nodes.NodeNG) -> str | None:
    """Attribute, item, iteration, unpacking, conversion."""
    if isinstance(parent, nodes.Attribute) and parent.expr is node:
        if parent.attrname in COROUTINE_OWN_ATTRIBUTES:
            return None
        return f"'.{parent.attrname}' is looked up on the coroutine, not on its result"
    if isinstance(parent, (nodes.AssignAttr, nodes.DelAttr)) and parent.expr is node:
        if parent.attrname in COROUTINE_OWN_ATTRIBUTES:
            return None
        return f"'.{parent.attrname}' is set on the coroutine, not on its result"
    if isinstance(parent, nodes.Subscript) and parent.value is node:
        return "it is subscripted, but a coroutine has no items"
    if isinstance(parent, (nodes.For, nodes.Comprehension)) and parent.iter is node:
        return "it is iterated, but a coroutine is not iterable"
    if _is_unpacked(node):
        return "it is unpacked, but a coroutine is not iterable"
    if isinstance(parent, nodes.Call) and node in parent.args:
        return _argument_use(parent)
    return None


def _operator_use(node: nodes.NodeNG, parent: nodes.NodeNG) -> str | None:
    """Comparison, arithmetic and bitwise operands (``%`` on a string formats)."""
    if isinstance(parent, nodes.Compare):
        return _comparison_use(node, parent)
    operator = None
    if isinstance(parent, nodes.BinOp) and not _is_format_arguments(node):
        operator = parent.op
    elif isinstance(parent, nodes.AugAssign):  # ``total += 1`` reads the old value too
        operator = parent.op
    elif isinstance(parent, nodes.UnaryOp) and parent.op != "not":
        operator = parent.op
    if operator is None:
        return None
    return f"'{operator}' is applied to the coroutine, not to its result"


def _formatting_use(node: nodes.NodeNG, parent: nodes.NodeNG) -> str | None:
    """f-string interpolation, ``%`` and ``str.format`` arguments."""
    if isinstance(parent, nodes.FormattedValue) and parent.value is node:
        # ``f"{coro!r}"`` asks for the repr, like ``repr()``: not a mistake.
        return None if parent.conversion == ord("r") else _FORMATTED
    if _is_format_arguments(node) or (
        isinstance(parent, nodes.Tuple) and _is_format_arguments(parent)
    ):
        return _FORMATTED
    if isinstance(parent, nodes.Keyword) and parent.arg is not None:
        call = parent.parent
        return _FORMATTED if isinstance(call, nodes.Call) and _is_str_format(call) else None
    return None


_FORMATTED = "it is formatted as '<coroutine object ...>', not as its result"


def _is_unpacked(node: nodes.NodeNG) -> bool:
    parent = node.parent
    if isinstance(parent, nodes.Starred):
        return parent.value is node and not isinstance(parent.parent, nodes.Assign)
    if isinstance(parent, nodes.Keyword):
        return parent.arg is None  # f(**value)
    if isinstance(parent, nodes.Dict):
        return any(isinstance(key, nodes.DictUnpack) and value is node
                   for key, value in parent.items)
    if isinstance(parent, nodes.Assign) and parent.value is node:
        return any(isinstance(target, (nodes.Tuple, nodes.List)) for target in parent.targets)
    return False


def _comparison_use(node: nodes.NodeNG, compare: nodes.Compare) -> str | None:
    operands = [compare.left, *(right for _, right in compare.ops)]
    index = next(i for i, operand in enumerate(operands) if operand is node)
    neighbours = []  # (operator, the other operand, node is on the right)
    if index > 0:
        neighbours.append((compare.ops[index - 1][0], operands[index - 1], True))
    if index < len(compare.ops):
        neighbours.append((compare.ops[index][0], operands[index + 1], False))
    for operator, other, on_right in neighbours:
        if operator in ("in", "not in") and on_right:
            return f"'{operator}' looks in the coroutine, not in its result"
        if operator in _ORDERING or (
            operator in ("==", "!=") and isinstance(other, _LITERALS)
        ):
            return f"'{operator}' compares the coroutine, not its result"
    return None


def _is_string(node: nodes.NodeNG) -> bool:
    return isinstance(node, nodes.JoinedStr) or (
        isinstance(node, nodes.Const) and isinstance(node.value, str)
    )


def _is_format_arguments(operand: nodes.NodeNG) -> bool:
    """The right operand of ``"template" % operand``."""
    parent = operand.parent
    return (
        isinstance(parent, nodes.BinOp)
        and parent.op == "%"
        and parent.right is operand
        and _is_string(parent.left)
    )


def _is_str_format(call: nodes.Call) -> bool:
    func = call.func
    return (
        isinstance(func, nodes.Attribute)
        and func.attrname in ("format", "format_map")
        and _is_string(func.expr)
    )


def _argument_use(call: nodes.Call) -> str | None:
    if _is_str_format(call):
        return _FORMATTED
    func = call.func
    spelled = func.name if isinstance(func, nodes.Name) else getattr(func, "attrname", None)
    if spelled not in _CONVERSION_SHORT_NAMES:
        return None  # the cheap question: no module is loaded for other calls
    definition = definition_by_imports(func)
    if isinstance(definition, (nodes.FunctionDef, nodes.ClassDef)):
        name = definition.qname()
        if name in CONVERSIONS:
            return f"{name.removeprefix('builtins.')}() receives the coroutine, not its result"
    return None


def bound_only_to_calls(name: nodes.Name | nodes.AssignName) -> bool:
    """Whether every binding of ``name`` in the frame it is read in is a plain
    ``name = call()``: the dictionary lookup that rules out almost every name
    before its use is read (*Coroutine held in a name*)."""
    return bool(_call_bindings(name.frame(), name.name))


def held_coroutine_call(name: nodes.Name | nodes.AssignName) -> nodes.Call | None:
    """The coroutine-function call whose coroutine ``name`` holds where it is
    read, per *Coroutine held in a name*: every binding of the name in its
    scope is such a call, and between the nearest one and this read the name
    was not awaited, passed to a call, stored, returned or aliased."""
    # A local of the function (or module) the read is in; a read in a nested
    # function or lambda runs later, and is another frame's free name.
    scope = name.frame()
    if _bound_by_comprehension(name, scope):
        return None  # ``[row["id"] for row in rows]``: the comprehension's own ``row``
    calls = _call_bindings(scope, name.name)
    if not calls:
        return None
    position = _position(name)
    preceding = [call for call in calls if _position(call) < position]
    if not preceding:
        return None
    nearest = max(preceding, key=_position)
    # Loops around the read that the binding does not restart: an escape
    # anywhere in them may run before the read on a later pass.
    loops = [loop for loop in _loops_around(name, scope) if not loop.parent_of(nearest)]
    for escape in _escapes(scope, name.name):
        if _position(nearest) < _position(escape) < position:
            return None
        if any(loop.parent_of(escape) for loop in loops):
            return None
    # syntax first (bindings, escapes), inference last
    return nearest if _all_coroutine_calls(calls) else None


def _bound_by_comprehension(name: nodes.Name, frame: nodes.NodeNG) -> bool:
    """Whether a comprehension between ``name`` and ``frame`` binds the name:
    it is its own scope, so the read is of its variable, not of the frame's
    local. The first ``for``'s iterable is evaluated outside it."""
    child, parent = name, name.parent
    while parent is not None and parent is not frame:
        if isinstance(parent, _COMPREHENSIONS) and name.name in parent.locals:
            outer = parent.generators[0].iter
            if not (child is parent.generators[0] and (name is outer or outer.parent_of(name))):
                return True
        child, parent = parent, parent.parent
    return False


_COMPREHENSIONS = (nodes.ListComp, nodes.SetComp, nodes.DictComp, nodes.GeneratorExp)


def _position(node: nodes.NodeNG) -> tuple[int, int]:
    return (node.lineno or 0, node.col_offset or 0)


_LOOPS = (nodes.For, nodes.While, nodes.ListComp, nodes.SetComp, nodes.DictComp,
          nodes.GeneratorExp)


def _loops_around(node: nodes.NodeNG, scope: nodes.NodeNG) -> list[nodes.NodeNG]:
    """The ``for``/``while`` loops and comprehensions around ``node`` within ``scope``."""
    loops = []
    parent = node.parent
    while parent is not None and parent is not scope:
        if isinstance(parent, _LOOPS):
            loops.append(parent)
        parent = parent.parent
    return loops


@memoise_per_node(on_cycle=())
def _call_bindings(scope: nodes.NodeNG, name: str) -> tuple[nodes.Call, ...]:
    """The calls bound to ``name`` in ``scope`` when every binding is a plain
    ``name = call()``; empty otherwise. Syntax only."""
    calls = []
    for binding in scope.locals.get(name, ()):
        if isinstance(binding.parent, nodes.AugAssign):
            continue  # a use of the value held, then a rebinding (an escape)
        value = _walrus_value(binding) or assigned_value(binding) or _paired_element(binding)
        if not isinstance(binding, nodes.AssignName) or not isinstance(value, nodes.Call):
            return ()
        calls.append(value)
    return tuple(calls)


@memoise_per_node(on_cycle=False)
def _all_coroutine_calls(calls: tuple[nodes.Call, ...]) -> bool:
    """Whether every one of the calls is to a coroutine function: answers
    that need no inference first (``K = key.exchange(...)`` then ``K =
    int(K)``: ``int`` settles it), inference last."""
    verdicts = [coroutines.cheap_coroutine_verdict(call.func) for call in calls]
    return False not in verdicts and all(
        verdict or coroutines.is_coroutine_function(call.func)
        for verdict, call in zip(verdicts, calls)
    )


def _paired_element(binding: nodes.NodeNG) -> nodes.NodeNG | None:
    """``fetch(b)`` for ``b`` in ``a, b = fetch(a), fetch(b)``: a target of
    a tuple assignment from a display of as many elements, none starred."""
    target = binding.parent
    statement = target.parent if target is not None else None
    if not isinstance(target, (nodes.Tuple, nodes.List)) or not isinstance(statement, nodes.Assign):
        return None
    value = statement.value
    if target not in statement.targets or not isinstance(value, (nodes.Tuple, nodes.List)):
        return None
    if len(value.elts) != len(target.elts) or any(
        isinstance(element, nodes.Starred) for element in (*value.elts, *target.elts)
    ):
        return None
    return value.elts[target.elts.index(binding)]


def through_walrus(node: nodes.NodeNG) -> nodes.NodeNG:
    """The assignment expression ``node`` is the value of (``(p := fetch())``),
    whose context is the value's context; else ``node`` itself."""
    parent = node.parent
    return parent if isinstance(parent, nodes.NamedExpr) and parent.value is node else node


def _walrus_value(binding: nodes.NodeNG) -> nodes.NodeNG | None:
    """The value of ``(name := value)`` when the expression itself is tested or
    used as a result (so the coroutine is not handed on by it), else None."""
    walrus = binding.parent
    if not isinstance(walrus, nodes.NamedExpr) or walrus.target is not binding:
        return None
    if is_truth_test(walrus) or result_use(walrus) is not None:
        return walrus.value
    return None


@memoise_per_node(on_cycle=())
def _escapes(scope: nodes.NodeNG, name: str) -> tuple[nodes.NodeNG, ...]:
    """The reads of ``name`` in ``scope`` that may await the coroutine or hand
    it on: everything but uses as a result, tests for truth and ``is``."""
    found: list[nodes.NodeNG] = [
        target
        for target in _names_by_spelling(scope).get(name, ())
        if isinstance(target, nodes.AssignName) and isinstance(target.parent, nodes.AugAssign)
    ]
    for read in _names_by_spelling(scope).get(name, ()):
        if not isinstance(read, nodes.Name) or _bound_by_comprehension(read, scope.frame()):
            continue
        if read.frame() is not scope.frame():
            found.append(read)  # a closure may await it whenever it runs
        elif result_use(read) is None and not is_truth_test(read) and not _is_identity(read):
            found.append(read)
    return tuple(found)


@memoise_per_node(on_cycle={})
def _names_by_spelling(scope: nodes.NodeNG) -> dict[str, list[nodes.NodeNG]]:
    """Every ``Name`` and ``AssignName`` under ``scope``, by name: one walk of
    the scope serves the questions about each of its names."""
    found: dict[str, list[nodes.NodeNG]] = {}
    for node in scope.nodes_of_class((nodes.Name, nodes.AssignName)):
        found.setdefault(node.name, []).append(node)
    return found


def _is_identity(node: nodes.NodeNG) -> bool:
    parent = node.parent
    return isinstance(parent, nodes.Compare) and all(
        operator in ("is", "is not") for operator, _ in parent.ops
    )


def is_truth_test(node: nodes.NodeNG) -> bool:
    """Whether ``node``'s value is tested for truth (*Boolean context*)."""
    parent = node.parent
    if isinstance(parent, (nodes.If, nodes.While, nodes.IfExp, nodes.Assert)):
        return node is parent.test
    if isinstance(parent, nodes.UnaryOp):
        return parent.op == "not"
    if isinstance(parent, nodes.Comprehension):
        return node in parent.ifs
    if isinstance(parent, nodes.BoolOp):
        return node is not parent.values[-1] or is_truth_test(parent)
    return False
