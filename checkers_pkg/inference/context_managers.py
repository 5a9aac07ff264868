"""What instance a ``with`` / ``async with`` target holds.

astroid reads ``async with Client() as c`` through ``__enter__`` (or not at
all), and a ``@contextlib.asynccontextmanager`` function's yield not at all, so
``c`` infers to nothing and ``c.get()`` goes unchecked. This answers the one
question from the source: the class of the instance ``__aenter__`` /
``__enter__`` hands back when it returns ``self``, or of the one instance a
``@contextmanager`` / ``@asynccontextmanager`` generator yields. Unsure (another
return value, several candidates, unknown context manager): None.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import NamedTuple

from astroid import bases, nodes
from astroid.exceptions import AstroidError

from checkers_pkg.inference._cache import memoise_per_node
from checkers_pkg.inference.public_names import public_qname
from checkers_pkg.inference.stubs import ReturnKind, stub_return
from checkers_pkg.inference.values import (
    bindings_of,
    class_of,
    known_values,
    positional_parameters,
    returned_values,
    single_known_value,
    unwrap_method,
)

_GENERATOR_MANAGERS = {
    nodes.With: frozenset({"contextlib.contextmanager"}),
    nodes.AsyncWith: frozenset({"contextlib.asynccontextmanager"}),
}
_ENTER_METHODS = {nodes.With: "__enter__", nodes.AsyncWith: "__aenter__"}
_SELF_TYPES = frozenset({"typing.Self", "typing_extensions.Self"})


class Resolver(NamedTuple):
    """What the layer above (``names``) knows beyond astroid's inference, for
    managers astroid cannot follow: ``self.db.connection()`` on an annotated
    attribute, ``yield client`` after ``client = await Client.connect()``."""

    callee: Callable[[nodes.NodeNG], object | None]  # the definition a callee runs
    instance: Callable[[nodes.NodeNG], nodes.ClassDef | None]  # the class a value is of


_ASTROID_ONLY = Resolver(lambda node: None, lambda node: None)


@memoise_per_node(on_cycle=None)
def entered_class(node: nodes.NodeNG, resolver: Resolver = _ASTROID_ONLY) -> nodes.ClassDef | None:
    """The class of the instance a name bound by ``with ... as name`` holds,
    when every binding of the name is such a target and they agree."""
    if not isinstance(node, nodes.Name):
        return None
    bindings = bindings_of(node)
    classes = {_target_class(binding, resolver) for binding in bindings}
    if not bindings or len(classes) != 1:
        return None
    return classes.pop()


def _target_class(binding: nodes.NodeNG, resolver: Resolver) -> nodes.ClassDef | None:
    statement = binding.parent
    if not isinstance(binding, nodes.AssignName) or not isinstance(statement, nodes.With):
        return None
    manager = next((expr for expr, target in statement.items if target is binding), None)
    if manager is None:
        return None  # ``with m() as (a, b)``: unpacking, not the instance itself
    kind = nodes.AsyncWith if isinstance(statement, nodes.AsyncWith) else nodes.With
    yielded = _generator_manager_class(manager, kind, resolver)
    if yielded is not None:
        return yielded
    return _self_returning_class(manager, kind, resolver)


def _generator_manager_class(
    manager: nodes.NodeNG, kind: type, resolver: Resolver
) -> nodes.ClassDef | None:
    """``session()`` where ``session`` is a ``@contextmanager`` (or, for
    ``async with``, ``@asynccontextmanager``) generator yielding one class's
    instances."""
    if not isinstance(manager, nodes.Call):
        return None
    func = unwrap_method(single_known_value(manager.func)) or resolver.callee(manager.func)
    if not isinstance(func, nodes.FunctionDef) or not func.decorators:
        return None
    if not any(
        _GENERATOR_MANAGERS[kind].intersection(_decorator_names(decorator))
        for decorator in func.decorators.nodes
    ):
        return None
    yields = [
        node
        for node in func.nodes_of_class(
            nodes.Yield, skip_klass=(nodes.FunctionDef, nodes.ClassDef, nodes.Lambda)
        )
        if node.scope() is func
    ]
    classes = set()
    for found in yields:
        values = known_values(found.value) if found.value is not None else ()
        if not values and found.value is not None:
            cls = resolver.instance(found.value)  # ``yield client``, awaited
            values = (cls.instantiate_class(),) if cls is not None else ()
        if not values or not all(isinstance(v, bases.Instance) for v in values):
            return None
        classes.update(class_of(value) for value in values)
    return classes.pop() if len(classes) == 1 else None


def _decorator_names(decorator: nodes.NodeNG) -> set[str]:
    value = single_known_value(decorator)
    return {value.qname()} if isinstance(value, nodes.FunctionDef) else set()


def _self_returning_class(
    manager: nodes.NodeNG, kind: type, resolver: Resolver
) -> nodes.ClassDef | None:
    """The class of ``manager``'s instance when its ``__aenter__`` /
    ``__enter__`` returns ``self``: ``return self`` everywhere, or an
    annotation naming the class itself or ``Self``, in the source or in the
    stubs (``with open(p) as f``: ``IOBase.__enter__(self) -> Self``)."""
    values = known_values(manager)
    if not values:
        cls = resolver.instance(manager)  # a class astroid cannot infer (``open(p)``)
        return cls if cls is not None and _declared_self(cls, kind) else None
    if not all(isinstance(v, bases.Instance) and not isinstance(v, nodes.Const) for v in values):
        return None
    classes = {class_of(value) for value in values}
    if len(classes) != 1:
        return None
    cls = classes.pop()
    try:
        methods = cls.getattr(_ENTER_METHODS[kind], class_context=False)
    except AstroidError:
        return None
    method = methods[0] if methods else None
    if not isinstance(method, nodes.FunctionDef):
        return None
    return cls if _returns_self(method, cls) else None


def _declared_self(cls: nodes.ClassDef, kind: type) -> bool:
    """Whether the stubs declare that ``cls``'s ``__enter__`` returns ``Self``."""
    declared = stub_return(f"{public_qname(cls)}.{_ENTER_METHODS[kind]}")
    return declared is not None and declared.kind is ReturnKind.SELF


def _returns_self(method: nodes.FunctionDef, cls: nodes.ClassDef) -> bool:
    params = positional_parameters(method)
    returns = returned_values(method)
    if params and returns and all(
        isinstance(value, nodes.Name) and value.name == params[0].name for value in returns
    ):
        return True
    annotation = method.returns
    if annotation is None or not returns:
        return False
    if isinstance(annotation, nodes.Const) and isinstance(annotation.value, str):
        return annotation.value == cls.name
    named = single_known_value(annotation)
    if isinstance(named, nodes.ClassDef):
        return named is cls or named.qname() in _SELF_TYPES
    return False
