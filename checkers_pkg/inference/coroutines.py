"""Whether calling something gives a coroutine that must be awaited."""

from __future__ import annotations

import enum

from astroid import bases, nodes
from astroid.exceptions import AstroidError

from checkers_pkg.inference._cache import memoise_per_node
from checkers_pkg.inference.names import (
    attribute_bindings,
    callee_values,
    MAX_ALIAS_DEPTH,
    definition_by_imports,
    import_paths,
    imported_binding,
    is_linted_code,
    is_method_descriptor,
    is_partial_object,
    local_definition,
    qualified_names,
    unwrap_method,
    written_paths,
)
from checkers_pkg.inference.summaries import Kind, Resolved, is_unbuilt_library_module, resolve_path
from checkers_pkg.inference.values import (
    assigned_value,
    bindings_of,
    class_of,
    positional_parameters,
    returned_values,
    single_known_value,
)

PARTIAL_CONSTRUCTORS = frozenset({"functools.partial"})

# Decorators that hand back the function they were given, or a wrapper that
# calls it the same way, so ``async def`` stays a coroutine function.
TRANSPARENT_DECORATORS = frozenset(
    {
        "builtins.staticmethod",
        "builtins.classmethod",
        "abc.abstractmethod",
        "typing.final",
        "typing.override",
        "typing_extensions.final",
        "typing_extensions.override",
        "functools.wraps",
        "functools.cache",
        "functools.lru_cache",
    }
)
# Decorators that turn any function into something that is not one to await.
SYNC_DECORATORS = frozenset(
    {
        "contextlib.asynccontextmanager",
        "contextlib.contextmanager",
        "builtins.property",
        "functools.cached_property",
    }
)


class DecoratorEffect(enum.Enum):
    """What a decorator does to whether its function returns a coroutine."""

    KEEPS = "keeps"
    MAKES_ASYNC = "makes-async"
    MAKES_SYNC = "makes-sync"
    UNKNOWN = "unknown"


@memoise_per_node(on_cycle=False)
def is_coroutine_function(node: nodes.NodeNG) -> bool:
    """Whether calling ``node`` returns a coroutine.

    ``node`` is a callee expression or a definition: ``async def`` functions,
    methods found through the class hierarchy and other modules,
    ``functools.partial`` of one, functions whose decorators keep (or make)
    them async, and instances with an ``async def __call__``. Every known
    candidate must agree; mocks are never coroutine functions here.
    """
    if isinstance(node, nodes.FunctionDef):
        return function_returns_coroutine(node)
    return _callee_returns_coroutine(node) and not _looked_up_on_coroutine(node)


def _looked_up_on_coroutine(callee: nodes.NodeNG) -> bool:
    """``fetch().close`` or ``pending.close`` with ``pending = fetch()``: the
    member is the coroutine object's (``close`` returns None), or missing,
    whatever astroid, which takes the call for its result, says of it. Asked
    only of callees found to be coroutine functions, so it costs nothing
    elsewhere."""
    if not isinstance(callee, nodes.Attribute):
        return False
    receiver = callee.expr
    if isinstance(receiver, nodes.Call):
        return is_coroutine_function(receiver.func)
    return isinstance(receiver, nodes.Name) and held_coroutine_call(receiver) is not None


def self_member(node: nodes.NodeNG) -> tuple[nodes.ClassDef, tuple[str, ...]] | None:
    """``(C, ("client", "close"))`` for ``self.client.close`` read in a method
    of class ``C``: astroid infers ``self`` as the same instance of ``C`` in
    every method (its rule for a method's first argument), so every such
    callee of the class has the same answer."""
    chain = []
    while isinstance(node, nodes.Attribute):
        chain.append(node.attrname)
        node = node.expr
    owner = _enclosing_class(node) if chain else None
    return (owner, tuple(reversed(chain))) if owner is not None else None


