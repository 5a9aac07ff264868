"""The class of the instance an expression holds, and the names of its type.

astroid's answer when it can see the class; else the call that built the
value (``s = requests.Session()`` holds a ``requests.Session``), the
annotation that declares it, the ``with`` statement or ``await`` that bound
it. A method is named by its receiver's type and a type by its
constructor's name: this module and ``names`` answer each other.
"""

from __future__ import annotations

from collections.abc import Iterable

from astroid import bases, nodes, util
from astroid.exceptions import AstroidError

from checkers_pkg.inference import declared_types, names
from checkers_pkg.inference._cache import memoise_per_node
from checkers_pkg.inference.callables import is_method_descriptor, is_partial_object
from checkers_pkg.inference.context_managers import Resolver, entered_class
from checkers_pkg.inference.imports import local_definition
from checkers_pkg.inference.mro import defining_class
from checkers_pkg.inference.public_names import known_names, public_names, public_qname
from checkers_pkg.inference.stub_types import result_class
from checkers_pkg.inference.values import (
    assigned_value,
    bindings_of,
    class_of,
    is_none,
    known_values,
    single_known_value,
    unwrap_method,
)

# -- instances ----------------------------------------------------------------

MAX_HIERARCHY_DEPTH = 16


def instance_type(node: nodes.NodeNG) -> str | None:
    """The qualified class name of the instance ``node`` holds, if known."""
    type_names = instance_type_names(node)
    return type_names[0] if type_names else None


@memoise_per_node(on_cycle=None)
def instance_class(node: nodes.NodeNG) -> nodes.ClassDef | None:
    """The class of the instance ``node`` holds, when every known candidate
    agrees; when astroid infers nothing, the class its annotation declares."""
    values = _informative_values(node)
    if not values:
        return (
            declared_types.declared_class(node)
            or entered_class(node, _RESOLVER)
            or assigned_attribute_class(node)
            or awaited_class(node)
            or declared_result_class(node)
        )
    return _single_instance_class(values)


def declared_result_class(node: nodes.NodeNG) -> nodes.ClassDef | None:
    """The class a call's or an operation's result is declared to have when
    astroid infers nothing for it: the return annotation of a method of a
    receiver whose class is known, or of a function of the same module
    (``def cache_file(...) -> Path``), else typeshed's stubs (``base / "x"``
    on a ``Path`` is a ``Path``, ``stream.getvalue()`` a ``str``). Callees
    are not inferred for it: that would build modules only to read an
    annotation."""
    if isinstance(node, nodes.BinOp):
        return result_class(node, instance_class)
    if not isinstance(node, nodes.Call):
        return None
    callee: nodes.NodeNG | None = None
    func = node.func
    if isinstance(func, nodes.Attribute):
        owner = instance_class(func.expr)
        defining = defining_class(owner, func.attrname) if owner is not None else None
        callee = defining.locals[func.attrname][0] if defining is not None else None
    elif isinstance(func, nodes.Name):
        callee = local_definition(func)
    if isinstance(callee, nodes.FunctionDef) and callee.returns is not None:
        declared = declared_types.annotated_class(callee.returns)
        if declared is not None:
            return declared
    return result_class(node, instance_class)


def _single_instance_class(values: Iterable[object]) -> nodes.ClassDef | None:
    """The class every one of ``values`` is an instance of; None otherwise.

    Twins of one public type (``datetime.datetime`` and the C
    ``_datetime.datetime``, ``_decimal.Decimal`` and ``_pydecimal.Decimal``)
    are one class: the one defined under the public name when there is one.
    """
    classes: dict[str, list[nodes.ClassDef]] = {}
    for value in values:
        if not isinstance(value, bases.Instance):
            return None
        cls = class_of(value)
        twins = classes.setdefault(public_qname(cls), [])
        if cls not in twins:
            twins.append(cls)
    if len(classes) != 1:
        return None
    public, twins = next(iter(classes.items()))
    return next((cls for cls in twins if cls.qname() == public), twins[0])


def awaited_class(node: nodes.NodeNG) -> nodes.ClassDef | None:
    """The class of what a name bound by ``x = await call()`` holds, when the
    callee is a plain ``async def``: what it returns is what awaiting the call
    gives (``conn = await pool.acquire()`` then ``conn.close()``). astroid
    infers no ``await``. Every binding must be such an await."""
    if not isinstance(node, nodes.Name):
        return None
    values = []
    for binding in bindings_of(node):
        value = assigned_value(binding) if isinstance(binding, nodes.AssignName) else None
        if not isinstance(value, nodes.Await) or not isinstance(value.value, nodes.Call):
            return None
        known = _awaited_values(value.value)
        if not known:
            return None
        values.extend(known)
    return _single_instance_class(values) if values else None


