"""What a decorator does to the function it decorates: hands back the same
function (or a wrapper that calls it in the caller's thread), makes it
async, makes it sync, or something unknown.

Every family asks it on the way to "which function of the linted code does
this call run": the async checker for coroutine functions and blocking
chains, the security checker for wrappers whose callers it judges.
"""

from __future__ import annotations

import enum
from collections.abc import Callable

from astroid import nodes

from checkers_pkg.inference._cache import memoise_per_node
from checkers_pkg.inference.labels import is_linted_code
from checkers_pkg.inference.names import MAX_ALIAS_DEPTH, qualified_names, unwrap_method
from checkers_pkg.inference.values import (
    assigned_value,
    bindings_of,
    is_none,
    positional_parameters,
    returned_values,
    single_known_value,
)

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
        cls = single_known_value(decorator)
        if isinstance(cls, nodes.ClassDef) and _class_passes_through(cls):
            return DecoratorEffect.KEEPS
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
    for returned in map(_through_cast, returned_values(decorator)):
        if wrapped is not None and _holds_parameter(returned, wrapped, 0):
            effects.add(DecoratorEffect.KEEPS)
            continue
        applied = _applied_local_decorator(decorator, returned, wrapped)
        if applied is not None:  # ``return wrapper(method)``
            effects.add(_effect_of_returns(applied))
            continue
        local = _local_function(decorator, returned)
        if local is None:
            return DecoratorEffect.UNKNOWN
        if _returned_local_functions(local) and len(_returned_local_functions(local)) == len(
            returned_values(local)
        ):
            continue  # hands back a decorator: the ``@name(...)`` form of a dual-use one
        if wrapped is not None and _passes_through(
            local, lambda func, param=wrapped: _holds_parameter(func, param, 0)
        ):
            effects.add(DecoratorEffect.KEEPS)
            continue
        effects.add(
            DecoratorEffect.MAKES_ASYNC
            if function_returns_coroutine(local)
            else DecoratorEffect.MAKES_SYNC
        )
    return effects.pop() if len(effects) == 1 else DecoratorEffect.UNKNOWN


def _passes_through(
    wrapper: nodes.FunctionDef, is_wrapped: Callable[[nodes.NodeNG], bool]
) -> bool:
    """*Keeps a function async*: a sync wrapper whose result is the wrapped
    function's call, returned directly or through a local name (``return
    method(self, *args, **kwargs)``); other returns may only give None
    (tornado's ``@authenticated`` refuses with ``return None``)."""
    if isinstance(wrapper, nodes.AsyncFunctionDef) or wrapper.is_generator():
        return False
    passed = False
    for value in returned_values(wrapper):
        if value is None or is_none(value):
            continue
        call = value
        if isinstance(value, nodes.Name):
            bindings = bindings_of(value)
            call = assigned_value(bindings[0]) if len(bindings) == 1 else None
        if not (isinstance(call, nodes.Call) and is_wrapped(call.func)):
            return False
        passed = True
    return passed


def _class_passes_through(cls: nodes.ClassDef) -> bool:
    """A class used as a decorator whose ``__init__`` keeps the function in
    an attribute and whose sync ``__call__`` returns that attribute's call."""
    init, call = cls.locals.get("__init__", []), cls.locals.get("__call__", [])
    if len(init) != 1 or len(call) != 1 or not isinstance(init[0], nodes.FunctionDef):
        return False
    params = positional_parameters(init[0])
    if len(params) < 2 or not isinstance(call[0], nodes.FunctionDef):
        return False
    kept = {
        target.attrname
        for assign in init[0].nodes_of_class(nodes.Assign)
        for target in assign.targets
        if isinstance(target, nodes.AssignAttr) and isinstance(target.expr, nodes.Name)
        and target.expr.name == params[0].name and isinstance(assign.value, nodes.Name)
        and assign.value.name == params[1].name
    }
    receiver = positional_parameters(call[0])[:1]
    return bool(kept and receiver) and _passes_through(
        call[0],
        lambda func: isinstance(func, nodes.Attribute) and func.attrname in kept
        and isinstance(func.expr, nodes.Name) and func.expr.name == receiver[0].name,
    )


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


_CASTS = frozenset({"typing.cast", "typing_extensions.cast"})


def _through_cast(value: nodes.NodeNG | None) -> nodes.NodeNG | None:
    """``cast(T, x)`` is ``x``."""
    if isinstance(value, nodes.Call) and len(value.args) == 2 and _CASTS.intersection(
        qualified_names(value.func)
    ):
        return value.args[1]
    return value


def _applied_local_decorator(
    owner: nodes.FunctionDef, value: nodes.NodeNG | None, wrapped: nodes.AssignName | None
) -> nodes.FunctionDef | None:
    """The local decorator ``owner`` applies to the function it was given
    (``return wrapper(method)``, jupyter_server's ``@authorized``)."""
    if wrapped is None or not isinstance(value, nodes.Call) or len(value.args) != 1:
        return None
    if not _holds_parameter(value.args[0], wrapped, 0):
        return None
    return _local_function(owner, value.func)


def _returned_local_functions(func: nodes.FunctionDef) -> list[nodes.FunctionDef]:
    found = [_local_function(func, _through_cast(value)) for value in returned_values(func)]
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
