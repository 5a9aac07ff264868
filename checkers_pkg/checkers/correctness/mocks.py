"""``unittest.mock`` objects: which expressions hold a mock, and which of a
mock's attributes are real.

A mock answers every attribute with another mock, so a misspelt assertion
(``m.called_once_with(...)``) is a call that records itself and passes. Only
knowing that ``m`` *is* a mock tells that the name is invented. Mocks come
from the mock classes and ``create_autospec``, from ``patch`` (a ``with``
target, ``.start()``, a decorator that injects a parameter), from
pytest-mock's ``mocker``, from pytest fixtures that return one, and as any
attribute or return value of another mock.

The real members are read from the installed ``unittest.mock``.
"""

from __future__ import annotations

import enum

from astroid import bases, nodes
from astroid.exceptions import AstroidError

from checkers_pkg.checkers.correctness import mock_parameters
from checkers_pkg.checkers.correctness.assertions import MOCK_MEMBERS
from checkers_pkg.inference._cache import memoise_per_node
from checkers_pkg.inference.declared_types import declared_class
from checkers_pkg.inference.imports import definition_by_imports
from checkers_pkg.inference.instances import attribute_bindings, instance_class, resolved_callee
from checkers_pkg.inference.names import qualified_names
from checkers_pkg.inference.values import (
    assigned_value,
    bindings_of,
    class_of,
    hierarchy_of,
    is_none,
    known_values,
    with_context,
)

_MOCK_MODULES = ("unittest.mock", "mock", "mock.mock")


_MOCK_CLASS_NAMES = (
    "Mock", "MagicMock", "AsyncMock", "NonCallableMock", "NonCallableMagicMock",
    "PropertyMock", "ThreadingMock",
)


MOCK_CLASSES = frozenset(f"{m}.{c}" for m in _MOCK_MODULES for c in _MOCK_CLASS_NAMES)


MOCK_FACTORIES = MOCK_CLASSES | {f"{m}.create_autospec" for m in _MOCK_MODULES}


# ``patch`` and ``patch.object`` hand out the mock they make (unless given
# ``new``); ``patch.dict`` hands out the dictionary, ``patch.multiple`` a dict.
PATCHERS = frozenset(
    {f"{m}.patch" for m in _MOCK_MODULES}
    | {f"{m}.patch.object" for m in _MOCK_MODULES}
    | {f"{m}._patch_object" for m in _MOCK_MODULES}
)


PATCH_DICTS = frozenset(
    {f"{m}.patch.dict" for m in _MOCK_MODULES} | {f"{m}._patch_dict" for m in _MOCK_MODULES}
)


# Where ``new`` sits among the positional arguments of each patcher.
NEW_POSITION = {"patch": 1, "object": 2, "_patch_object": 2}


# pytest-mock: the fixture names, and what its methods return.
MOCKER_FIXTURES = frozenset(
    {"mocker", "class_mocker", "module_mocker", "package_mocker", "session_mocker"}
)


MOCKER_TYPES = ("MockerFixture", "MockFixture")


MOCKER_FACTORIES = frozenset(
    {*_MOCK_CLASS_NAMES, "create_autospec", "spy", "stub", "async_stub"}
)


# What a function's own statements do not include.
NESTED_SCOPES = (nodes.FunctionDef, nodes.ClassDef, nodes.Lambda)


class MockKind(enum.Enum):
    """Whether an expression holds a mock, and whether it has a spec.

    A mock with a spec (``spec=``, ``autospec=True``, ``create_autospec``)
    has the spec's attributes, which may look like assertions."""

    NONE = 0
    PLAIN = 1
    SPECCED = 2


def is_mock(node: nodes.NodeNG) -> bool:
    """Whether ``node`` certainly holds a ``unittest.mock`` mock."""
    return mock_kind(node) is not MockKind.NONE


@memoise_per_node(on_cycle=MockKind.NONE)
def mock_kind(node: nodes.NodeNG) -> MockKind:
    """What kind of mock ``node`` holds (``NONE`` when unsure)."""
    if isinstance(node, nodes.Attribute):
        return _attribute_kind(node)
    if isinstance(node, nodes.Name):
        kind = agreed_kind([_binding_kind(b) for b in bindings_of(node)])
        return kind if kind is not MockKind.NONE else _inferred_kind(node)
    if isinstance(node, nodes.Call):
        return _call_kind(node)
    return MockKind.NONE


