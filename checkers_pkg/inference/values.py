"""What an expression may hold, according to astroid, without ever raising."""

from __future__ import annotations

import itertools

from astroid import bases, nodes, util
from astroid.exceptions import AstroidError
from astroid.typing import InferenceResult

from checkers_pkg.inference._cache import memoise_per_node

# astroid can yield a great many candidates for a name rebound in loops; past a
# handful the answer is "unsure" anyway, and the rest only costs time.
MAX_CANDIDATES = 8


@memoise_per_node(on_cycle=())
def inferred_values(node: nodes.NodeNG) -> tuple[InferenceResult, ...]:
    """Every value astroid infers for ``node``, Uninferable included.

    Inference errors and runaway recursion are expected on real code; they
    mean "nothing known" and give an empty tuple.
    """
    modelled = _modelled_values(node)
    if modelled is not None:
        return modelled
    try:
        found = tuple(itertools.islice(node.infer(), MAX_CANDIDATES))
    except (AstroidError, RecursionError):
        return ()
    if isinstance(node, nodes.Attribute) and all(
        isinstance(value, util.UninferableBase) for value in found
    ):
        return _attribute_of_modelled(node) or found
    return found


def _modelled_values(node: nodes.NodeNG) -> tuple[InferenceResult, ...] | None:
    """What the value model knows better than astroid: a record instance's
    field is what its constructor call passed (astroid says the class
    default), an enum member read by subscript is that member (astroid says
    nothing). None: ask astroid."""
    # pylint: disable-next=import-outside-toplevel
    from checkers_pkg.inference import enums, init_arguments, mro, records  # ask back

    if isinstance(node, nodes.Attribute):
        if _chain_depth(node) > MAX_MODELLED_CHAIN:
            return None  # ``a.b.c...``: each level would ask about the one before
        passed = records.field_value(node) or init_arguments.passed_on_argument(node)
        if passed is not None:
            return inferred_values(passed)
        receivers = known_values(node.expr)
        if len(receivers) == 1 and type(receivers[0]) is bases.Instance:
            member = mro.instance_member(receivers[0], node.attrname)
            if member is not None:
                return tuple(member)
    elif isinstance(node, nodes.Subscript):
        members = enums.member_by_name(node)
        if members:
            return members
    elif isinstance(node, nodes.Name):
        members = enums.iterated_members(node)  # ``for mode in Mode:``
        if members:
            return members
    return None


# Settings reach as far as ``CONFIG.http.tls.verify``; deeper chains are left
# to astroid, so a generated ``a.b.c...`` does not recurse through the model.
MAX_MODELLED_CHAIN = 6


def _chain_depth(node: nodes.NodeNG) -> int:
    depth = 0
    while isinstance(node, (nodes.Attribute, nodes.Subscript)):
        node, depth = (node.expr if isinstance(node, nodes.Attribute) else node.value), depth + 1
    return depth


def _attribute_of_modelled(node: nodes.Attribute) -> tuple[InferenceResult, ...]:
    """``x.attr`` where astroid knows nothing but the model knows ``x``
    (``Policy["COMPAT"].value``); only there, so astroid's own "don't know"
    stands everywhere else."""
    owners = _modelled_values(node.expr)
    found: list[InferenceResult] = []
    for owner in owners or ():
        if isinstance(owner, util.UninferableBase):
            continue
        try:
            found.extend(itertools.islice(owner.igetattr(node.attrname), MAX_CANDIDATES))
        except (AstroidError, RecursionError, AttributeError):
            return ()
    return tuple(found[:MAX_CANDIDATES])


def known_values(node: nodes.NodeNG) -> tuple[InferenceResult, ...]:
    """The inferred values that are not ``Uninferable``.

    ``tarfile.open(...)`` infers to ``[Uninferable, TarFile]``: the known
    candidate is the useful one, so Uninferable beside it is dropped here.
    """
    return tuple(
        value for value in inferred_values(node) if not isinstance(value, util.UninferableBase)
    )


def single_known_value(node: nodes.NodeNG) -> InferenceResult | None:
    """The one value ``node`` holds when every known candidate is that value."""
    values = known_values(node)
    if values and all(value is values[0] for value in values):
        return values[0]
    return None