@memoise_per_node(on_cycle=False, same_answer_as=self_member)
def _callee_returns_coroutine(node: nodes.NodeNG) -> bool:
    # Cheap questions first: syntax and library summaries; then a def or class
    # reached through imports, read without inference, answers exactly as
    # astroid would.
    verdict = cheap_coroutine_verdict(node)
    if verdict is not None:
        return verdict
    definition = local_definition(node) or definition_by_imports(node)
    if isinstance(definition, nodes.FunctionDef):
        return function_returns_coroutine(definition)
    if definition is not None:
        return False  # a class builds an instance; a module is not callable
    wrapped = partial_target(node)
    if wrapped is not None:
        return is_coroutine_function(wrapped)
    verdicts = [_value_is_coroutine_function(value) for value in callee_values(node)]
    return bool(verdicts) and all(verdicts)


def cheap_coroutine_verdict(node: nodes.NodeNG) -> bool | None:
    """``is_coroutine_function(node)`` when syntax and module summaries settle
    it without inference (an undecorated local ``def``, a class, a library's
    plain function); None when only inference can tell."""
    if library_sync_callee(node):
        return False
    if isinstance(node, nodes.Name):
        bindings = bindings_of(node)
        if len(bindings) == 1 and isinstance(bindings[0], nodes.ClassDef):
            return False  # a class builds an instance
        definition = local_definition(node)
        if definition is not None and not definition.decorators:
            return function_returns_coroutine(definition)
    return None


@memoise_per_node(on_cycle=())
def library_sync_callee(node: nodes.NodeNG) -> tuple[Resolved, ...]:
    """The plain functions or classes of the standard library or installed
    packages that ``node`` names through imports (``inspect.isfunction``,
    ``from datetime import datetime``), read from module summaries: calling
    one gives no coroutine, and astroid need not build the library to say so.
    Empty unless every import that may bind the name leads to one."""
    found = []
    for path in written_paths(node):
        resolved = resolve_path(path) if is_unbuilt_library_module(path.split(".", 1)[0]) else None
        if resolved is None or resolved.kind is Kind.MODULE:
            return ()
        found.append(resolved)
    return tuple(found)


def _value_is_coroutine_function(value: object) -> bool:
    value = unwrap_method(value)
    if isinstance(value, nodes.FunctionDef):
        # A PartialFunction copies the body but not the async flag; the
        # syntactic route in partial_target answers those.
        return not is_partial_object(value) and function_returns_coroutine(value)
    if isinstance(value, bases.Instance) and not isinstance(value, nodes.Const):
        if class_of(value).qname().startswith("unittest.mock."):
            return False
        try:
            # class_context=False: the metaclass's __call__ builds instances,
            # it is not what calling an instance runs.
            call_methods = class_of(value).getattr("__call__", class_context=False)
        except AstroidError:
            return False
        return all(
            isinstance(method, nodes.FunctionDef) and function_returns_coroutine(method)
            for method in map(unwrap_method, call_methods)
        )
    return False


def partial_target(node: nodes.NodeNG) -> nodes.NodeNG | None:
    """``f`` for ``functools.partial(f, ...)``, ``staticmethod(f)`` or
    ``classmethod(f)`` held by ``node`` (directly, by name, or as a class
    attribute): calling what they make calls ``f``. astroid infers the last
    two as nothing."""
    call = node
    if isinstance(node, (nodes.Name, nodes.Attribute)):
        bindings = _partial_bindings(node)
        call = assigned_value(bindings[0]) if len(bindings) == 1 else None
    if not isinstance(call, nodes.Call) or not call.args:
        return None
    if _is_partial_constructor(call.func):
        return call.args[0]
    if len(call.args) == 1 and not call.keywords and is_method_descriptor(call.func):
        return call.args[0]
    return None


def _is_partial_constructor(func: nodes.NodeNG) -> bool:
    """``functools.partial`` however imported; an attribute spelled otherwise
    is not asked about (no inference for every ``x = obj.make()``)."""
    if isinstance(func, nodes.Name):
        return bool(PARTIAL_CONSTRUCTORS.intersection(import_paths(func)))
    if isinstance(func, nodes.Attribute) and func.attrname == "partial":
        return bool(PARTIAL_CONSTRUCTORS.intersection(qualified_names(func)))
    return False