def agreed_kind(kinds: list[MockKind]) -> MockKind:
    if not kinds or MockKind.NONE in kinds:
        return MockKind.NONE
    return MockKind.SPECCED if MockKind.SPECCED in kinds else MockKind.PLAIN


def _attribute_kind(node: nodes.Attribute) -> MockKind:
    if node.attrname == "return_value" or node.attrname not in MOCK_MEMBERS:
        owner = mock_kind(node.expr)
        if owner is not MockKind.NONE:
            return owner  # a child mock (``m.client.get``, ``m.return_value``)
    kind = _assigned_in_frame(node)  # ``conn.connect = Mock()`` in this test
    if kind is not MockKind.NONE:
        return kind
    kind = _patched_around(node)  # ``with patch.object(conn, "connect"):``
    if kind is not MockKind.NONE:
        return kind
    cls = instance_class(node.expr)
    if cls is not None:  # ``self.mock_store`` set in ``setUp``
        bindings = [
            b for b in attribute_bindings(cls, node.attrname)
            if not is_none(assigned_value(b))
        ]
        kind = agreed_kind([_binding_kind(b) for b in bindings])
        if kind is not MockKind.NONE:
            return kind
    return _inferred_kind(node)


def _assigned_in_frame(node: nodes.Attribute) -> MockKind:
    """``obj.attr`` where the same function assigns ``obj.attr = Mock()``
    (``self.obj.attr``: any method of the class, ``setUp`` typically), every
    assignment to it there a mock; the common way to stub one method of a
    real object."""
    frame = node.frame()
    if isinstance(frame, nodes.Module):
        return MockKind.NONE
    written = node.as_string()
    frames = [frame]
    owner = frame.parent.frame() if frame.parent is not None else None
    if written.startswith("self.") and isinstance(owner, nodes.ClassDef):
        frames = [method for method in owner.body if isinstance(method, nodes.FunctionDef)]
    values = [value for f in frames for value in _attribute_assignments(f).get(written, ())]
    return agreed_kind([mock_kind(value) for value in values])


@memoise_per_node(on_cycle={})
def _attribute_assignments(frame: nodes.NodeNG) -> dict[str, list[nodes.NodeNG]]:
    """The values assigned to attributes in a function, by the target as
    written (``conn.connect``); ``None`` values for unpacking and augmented
    assignment, which say nothing."""
    found: dict[str, list[nodes.NodeNG]] = {}
    for target in frame.nodes_of_class(nodes.AssignAttr, skip_klass=NESTED_SCOPES):
        written = f"{target.expr.as_string()}.{target.attrname}"
        value = assigned_value(target)
        found.setdefault(written, []).append(value if value is not None else nodes.Const(None))
    return found


def _patched_around(node: nodes.Attribute) -> MockKind:
    """``obj.attr`` that a patcher replaced in this function:
    ``with patch.object(obj, "attr"):``, ``patch.object(obj, "attr").start()``,
    ``mocker.patch.object(obj, "attr")``, ``mocker.spy(obj, "attr")``, or a
    ``@patch.object(obj, "attr")`` decorator of the function."""
    frame = node.frame()
    if not isinstance(frame, nodes.FunctionDef):
        return MockKind.NONE
    written = node.as_string()
    patchers = list(_attribute_patchers(frame).get(written, ()))
    for decorator in frame.decorators.nodes if frame.decorators else ():
        if _patch_target(decorator) == written:
            patchers.append(decorator)
    kinds = [_active_patcher_kind(patcher) for patcher in patchers]
    return next((kind for kind in kinds if kind is not MockKind.NONE), MockKind.NONE)


@memoise_per_node(on_cycle={})
def _attribute_patchers(frame: nodes.FunctionDef) -> dict[str, list[nodes.Call]]:
    """The calls in a function that may patch an attribute, by the
    attribute as written (``conn.connect``)."""
    found: dict[str, list[nodes.Call]] = {}
    for call in frame.nodes_of_class(nodes.Call, skip_klass=NESTED_SCOPES):
        target = _patch_target(call)
        if target is not None:
            found.setdefault(target, []).append(call)
    return found


def _patch_target(call: nodes.NodeNG) -> str | None:
    """``obj.attr`` for ``<...>.object(obj, "attr", ...)`` or ``<...>.spy(obj, "attr")``."""
    if not (
        isinstance(call, nodes.Call)
        and isinstance(call.func, nodes.Attribute)
        and call.func.attrname in {"object", "spy"}
        and len(call.args) >= 2
        and isinstance(call.args[1], nodes.Const)
        and isinstance(call.args[1].value, str)
    ):
        return None
    return f"{call.args[0].as_string()}.{call.args[1].value}"


