"""Whether calling something gives a coroutine that must be awaited."""

from __future__ import annotations

from astroid import bases, nodes
from astroid.exceptions import AstroidError

from checkers_pkg.checkers.asynchronous import coroutine_uses
from checkers_pkg.inference._cache import memoise_per_node
from checkers_pkg.inference.callables import is_method_descriptor, is_partial_object
from checkers_pkg.inference.decorators import function_returns_coroutine
from checkers_pkg.inference.imports import definition_by_imports, imported_binding, local_definition
from checkers_pkg.inference.instances import attribute_bindings, callee_values
from checkers_pkg.inference.names import import_paths, qualified_names, unwrap_method, written_paths
from checkers_pkg.inference.summaries import Kind, Resolved, is_unbuilt_library_module, resolve_path
from checkers_pkg.inference.values import assigned_value, bindings_of, class_of

PARTIAL_CONSTRUCTORS = frozenset({"functools.partial"})


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
    return (
        isinstance(receiver, nodes.Name)
        and coroutine_uses.held_coroutine_call(receiver) is not None
    )


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