def _partial_bindings(node: nodes.Name | nodes.Attribute) -> list[nodes.NodeNG]:
    """Where a name, an instance attribute (``self.load = partial(...)`` in
    ``__init__``, called later) or a class attribute (``Loader.load``) was bound."""
    if isinstance(node, nodes.Name):
        imported = imported_binding(node)  # ``from .users import view``
        return [imported] if imported is not None else bindings_of(node)
    # ``self.<attr>`` or ``Class.<attr>`` only, read from the class without
    # inference: asking astroid for every receiver's class costs more than it finds.
    owner = _enclosing_class(node.expr) or _named_class(node.expr)
    return attribute_bindings(owner, node.attrname) if owner is not None else []


def _named_class(receiver: nodes.NodeNG) -> nodes.ClassDef | None:
    """The class a receiver names (``Loader`` in ``Loader.load``), read
    through imports without inference."""
    if not isinstance(receiver, (nodes.Name, nodes.Attribute)):
        return None
    definition = definition_by_imports(receiver)
    return definition if isinstance(definition, nodes.ClassDef) else None


def _enclosing_class(receiver: nodes.NodeNG) -> nodes.ClassDef | None:
    """The class whose method ``receiver`` is the ``self`` parameter of."""
    if not isinstance(receiver, nodes.Name):
        return None
    method = receiver.frame()
    if not isinstance(method, nodes.FunctionDef) or not method.args.args:
        return None
    if method.args.args[0].name != receiver.name or method.type != "method":
        return None
    if bindings_of(receiver) != [method.args.args[0]]:
        return None  # ``self`` rebound
    owner = method.parent.frame() if method.parent is not None else None
    return owner if isinstance(owner, nodes.ClassDef) else None


@memoise_per_node(on_cycle=False)
def function_returns_coroutine(func: nodes.FunctionDef) -> bool:
    """Whether calling this definition, decorators applied, gives a coroutine."""
    is_async = isinstance(func, nodes.AsyncFunctionDef) and not func.is_generator()
    decorators = func.decorators.nodes if func.decorators else []
    for decorator in reversed(decorators):  # the innermost is applied first
        effect = decorator_effect(decorator)
        if effect is DecoratorEffect.UNKNOWN:
            return False
        if effect is not DecoratorEffect.KEEPS:
            is_async = effect is DecoratorEffect.MAKES_ASYNC
    return is_async


@memoise_per_node(on_cycle=DecoratorEffect.UNKNOWN)
def decorator_effect(decorator: nodes.NodeNG) -> DecoratorEffect:
    """What a decorator does to the async-ness of the function it decorates."""
    names = set(qualified_names(decorator))
    if isinstance(decorator, nodes.Call):
        names |= set(qualified_names(decorator.func))
    if names & TRANSPARENT_DECORATORS:
        return DecoratorEffect.KEEPS
    if names & SYNC_DECORATORS:
        return DecoratorEffect.MAKES_SYNC
    implementation = _decorator_function(decorator)
    if implementation is None:
        return DecoratorEffect.UNKNOWN
    return _effect_of_returns(implementation)


def _decorator_function(decorator: nodes.NodeNG) -> nodes.FunctionDef | None:
    """The function that receives the decorated one: the decorator itself, or
    what a decorator factory (``@retry(3)``) returns."""
    if isinstance(decorator, nodes.Call):
        factory = unwrap_method(single_known_value(decorator.func))  # ``@bus.on("x")`` too
        if not isinstance(factory, nodes.FunctionDef):
            return None
        returned = _returned_local_functions(factory)
        return returned[0] if len(returned) == 1 else None
    value = single_known_value(decorator)
    if isinstance(value, nodes.FunctionDef) and not isinstance(value, nodes.Lambda):
        return value
    return None


def _effect_of_returns(decorator: nodes.FunctionDef) -> DecoratorEffect:
    params = positional_parameters(decorator)
    wrapped = params[0] if params else None
    effects = set()
    for returned in returned_values(decorator):
        if wrapped is not None and _holds_parameter(returned, wrapped, 0):
            effects.add(DecoratorEffect.KEEPS)
            continue
        local = _local_function(decorator, returned)
        if local is None:
            return DecoratorEffect.UNKNOWN
        effects.add(
            DecoratorEffect.MAKES_ASYNC
            if function_returns_coroutine(local)
            else DecoratorEffect.MAKES_SYNC
        )
    return effects.pop() if len(effects) == 1 else DecoratorEffect.UNKNOWN