def _active_patcher_kind(call: nodes.Call) -> MockKind:
    """The mock a patcher call puts in place, if the patch is active: a
    ``with`` item, a decorator, started, or pytest-mock's (active at once)."""
    func = call.func
    assert isinstance(func, nodes.Attribute)
    if func.attrname == "spy":
        return MockKind.SPECCED if mock_parameters.is_mocker(func.expr) else MockKind.NONE
    parent = call.parent
    started = (
        isinstance(parent, nodes.Attribute)
        and parent.attrname in {"start", "__enter__"}
        and isinstance(parent.parent, nodes.Call)
    )
    active = started or isinstance(parent, (nodes.With, nodes.Decorators)) or (
        isinstance(func.expr, nodes.Attribute) and mock_parameters.is_mocker(func.expr.expr)
    )
    return _patcher_kind(call) if active else MockKind.NONE


def _binding_kind(binding: nodes.NodeNG) -> MockKind:
    statement = binding.parent
    if isinstance(statement, nodes.Arguments):
        return mock_parameters.parameter_kind(binding)
    if isinstance(statement, nodes.With):
        for context, target in statement.items:
            if target is binding:
                return _patcher_kind(context) if isinstance(context, nodes.Call) else MockKind.NONE
        return MockKind.NONE
    value = assigned_value(binding)
    return mock_kind(value) if value is not None else MockKind.NONE


def _call_kind(call: nodes.Call) -> MockKind:
    func = call.func
    if isinstance(func, nodes.Attribute):
        if func.attrname in {"start", "__enter__"} and not call.args:
            return _patcher_kind(func.expr)
        if func.attrname == "enter_context" and len(call.args) == 1:
            return _patcher_kind(call.args[0])
        if mock_parameters.is_mocker(func.expr) or (
            isinstance(func.expr, nodes.Attribute) and func.expr.attrname == "patch"
            and mock_parameters.is_mocker(func.expr.expr)
        ):
            return _mocker_call_kind(call)
    names = set(qualified_names(call))
    if names & MOCK_FACTORIES:
        return _spec_kind(call, any(name.endswith(".create_autospec") for name in names))
    if names & PATCHERS:
        return MockKind.NONE  # a patcher, not yet started
    if isinstance(func, nodes.Attribute) and func.attrname in MOCK_MEMBERS:
        return MockKind.NONE  # ``m.assert_called()``, ``m.configure_mock()``
    kind = mock_kind(func)  # calling a mock returns its return_value, a mock
    if kind is MockKind.NONE:
        callee = resolved_callee(func)  # a helper that builds one
        if isinstance(callee, nodes.FunctionDef) and not callee.is_generator():
            kind = mock_parameters.returned_kind(callee)
    return kind


def _spec_kind(call: nodes.Call, autospec: bool) -> MockKind:
    keywords = {keyword.arg for keyword in call.keywords or ()}
    # ``unsafe=True`` allows ``assert``-like attributes, as a spec does.
    if autospec or keywords & {"spec", "spec_set", "autospec", "unsafe"} or (
        call.args and not _is_mocker_stub(call)
    ):
        return MockKind.SPECCED
    return MockKind.PLAIN


def _is_mocker_stub(call: nodes.Call) -> bool:
    func = call.func
    return isinstance(func, nodes.Attribute) and func.attrname in {"stub", "async_stub"}


def _mocker_call_kind(call: nodes.Call) -> MockKind:
    """``mocker.patch(...)``, ``mocker.patch.object(...)``, ``mocker.Mock()``..."""
    func = call.func
    assert isinstance(func, nodes.Attribute)
    if func.attrname in {"patch", "object"}:
        position = 1 if func.attrname == "patch" else 2
        return replacement_kind(call, position) or MockKind.NONE
    if func.attrname in MOCKER_FACTORIES:
        return _spec_kind(call, func.attrname in {"create_autospec", "spy"})
    return MockKind.NONE