def _awaited_values(call: nodes.Call) -> tuple[object, ...]:
    """What awaiting ``call`` gives, when every known callee is an undecorated,
    non-generator ``async def``: astroid's inference of the call (it takes the
    call for the return value), else the callee's own return values (a
    receiver known by its annotation only); ``None`` placeholders aside."""
    callees = [unwrap_method(value) for value in callee_values(call.func)]
    if not callees or not all(map(_is_plain_async_def, callees)):
        return ()
    known = _informative_values(call)
    if known:
        return known
    try:
        returned = [value for callee in callees for value in callee.infer_call_result(call)]
        return _informative(returned)
    except (AstroidError, RecursionError):
        return ()


def _is_plain_async_def(callee: object) -> bool:
    """An ``async def`` (a classmethod or staticmethod too: ``client = await
    Client.connect(url)``) whose call awaited gives what it returns."""
    return (
        isinstance(callee, nodes.AsyncFunctionDef)
        and not is_partial_object(callee)
        and all(map(is_method_descriptor, callee.decorators.nodes if callee.decorators else ()))
        and not callee.is_generator()
    )


def assigned_attribute_class(node: nodes.NodeNG) -> nodes.ClassDef | None:
    """The class of ``x.member`` when astroid infers nothing for it because
    ``x`` is known only by its annotation or its ``with`` statement: read from
    the values the class of ``x`` assigns to the member (``self.http = http
    or HttpClient()``), inferred where they are written. Every assignment must
    build an instance of the same class (``None`` placeholders aside)."""
    if (
        not isinstance(node, nodes.Attribute)
        or declared_types.attribute_depth(node) > names.MAX_ALIAS_DEPTH
    ):
        return None
    owner = instance_class(node.expr)
    if owner is None:
        return None
    values = []
    for binding in attribute_bindings(owner, node.attrname):
        if isinstance(binding.parent, nodes.AnnAssign) and binding.parent.value is None:
            continue  # ``http: Http`` in the class body declares, assigns nothing
        value = assigned_value(binding)
        if value is None:
            return None  # unpacked, augmented, a method: not a plain assignment
        if is_none(value):
            continue  # ``self.client = None`` until it is opened
        known = _informative_values(value)
        if not known:
            return None  # ``self.client = client``: whatever the caller passes
        values.extend(known)
    return _single_instance_class(values) if values else None


def members_by_declaration(node: nodes.NodeNG) -> tuple[nodes.NodeNG, ...]:
    """``x.member`` looked up on the class of ``x`` when astroid infers
    nothing for the attribute itself (``x`` known by its annotation only)."""
    if not isinstance(node, nodes.Attribute) or known_values(node):
        return ()
    cls = instance_class(node.expr)
    if cls is None:
        return ()
    try:
        found = cls.getattr(node.attrname)
    except (AstroidError, RecursionError):
        return ()
    # The first class of the C3 order that binds the name is what the
    # instance sees (astroid lists its ancestors depth first).
    owner = defining_class(cls, node.attrname)
    if owner is None:
        owner = found[0].parent.frame() if found and found[0].parent is not None else None
    return tuple(member for member in found if member.parent and member.parent.frame() is owner)


def class_attribute_values(node: nodes.NodeNG) -> tuple[nodes.NodeNG, ...]:
    """The values the class of ``x`` (known by its annotation only) assigns
    to ``x.member`` in its body (``DEFAULTS = []``); empty when a binding has
    no value of its own or an instance may hold its own (``self.member = ...``)."""
    members = members_by_declaration(node)
    if not members or not all(isinstance(m, nodes.AssignName) for m in members):
        return ()
    assert isinstance(node, nodes.Attribute)
    cls = instance_class(node.expr)
    try:
        hierarchy = [cls, *cls.ancestors()] if cls is not None else []
    except (AstroidError, RecursionError):
        return ()
    if any(node.attrname in klass.instance_attrs for klass in hierarchy):
        return ()
    values = [assigned_value(member) for member in members]
    return tuple(value for value in values if value is not None) if all(values) else ()


def callee_values(func: nodes.NodeNG) -> tuple[object, ...]:
    """What a callee expression may be: astroid's known values, else the
    member found on the receiver's declared class (``store.load`` with
    ``store: Store``)."""
    return known_values(func) or members_by_declaration(func)


def resolved_callee(func: nodes.NodeNG) -> object | None:
    """The one definition a callee expression runs: astroid's answer, else the
    member found on the receiver's declared class."""
    value = single_known_value(func)
    if value is None:
        members = members_by_declaration(func)
        value = members[0] if len(members) == 1 else None
    return unwrap_method(value)


@memoise_per_node(on_cycle=())
def instance_type_names(node: nodes.NodeNG) -> tuple[str, ...]:
    """Qualified class names of the instance ``node`` holds, most public first."""
    cls = instance_class(node)
    if cls is not None:
        return known_names(cls)
    if _informative_values(node):
        return ()
    return public_names(
        constructed_type_paths(node) or declared_types.declared_type_paths(node)
    )