def bindings_of(name: nodes.Name) -> list[nodes.NodeNG]:
    """The statements that may have bound ``name`` where it is read (astroid's
    scope lookup); empty when nothing binds it or the lookup fails."""
    try:
        _, bindings = name.lookup(name.name)
    except AstroidError:
        return []
    return list(bindings)


def assigned_value(binding: nodes.NodeNG) -> nodes.NodeNG | None:
    """The right-hand side ``binding`` receives in ``x = value`` or
    ``x: T = value`` (a plain target, not unpacking); None otherwise."""
    statement = binding.parent
    if isinstance(statement, nodes.Assign) and binding in statement.targets:
        return statement.value
    if isinstance(statement, nodes.AnnAssign) and statement.value is not None:
        return statement.value
    return None


def is_none(node: object) -> bool:
    """Whether ``node`` is the constant ``None`` (a literal, or an inferred value)."""
    return isinstance(node, nodes.Const) and node.value is None


def class_of(instance: bases.Instance) -> nodes.ClassDef:
    """The class an astroid ``Instance`` (or ``Const``, list...) belongs to.

    astroid keeps it in ``_proxied`` and offers no public accessor (only the
    class's name, via ``pytype()``); pylint's own checkers read it the same way.
    """
    return instance._proxied  # pylint: disable=protected-access


def is_placeholder_constant(value: InferenceResult) -> bool:
    """A constant astroid made up as the result of a builtin method's stub:
    ``"text".upper()`` infers to ``''`` and ``"a".count(x)`` to ``0``. Its type
    is right, its value is not."""
    return isinstance(value, nodes.Const) and value.root().name == "builtins"


def constant_value(node: nodes.NodeNG) -> tuple[bool, object]:
    """``(True, value)`` when every known candidate is the same literal constant
    (not a stub's placeholder)."""
    values = known_values(node)
    if not values or not all(
        isinstance(value, nodes.Const) and not is_placeholder_constant(value) for value in values
    ):
        return False, None
    first = values[0].value  # type: ignore[union-attr]
    if all(value.value == first and type(value.value) is type(first) for value in values):  # type: ignore[union-attr]
        return True, first
    return False, None


def hierarchy_of(cls: nodes.ClassDef) -> list[nodes.ClassDef]:
    """``cls`` and its ancestors, nearest first; just ``cls`` when astroid
    cannot read the bases (a cycle, a failed import)."""
    try:
        return [cls, *cls.ancestors()]
    except (AstroidError, RecursionError):
        return [cls]


# -- mutable containers ---------------------------------------------------------

MUTABLE_CONTAINERS = {
    "builtins.list": "list",
    "builtins.dict": "dict",
    "builtins.set": "set",
    "builtins.bytearray": "bytearray",
    "collections.deque": "deque",
    "collections.defaultdict": "defaultdict",
    "collections.OrderedDict": "OrderedDict",
    "collections.Counter": "Counter",
    "collections.ChainMap": "ChainMap",
    "collections.UserList": "UserList",
    "collections.UserDict": "UserDict",
}
_MUTABLE_DISPLAYS = {
    nodes.List: "list",
    nodes.ListComp: "list",
    nodes.Dict: "dict",
    nodes.DictComp: "dict",
    nodes.Set: "set",
    nodes.SetComp: "set",
}


@memoise_per_node(on_cycle=None)
def mutable_container(node: nodes.NodeNG) -> str | None:
    """The kind of mutable container (``"list"``, ``"defaultdict"``) ``node``
    holds, when every candidate is one of that kind; a subclass counts as its
    base. None when any candidate is unknown or immutable."""
    for display, kind in _MUTABLE_DISPLAYS.items():
        if isinstance(node, display):
            return kind
    if isinstance(node, nodes.Name):
        # astroid does not infer comprehensions: read ``x = [...]`` itself.
        bindings = bindings_of(node)
        values = [assigned_value(binding) for binding in bindings]
        if bindings and all(value is not None for value in values):
            kinds = {mutable_container(value) for value in values}
            return kinds.pop() if len(kinds) == 1 else None
    values = inferred_values(node)
    unsure = not values or any(isinstance(value, util.UninferableBase) for value in values)
    if unsure and isinstance(node, (nodes.Call, nodes.BinOp)):
        # a call astroid cannot follow (C code, a branch it gave up on):
        # what the stubs declare it returns
        # pylint: disable-next=import-outside-toplevel
        from checkers_pkg.inference.stub_types import result_class  # it asks this module

        cls = result_class(node, _instance_class)
        return _class_kind(cls) if cls is not None else None
    kinds = set()
    for value in values:
        kind = _container_kind(value)
        if kind is None:
            return None
        kinds.add(kind)
    return kinds.pop() if len(kinds) == 1 else None


