"""Which library client a value is (CATALOGUE.md, *Library clients*), and
whether a call on it, or iterating it, blocks the event loop.

A value's kind comes from its class and the class's ancestors (astroid's
answer, or the annotation), else from the calls that built it: a factory
the table names (``redis.Redis.from_url``, ``boto3.client``), a method of
another client (``engine.connect()``, ``conn.cursor()``), calling a
``sessionmaker``, or a provider function of the linted code that returns or
yields one (dependency injection). Attributes and items of some clients are
clients too (``mongo.app.users``, ``response["Body"]``).
"""

from __future__ import annotations

from typing import NamedTuple

from astroid import bases, nodes
from astroid.exceptions import NoDefault

from checkers_pkg.checkers.asynchronous.clients import BLOCKING_FACTORIES, KINDS, kind_named
from checkers_pkg.inference._cache import memoise_per_node
from checkers_pkg.inference.declared_types import annotated_class, parameter_annotation
from checkers_pkg.inference.imports import definition_by_imports, imported_binding
from checkers_pkg.inference.instances import (
    constructor_calls,
    instance_class,
    instance_type_names,
    resolved_callee,
)
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
    class_of,
    constant_value,
    hierarchy_of,
    is_none,
    known_values,
    returned_values,
)

_FACTORY_SHORT_NAMES = short_names_of(BLOCKING_FACTORIES)
_MAX_HIERARCHY = 16
# Decorators a provider function may carry and still return what it returns.
_PROVIDER_DECORATORS = frozenset(
    {"contextlib.contextmanager", "functools.lru_cache", "functools.cache"}
)
_DEPENDS = frozenset(
    {"fastapi.Depends", "fastapi.params.Depends", "fastapi.param_functions.Depends"}
)


class ClientCall(NamedTuple):
    """A blocking client call: how to name it, and what to use instead."""

    label: str
    advice: str


@memoise_per_node(on_cycle=None)
def client_kind(node: nodes.NodeNG) -> str | None:
    """The kind key (``clients.KINDS``) of the client ``node`` holds, if any."""
    if isinstance(node, nodes.Call):
        return _kind_of_call(node)
    if isinstance(node, nodes.Name):
        injected = _injected_parameter(node)
        if injected is not None:
            return _injected_kind(injected)
    if isinstance(node, (nodes.Name, nodes.Attribute)):
        cls = instance_class(node)
        if cls is not None:
            return _kind_of_class(cls)
        key = _kind_of_candidates(node)
        if key is not None:
            return key
        key = kind_named(instance_type_names(node))
        if key is not None:
            return key
        if isinstance(node, nodes.Attribute):
            key = kind_named(import_paths(node))  # a library's global: ``db.session``
            if key is not None:
                return key
        key = _kind_of_bindings(node)
        if key is not None:
            return key
    if isinstance(node, nodes.Attribute) and not node.attrname.startswith("_"):
        owner = client_kind(node.expr)
        return KINDS[owner].attribute if owner is not None else None
    if isinstance(node, nodes.Subscript):
        owner = client_kind(node.value)
        if owner is None:
            return None
        known, key = constant_value(node.slice)
        if known and isinstance(key, str):
            return KINDS[owner].items.get(key) or KINDS[owner].attribute
        return KINDS[owner].attribute
    return None


def _kind_of_candidates(node: nodes.NodeNG) -> str | None:
    """When astroid infers instances of several classes (``create_engine``'s
    overloads give an ``Engine`` or a ``MockConnection``): the one client
    kind among them, when the others are classes of the same library."""
    values = [value for value in known_values(node) if not is_none(value)]
    if len(values) < 2 or not all(isinstance(value, bases.Instance) for value in values):
        return None
    kinds = {_kind_of_class(class_of(value)) for value in values}
    found = kinds - {None}
    if len(found) != 1:
        return None
    key = found.pop()
    packages = {class_of(value).root().name.split(".")[0] for value in values}
    return key if len(packages) == 1 else None


