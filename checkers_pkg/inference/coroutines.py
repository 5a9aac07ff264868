"""Whether calling something gives a coroutine that must be awaited."""

from __future__ import annotations

import enum

from astroid import bases, nodes
from astroid.exceptions import AstroidError

from checkers_pkg.inference._cache import memoise_per_node
from checkers_pkg.inference.names import (
    definition_by_imports,
    local_definition,
    members_by_declaration,
    qualified_names,
    unwrap_method,
)
from checkers_pkg.inference.values import (
    assigned_value,
    bindings_of,
    class_of,
    known_values,
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
    # Cheap questions first: a def or class reached through imports, read
    # without inference, answers exactly as astroid would.
    definition = local_definition(node) or definition_by_imports(node)
    if isinstance(definition, nodes.FunctionDef):
        return function_returns_coroutine(definition)
    if definition is not None:
        return False  # a class builds an instance; a module is not callable
    wrapped = partial_target(node)
    if wrapped is not None:
        return is_coroutine_function(wrapped)
    values = known_values(node) or members_by_declaration(node)
    verdicts = [_value_is_coroutine_function(value) for value in values]
    return bool(verdicts) and all(verdicts)


def _value_is_coroutine_function(value: object) -> bool:
    value = unwrap_method(value)
    if isinstance(value, nodes.FunctionDef):
        # A PartialFunction copies the body but not the async flag; the
        # syntactic route in partial_target answers those.
        return not _is_partial_object(value) and function_returns_coroutine(value)
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


def _is_partial_object(value: nodes.FunctionDef) -> bool:
    return type(value).__name__ == "PartialFunction"


def partial_target(node: nodes.NodeNG) -> nodes.NodeNG | None:
    """``f`` for ``functools.partial(f, ...)`` held by ``node`` (directly or by name)."""
    call = node
    if isinstance(node, nodes.Name):
        bindings = bindings_of(node)
        call = assigned_value(bindings[0]) if len(bindings) == 1 else None
    if (
        isinstance(call, nodes.Call)
        and call.args
        and PARTIAL_CONSTRUCTORS.intersection(qualified_names(call.func))
    ):
        return call.args[0]
    return None


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
        factory = single_known_value(decorator.func)
        if not isinstance(factory, nodes.FunctionDef):
            return None
        returned = _returned_local_functions(factory)
        return returned[0] if len(returned) == 1 else None
    value = single_known_value(decorator)
    if isinstance(value, nodes.FunctionDef) and not isinstance(value, nodes.Lambda):
        return value
    return None


def _effect_of_returns(decorator: nodes.FunctionDef) -> DecoratorEffect:
    params = decorator.args.posonlyargs + decorator.args.args
    wrapped_name = params[0].name if params else None
    effects = set()
    for returned in _returned_values(decorator):
        if isinstance(returned, nodes.Name) and returned.name == wrapped_name:
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


def _returned_values(func: nodes.FunctionDef) -> list[nodes.NodeNG | None]:
    return [
        node.value
        for node in func.nodes_of_class(
            nodes.Return, skip_klass=(nodes.FunctionDef, nodes.ClassDef, nodes.Lambda)
        )
    ]


def _returned_local_functions(func: nodes.FunctionDef) -> list[nodes.FunctionDef]:
    found = [_local_function(func, value) for value in _returned_values(func)]
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