@memoise_per_node(on_cycle=MockKind.NONE)  # ``p = q`` / ``q = p`` must end
def _patcher_kind(node: nodes.NodeNG) -> MockKind:
    """What the patcher ``node`` hands out when entered or started."""
    if isinstance(node, (nodes.Name, nodes.Attribute)):
        values = [assigned_value(b) for b in _bindings(node)]
        kinds = [_patcher_kind(v) if v is not None else MockKind.NONE for v in values]
        return agreed_kind(kinds)
    if not isinstance(node, nodes.Call):
        return MockKind.NONE
    names = set(qualified_names(node))
    for name in names & PATCHERS:
        return replacement_kind(node, NEW_POSITION[name.rsplit(".", 1)[-1]]) or MockKind.NONE
    func = node.func
    if isinstance(func, nodes.Attribute) and func.attrname in {"patch", "object"}:
        owner = func.expr.expr if func.attrname == "object" and isinstance(
            func.expr, nodes.Attribute
        ) else func.expr
        if mock_parameters.is_mocker(owner):
            return _mocker_call_kind(node)
    return MockKind.NONE


def _bindings(node: nodes.Name | nodes.Attribute) -> list[nodes.NodeNG]:
    if isinstance(node, nodes.Name):
        return bindings_of(node)
    cls = instance_class(node.expr)
    return attribute_bindings(cls, node.attrname) if cls is not None else []


def replacement_kind(call: nodes.Call, new_position: int) -> MockKind | None:
    """What a ``patch`` call puts in place and hands out: a mock it makes,
    NONE when ``new_callable`` builds something that is not a mock, and None
    when the caller gives ``new`` (nothing is made, nothing injected)."""
    keywords = {keyword.arg: keyword.value for keyword in call.keywords or ()}
    if "new" in keywords or len(call.args) > new_position or None in keywords:
        return None
    if any(isinstance(arg, nodes.Starred) for arg in call.args):
        return None
    new_callable = keywords.get("new_callable")
    if new_callable is not None and not MOCK_CLASSES.intersection(qualified_names(new_callable)):
        return MockKind.NONE
    specced = {"spec", "spec_set", "autospec", "unsafe"} & set(keywords)
    return MockKind.SPECCED if specced else MockKind.PLAIN


def _inferred_kind(node: nodes.NodeNG) -> MockKind:
    """astroid's answer: every known value is an instance of a mock class."""
    values = known_values(node)
    if not values:
        return MockKind.NONE
    for value in values:
        if not isinstance(value, bases.Instance) or not _is_mock_class(class_of(value)):
            return MockKind.NONE
    return MockKind.PLAIN


def declared_fake_defines(node: nodes.NodeNG, name: str) -> bool:
    """Whether ``node``'s annotation declares a class that is no mock and
    defines ``name`` itself: a hand-written fake (``recorder: Recorder`` with
    its own ``assert_called_once``), whose member is its own business."""
    cls = declared_class(node)
    return cls is not None and not _is_mock_class(cls) and _defines(cls, name)


def spec_defines(node: nodes.NodeNG, name: str) -> bool:
    """Whether ``node`` is a name bound to a mock made from a class spec
    (``create_autospec(Line)``, ``Mock(spec=Line)``, ``Mock(Line)``) whose
    class defines ``name``: ``line.has_calls()`` is then the spec's own
    method, not an invented assertion."""
    bindings = bindings_of(node) if isinstance(node, nodes.Name) else []
    call = assigned_value(bindings[0]) if len(bindings) == 1 else None
    if not isinstance(call, nodes.Call) or not set(qualified_names(call)) & MOCK_FACTORIES:
        return False
    spec = next(
        (keyword.value for keyword in call.keywords or () if keyword.arg in ("spec", "spec_set")),
        call.args[0] if call.args else None,
    )
    cls = definition_by_imports(spec) if spec is not None else None
    return isinstance(cls, nodes.ClassDef) and _defines(cls, name)


def _defines(cls: nodes.ClassDef, name: str) -> bool:
    """Whether the class (or a base) defines ``name``."""
    try:
        cls.getattr(name)
    except (AstroidError, RecursionError):
        return False
    return True


def handed_out_by_patcher(node: nodes.NodeNG) -> bool:
    """A name bound only by ``with patch.dict(...) as env`` or ``with
    patch(..., new=value) as fake``: what the patcher hands out is the dict or
    ``value`` itself, no mock it made (a mock it makes has a mock kind)."""
    bindings = bindings_of(node) if isinstance(node, nodes.Name) else []
    return bool(bindings) and all(map(_patcher_target, bindings))


def _patcher_target(binding: nodes.NodeNG) -> bool:
    context = with_context(binding)
    return isinstance(context, nodes.Call) and bool(
        set(qualified_names(context)) & (PATCHERS | PATCH_DICTS)
    )


def _is_mock_class(cls: nodes.ClassDef) -> bool:
    return any(klass.qname() in MOCK_CLASSES for klass in hierarchy_of(cls))