def _informative_values(node: nodes.NodeNG) -> tuple[object, ...]:
    """Known values, less the ``None`` placeholders of ``self.x = None`` /
    ``x: T | None = None`` and the ``x: T = ...`` of an annotated local, which
    say nothing about the type held later."""
    return _informative(known_values(node))


def _informative(values: Iterable[object]) -> tuple[object, ...]:
    """``values`` less what says nothing about the type: Uninferable, ``None``, ``...``."""
    return tuple(
        value
        for value in values
        if not isinstance(value, util.UninferableBase)
        and not is_none(value)
        and not _is_ellipsis(value)
    )


def _is_ellipsis(value: object) -> bool:
    return isinstance(value, nodes.Const) and value.value is Ellipsis


def instance_member_names(node: nodes.NodeNG, member: str) -> tuple[str, ...]:
    """Names of ``<node>.<member>`` when ``node`` is an instance.

    ``MySession().get`` is named by the instance's class and by the class that
    defines ``get``, even when that base class cannot be loaded
    (``class MySession(requests.Session)`` gives ``requests.Session.get``).
    """
    cls = instance_class(node)
    if cls is None:
        return tuple(f"{path}.{member}" for path in instance_type_names(node))
    found = [*_member_paths(cls, member), *_defining_class_paths(cls, member, 0)]
    return public_names(found)


def _member_paths(cls: nodes.ClassDef, member: str) -> list[str]:
    return [f"{name}.{member}" for name in known_names(cls)]


def _defining_class_paths(cls: nodes.ClassDef, member: str, depth: int) -> list[str]:
    if member in cls.locals:
        return _member_paths(cls, member)
    if depth > MAX_HIERARCHY_DEPTH:
        return []
    for base in cls.bases:
        base_class = single_known_value(base)
        if isinstance(base_class, nodes.ClassDef):
            found = _defining_class_paths(base_class, member, depth + 1)
        else:
            found = [f"{path}.{member}" for path in names.qualified_names(base)]
        if found:
            return found
    return []


@memoise_per_node(on_cycle=())
def constructed_type_paths(node: nodes.NodeNG) -> tuple[str, ...]:
    """Names of the callable whose call built the value ``node`` holds.

    Read from the assignments that reach ``node``: ``x = Factory()``,
    ``with Factory() as x`` and ``self.x = Factory()`` anywhere in the class.
    All reaching assignments must agree.
    """
    return tuple(
        names.agreed_paths(
            list(names.qualified_names(call.func)) if isinstance(call, nodes.Call) else []
            for call in _constructor_calls(node)
            if call is not _PLACEHOLDER
        )
    )


def constructor_calls(node: nodes.NodeNG) -> tuple[nodes.Call, ...]:
    """The calls whose results reach ``node`` (``x = Factory(...)``, ``with``
    targets, ``self.x = ...`` in the class), when every reaching binding is
    such a call; empty otherwise. For questions on the constructor's
    arguments (``ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)``)."""
    calls = _constructor_calls(node)
    if not calls or not all(isinstance(call, nodes.Call) for call in calls):
        return ()
    return tuple(call for call in calls if isinstance(call, nodes.Call))


def _constructor_calls(node: nodes.NodeNG) -> list[nodes.Call | object | None]:
    """The calls whose results reach ``node``; ``None`` marks anything else."""
    if isinstance(node, nodes.Name):
        return [_call_bound_by(binding) for binding in bindings_of(node)]
    if isinstance(node, nodes.Attribute):
        owner = instance_class(node.expr)
        if owner is not None:
            bindings = attribute_bindings(owner, node.attrname)
            return [_call_bound_by(binding) for binding in bindings]
    return []


def attribute_bindings(cls: nodes.ClassDef, attribute: str) -> list[nodes.NodeNG]:
    """Assignments to ``attribute`` in the nearest class of the hierarchy that has any."""
    try:
        hierarchy = [cls, *cls.ancestors()]
    except (AstroidError, RecursionError):
        hierarchy = [cls]
    for klass in hierarchy[:MAX_HIERARCHY_DEPTH]:
        bindings = [*klass.instance_attrs.get(attribute, ()), *klass.locals.get(attribute, ())]
        if bindings:
            return bindings
    return []


_PLACEHOLDER = object()


def _call_bound_by(binding: nodes.NodeNG) -> nodes.Call | object | None:
    """The call whose result ``binding`` receives; ``_PLACEHOLDER`` for ``= None``."""
    statement = binding.parent
    value = assigned_value(binding)
    if isinstance(statement, nodes.With):
        value = next((ctx for ctx, target in statement.items if target is binding), None)
    if is_none(value):
        return _PLACEHOLDER
    return value if isinstance(value, nodes.Call) else None


# How ``with`` targets reach this module's answers (``context_managers`` sits below it).
_RESOLVER = Resolver(resolved_callee, instance_class)