def _kind_of_class(cls: nodes.ClassDef) -> str | None:
    for klass in hierarchy_of(cls)[:_MAX_HIERARCHY]:
        key = kind_named([klass.qname()])
        if key is not None:
            return key
    return None


def _kind_of_bindings(node: nodes.Name | nodes.Attribute) -> str | None:
    """The kind every call that built ``node`` gives (``x = engine.connect()``,
    ``with Session() as x``, ``self.x = ...`` in the class); for a parameter
    without annotation, what its ``Depends(provider)`` default provides."""
    calls = constructor_calls(node)
    if calls:
        kinds = {_kind_of_call(call) for call in calls}
        return kinds.pop() if len(kinds) == 1 else None
    elsewhere = _module_global_value(node)
    if elsewhere is not None:
        return client_kind(elsewhere)
    if not isinstance(node, nodes.Name):
        return None
    bindings = bindings_of(node)
    if len(bindings) == 1 and isinstance(bindings[0].parent, nodes.Arguments):
        return None
    values = [assigned_value(binding) for binding in bindings]
    if not values or any(value is None for value in values):
        return None
    kinds = {client_kind(value) for value in values}
    return kinds.pop() if len(kinds) == 1 else None


def _module_global_value(node: nodes.Name | nodes.Attribute) -> nodes.NodeNG | None:
    """What a global of another module was assigned, read without inference:
    ``s3`` of ``from .storage import s3``, ``db.engine`` of ``from . import db``."""
    binding: nodes.NodeNG | None = None
    if isinstance(node, nodes.Name):
        binding = imported_binding(node)
    else:
        module = definition_by_imports(node.expr)
        if isinstance(module, nodes.Module):
            bindings = module.locals.get(node.attrname, [])
            binding = bindings[0] if len(bindings) == 1 else None
    return assigned_value(binding) if isinstance(binding, nodes.AssignName) else None


def _injected_parameter(node: nodes.Name) -> nodes.Call | None:
    """The ``Depends(provider)`` default of an unannotated parameter (with
    an annotation, the annotation says what it holds: ``AsyncSession``)."""
    bindings = bindings_of(node)
    if len(bindings) != 1 or not isinstance(bindings[0].parent, nodes.Arguments):
        return None
    param = bindings[0]
    if parameter_annotation(param) is not None:
        return None
    try:
        default = param.parent.default_value(param.name)
    except NoDefault:
        return None
    if not isinstance(default, nodes.Call) or not default.args:
        return None
    return default if _DEPENDS.intersection(import_paths(default.func)) else None


def _injected_kind(default: nodes.Call) -> str | None:
    provider = resolved_callee(default.args[0])
    return _provided_kind(provider) if isinstance(provider, nodes.FunctionDef) else None


def _kind_of_call(call: nodes.Call) -> str | None:
    func = call.func
    key = kind_named(qualified_names(func))
    if key is not None:
        return key
    if isinstance(func, nodes.Attribute):
        owner = client_kind(func.expr)
        if owner is not None:
            return KINDS[owner].returned_kind(func.attrname)
    if isinstance(func, (nodes.Name, nodes.Attribute)):
        owner = client_kind(func)
        if owner is not None:
            return KINDS[owner].returns.get("__call__")
    callee = resolved_callee(func)
    if isinstance(callee, nodes.FunctionDef) and is_linted_code(callee.root()):
        return _provided_kind(callee)
    return None