def _container_kind(value: InferenceResult) -> str | None:
    for display, kind in _MUTABLE_DISPLAYS.items():
        if isinstance(value, display):
            return kind
    if not isinstance(value, bases.Instance) or isinstance(value, nodes.Const):
        return None
    return _class_kind(class_of(value))


# Abstract bases that make a class a mutable container, in the source
# (``class History(MutableSequence)``) or in its stubs (``array.array``).
MUTABLE_BASES = frozenset(
    f"{module}.{base}"
    for module in ("collections.abc", "_collections_abc", "typing", "typing_extensions")
    for base in ("MutableSequence", "MutableMapping", "MutableSet")
)


def _class_kind(cls: nodes.ClassDef) -> str | None:
    """The container kind of instances of ``cls``: a known mutable
    container, or any class deriving from a mutable abstract base."""
    # pylint: disable-next=import-outside-toplevel
    from checkers_pkg.inference import public_names, stubs  # they ask this module back

    for klass in hierarchy_of(cls):
        name = public_names.public_qname(klass)
        kind = MUTABLE_CONTAINERS.get(name)
        if kind is not None:
            return kind
        if name in MUTABLE_BASES:
            return cls.name
    if MUTABLE_BASES.intersection(stubs.stub_class_bases(public_names.public_qname(cls))):
        return cls.name
    return None


def _instance_class(node: nodes.NodeNG) -> nodes.ClassDef | None:
    """The one class astroid's values for ``node`` are instances of."""
    classes = {
        class_of(value) for value in known_values(node) if isinstance(value, bases.Instance)
    }
    return classes.pop() if len(classes) == 1 and len(known_values(node)) == 1 else None


def is_dict_class(node: nodes.NodeNG) -> bool:
    """Whether ``node`` is ``dict`` or a subclass of it (``OrderedDict``, a
    class of the linted code), or an instance of one: whose ``fromkeys`` is
    ``dict.fromkeys``."""
    value = single_known_value(node)
    if isinstance(value, bases.Instance) and not isinstance(value, nodes.Const):
        value = class_of(value)
    if not isinstance(value, nodes.ClassDef):
        return False
    for cls in hierarchy_of(value):
        if "fromkeys" in cls.locals:
            return cls.qname() in {"builtins.dict", "collections.OrderedDict"}
    return False


def positional_parameters(func: nodes.FunctionDef | nodes.Lambda) -> list[nodes.AssignName]:
    """A function's positional parameters in order; none for one astroid built
    from a compiled object, whose ``args`` is ``None`` (``str.join``'s, a C
    extension's methods)."""
    arguments = func.args
    if arguments.args is None:
        return []
    return [*arguments.posonlyargs, *arguments.args]


def returned_values(func: nodes.FunctionDef) -> list[nodes.NodeNG | None]:
    """What each ``return`` of ``func`` itself hands back (None for a bare
    ``return``); nested functions, lambdas and classes return for themselves."""
    return [
        statement.value
        for statement in func.nodes_of_class(
            nodes.Return, skip_klass=(nodes.FunctionDef, nodes.ClassDef, nodes.Lambda)
        )
    ]


def unwrap_method(value: object) -> object:
    """The ``FunctionDef`` behind a bound or unbound method object."""
    while isinstance(value, (bases.BoundMethod, bases.UnboundMethod)):
        value = value._proxied  # pylint: disable=protected-access
    return value


def with_context(binding: nodes.NodeNG) -> nodes.NodeNG | None:
    """The context manager expression of ``with manager as binding``; None
    when ``binding`` is no such target (or one unpacked from it)."""
    statement = binding.parent
    if not isinstance(statement, nodes.With):
        return None
    return next((manager for manager, target in statement.items if target is binding), None)