def calls_through(decorator: nodes.NodeNG) -> bool:
    """Whether a decorator of the linted code returns a sync wrapper that calls
    the decorated function itself, in the caller's thread (timing, retry,
    logging wrappers): running the decorated function runs its body."""
    return bool(call_through_wrappers(decorator))


@memoise_per_node(on_cycle=())
def call_through_wrappers(decorator: nodes.NodeNG) -> tuple[nodes.FunctionDef, ...]:
    """The sync wrappers a decorator of the linted code returns, when every one
    of them calls the decorated function itself, in the caller's thread; empty
    when it returns anything else. What a wrapper does around that call runs
    too (a retry's sleep between attempts)."""
    implementation = _decorator_function(decorator)
    if implementation is None or not is_linted_code(implementation.root()):
        return ()
    params = positional_parameters(implementation)
    returned = returned_values(implementation)
    if not params or not returned:
        return ()
    wrappers = []
    for value in returned:
        wrapper = _local_function(implementation, value)
        if (
            wrapper is None
            or isinstance(wrapper, nodes.AsyncFunctionDef)
            or wrapper.is_generator()
            or not _calls_parameter(wrapper, params[0])
        ):
            return ()
        own = wrapper.decorators.nodes if wrapper.decorators else []
        if any(decorator_effect(d) is not DecoratorEffect.KEEPS for d in own):
            return ()
        wrappers.append(wrapper)
    return tuple(wrappers)


def _calls_parameter(wrapper: nodes.FunctionDef, param: nodes.AssignName) -> bool:
    return any(
        call.scope() is wrapper and _holds_parameter(call.func, param, 0)
        for call in wrapper.nodes_of_class(nodes.Call)
    )


def _holds_parameter(node: nodes.NodeNG | None, param: nodes.AssignName, depth: int) -> bool:
    """Whether ``node`` is the parameter, or a local alias of it taken before
    any rebinding (trio's ``orig = f; ...; return orig``)."""
    if not isinstance(node, nodes.Name) or depth > MAX_ALIAS_DEPTH:
        return False
    bindings = bindings_of(node)
    return bool(bindings) and all(
        binding is param
        or (
            isinstance(binding, nodes.AssignName)
            and _holds_parameter(assigned_value(binding), param, depth + 1)
        )
        for binding in bindings
    )


def _returned_local_functions(func: nodes.FunctionDef) -> list[nodes.FunctionDef]:
    found = [_local_function(func, value) for value in returned_values(func)]
    return [local for local in found if local is not None]


def _local_function(
    owner: nodes.FunctionDef, value: nodes.NodeNG | None
) -> nodes.FunctionDef | None:
    """The function defined inside ``owner`` that ``value`` names."""
    if not isinstance(value, nodes.Name):
        return None
    candidates = [
        definition
        for definition in owner.locals.get(value.name, ())
        if isinstance(definition, nodes.FunctionDef)
    ]
    return candidates[0] if len(candidates) == 1 else None


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
    loops = [loop for loop in _loops_around(name, scope) if not _contains(loop, nearest)]
    for escape in _escapes(scope, name.name):
        if _position(nearest) < _position(escape) < position:
            return None
        if any(_contains(loop, escape) for loop in loops):
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
            if not (child is parent.generators[0] and (name is outer or _contains(outer, name))):
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


def _contains(ancestor: nodes.NodeNG, node: nodes.NodeNG) -> bool:
    parent = node.parent
    while parent is not None:
        if parent is ancestor:
            return True
        parent = parent.parent
    return False


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
    verdicts = [cheap_coroutine_verdict(call.func) for call in calls]
    return False not in verdicts and all(
        verdict or is_coroutine_function(call.func) for verdict, call in zip(verdicts, calls)
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