@memoise_per_node(on_cycle=None)
def _provided_kind(func: nodes.FunctionDef) -> str | None:
    """The client a provider function of the linted code returns or yields:
    by its return annotation, else by every value it returns (or yields)."""
    if isinstance(func, nodes.AsyncFunctionDef):
        return None
    for decorator in func.decorators.nodes if func.decorators else ():
        written = decorator.func if isinstance(decorator, nodes.Call) else decorator
        if not _PROVIDER_DECORATORS.intersection(import_paths(written)):
            return None
    declared = _provided_annotation(func)
    if declared is not None:
        cls = annotated_class(declared)
        if cls is not None:
            return _kind_of_class(cls)
        key = kind_named(import_paths(declared))
        if key is not None:
            return key
    if func.is_generator():
        values = [
            node.value
            for node in func.nodes_of_class(
                nodes.Yield, skip_klass=(nodes.FunctionDef, nodes.ClassDef, nodes.Lambda)
            )
        ]
    else:
        values = returned_values(func)
    if not values or any(value is None for value in values):
        return None
    kinds = {client_kind(value) for value in values}
    return kinds.pop() if len(kinds) == 1 else None


_GENERATORS = frozenset(
    f"{module}.{name}" for module in ("typing", "collections.abc")
    for name in ("Generator", "Iterator", "Iterable")
)


def _provided_annotation(func: nodes.FunctionDef) -> nodes.NodeNG | None:
    """What a provider's return annotation says it gives: ``-> Session``, or
    the yielded type of a generator's ``-> Generator[Session, None, None]``."""
    returns = func.returns
    if returns is None or not func.is_generator():
        return returns
    if isinstance(returns, nodes.Subscript) and _GENERATORS.intersection(
        import_paths(returns.value)
    ):
        index = returns.slice
        return index.elts[0] if isinstance(index, nodes.Tuple) and index.elts else index
    return None


def client_call(call: nodes.Call) -> ClientCall | None:
    """How to name ``call`` when it is a blocking call of a library client: a
    method that talks to the server, a factory that connects, or a call whose
    result is iterated where it stands (``for doc in users.find()``)."""
    if isinstance(call.parent, nodes.Await):
        return None  # a sync client's method gives nothing to await: an async twin
    factory = _connecting_factory(call)
    if factory is not None:
        return factory
    func = call.func
    if not isinstance(func, nodes.Attribute) or func.attrname.startswith("_"):
        return None
    owner = client_kind(func.expr)
    if owner is not None and KINDS[owner].blocks(func.attrname):
        kind = KINDS[owner]
        return ClientCall(kind.method_label(func.attrname), kind.advice())
    if is_iterated(call):
        return blocking_iteration(call)
    return None


def blocking_iteration(node: nodes.NodeNG) -> ClientCall | None:
    """How to name iterating ``node`` when that talks to the server (a
    pymongo cursor, a boto3 paginator's pages or collection)."""
    key = client_kind(node)
    if key is None or not KINDS[key].iterating_blocks:
        return None
    kind = KINDS[key]
    return ClientCall(f"iterating a {kind.label}", kind.advice())


def is_iterated(node: nodes.NodeNG) -> bool:
    """``node`` is what a sync ``for`` or comprehension iterates."""
    parent = node.parent
    if isinstance(parent, nodes.For) and not isinstance(parent, nodes.AsyncFor):
        return parent.iter is node
    if isinstance(parent, nodes.Comprehension):
        return parent.iter is node and not parent.is_async
    return False


def _connecting_factory(call: nodes.Call) -> ClientCall | None:
    names = candidate_names(call, _FACTORY_SHORT_NAMES)
    for name in names:
        found = BLOCKING_FACTORIES.get(name)
        if found is None:
            continue
        label, key, needs_host = found
        if needs_host and not _has_host(call):
            return None
        return ClientCall(label, KINDS[key].advice())
    return None


def _has_host(call: nodes.Call) -> bool:
    """``SMTP(host)``/``FTP(host)`` connect at once; ``SMTP()`` does not."""
    host = call.args[0] if call.args else next(
        (keyword.value for keyword in call.keywords or () if keyword.arg == "host"), None
    )
    if host is None:
        return False
    known, value = constant_value(host)
    return not (known and value in ("", None))


__all__ = ["ClientCall", "blocking_iteration", "client_call", "client_kind", "is_iterated"]
