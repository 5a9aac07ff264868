"""Calls whose result is their only effect.

A method of an immutable value (``str``, ``bytes``, numbers, ``datetime``,
``pathlib.PurePath``, ``Decimal``...) cannot change its receiver: it returns a
new value or answers a question. So do the pure builtins (``sorted``, ``len``,
``map``...). Dropping the result of such a call leaves the program exactly as
it was, which is never what the author meant.

The receiver's class must be certain: every binding of a name agrees, no
candidate is unknown, or an annotation declares it. A method a subclass of
an immutable builtin overrides is its own, and says nothing.
"""

from __future__ import annotations

import datetime
import decimal
import fractions
from dataclasses import dataclass

from astroid import bases, nodes, util
from astroid.exceptions import AstroidError
from astroid.manager import AstroidManager

from checkers_pkg.inference._cache import memoise_per_node
from checkers_pkg.inference.names import (
    annotated_expression,
    declared_annotations,
    declared_class,
    definition_by_imports,
    import_paths,
    instance_class,
    qualified_names,
    resolved_callee,
)
from checkers_pkg.inference.values import (
    assigned_value,
    bindings_of,
    class_of,
    inferred_values,
    is_none,
    known_values,
)


def _public_methods(cls: type, *, without: tuple[str, ...] = ()) -> frozenset[str]:
    return frozenset(
        name
        for name in dir(cls)
        if not name.startswith("_") and callable(getattr(cls, name)) and name not in without
    )


# pathlib's concrete ``Path`` acts on the file system (``mkdir``, ``touch``,
# ``unlink``, ``write_text``, ``rename``, and ``replace``, which moves a file);
# only its pure-path methods and its queries are listed.
_PURE_PATH_METHODS = frozenset(
    {
        "as_posix", "as_uri", "is_absolute", "is_relative_to", "is_reserved",
        "joinpath", "match", "relative_to", "with_name", "with_stem", "with_suffix",
        "with_segments", "full_match",
    }
)
_PATH_METHODS = _PURE_PATH_METHODS | {
    "absolute", "exists", "expanduser", "glob", "is_dir", "is_file", "is_mount",
    "is_symlink", "iterdir", "read_bytes", "read_text", "readlink", "resolve",
    "rglob", "samefile",
}

_PATH_CLASSES = {
    f"pathlib.{name}": _PATH_METHODS if "Pure" not in name else _PURE_PATH_METHODS
    for name in ("PurePath", "PurePosixPath", "PureWindowsPath", "Path", "PosixPath", "WindowsPath")
}


@dataclass(frozen=True)
class ImmutableType:
    """An immutable class: what its methods return, and which are listed."""

    label: str  # how messages name it: ``str``, ``datetime.date``
    noun: str  # what a transforming method returns: "a new string"
    methods: frozenset[str]


_NUMBER = "a new number"
IMMUTABLE_TYPES: dict[str, ImmutableType] = {
    "builtins.str": ImmutableType("str", "a new string", _public_methods(str)),
    "builtins.bytes": ImmutableType("bytes", "a new bytes object", _public_methods(bytes)),
    "builtins.tuple": ImmutableType("tuple", "a value", _public_methods(tuple)),
    "builtins.frozenset": ImmutableType(
        "frozenset", "a new frozenset", _public_methods(frozenset)
    ),
    "builtins.int": ImmutableType("int", _NUMBER, _public_methods(int)),
    "builtins.bool": ImmutableType("bool", _NUMBER, _public_methods(bool)),
    "builtins.float": ImmutableType("float", _NUMBER, _public_methods(float)),
    "builtins.complex": ImmutableType("complex", _NUMBER, _public_methods(complex)),
    "datetime.datetime": ImmutableType(
        "datetime.datetime", "a new datetime", _public_methods(datetime.datetime)
    ),
    "datetime.date": ImmutableType("datetime.date", "a new date", _public_methods(datetime.date)),
    "datetime.time": ImmutableType("datetime.time", "a new time", _public_methods(datetime.time)),
    "datetime.timedelta": ImmutableType(
        "datetime.timedelta", "a new timedelta", _public_methods(datetime.timedelta)
    ),
    "decimal.Decimal": ImmutableType(
        "decimal.Decimal", "a new Decimal", _public_methods(decimal.Decimal)
    ),
    "fractions.Fraction": ImmutableType(
        "fractions.Fraction", "a new Fraction", _public_methods(fractions.Fraction)
    ),
    **{
        qname: ImmutableType(qname, "a new path", methods)
        for qname, methods in _PATH_CLASSES.items()
    },
}
# The C and pure-Python twins astroid may show instead of the public name.
IMMUTABLE_TYPES["_decimal.Decimal"] = IMMUTABLE_TYPES["decimal.Decimal"]
IMMUTABLE_TYPES["_pydecimal.Decimal"] = IMMUTABLE_TYPES["decimal.Decimal"]
IMMUTABLE_TYPES["_datetime.datetime"] = IMMUTABLE_TYPES["datetime.datetime"]

# Methods that return a value of the receiver's own type: the fix is to
# assign the result back. The others answer a question (``startswith``,
# ``count``, ``exists``) whose answer is dropped.
_TRANSFORMS = frozenset(
    {
        "capitalize", "casefold", "center", "expandtabs", "format", "format_map",
        "join", "ljust", "lower", "lstrip", "removeprefix", "removesuffix", "replace",
        "rjust", "rstrip", "strip", "swapcase", "title", "translate", "upper", "zfill",
        "difference", "intersection", "symmetric_difference", "union",
        "astimezone", "absolute", "expanduser", "joinpath", "relative_to", "resolve",
        "with_name", "with_stem", "with_suffix", "conjugate", "quantize", "normalize",
        "copy_abs", "copy_negate", "copy_sign", "limit_denominator", "to_integral",
        "to_integral_value", "to_integral_exact",
    }
)

PURE_METHOD_NAMES = frozenset().union(*(kind.methods for kind in IMMUTABLE_TYPES.values()))

# Builtins whose call has no effect besides its result (the iterables they
# consume aside). ``map``/``filter``/``zip``/``reversed`` are lazy: a dropped
# one never even runs its function.
PURE_BUILTINS = frozenset(
    {"sorted", "len", "abs", "min", "max", "round", "sum", "any", "all", "reversed",
     "map", "filter", "zip"}
)
LAZY_BUILTINS = frozenset({"map", "filter", "zip", "reversed"})


@dataclass(frozen=True)
class PureMethodCall:
    """``receiver.method(...)`` on a value of an immutable class."""

    owner: str  # ``str``, ``pathlib.Path``
    method: str
    noun: str  # "a new string"; "a value" for questions
    transforms: bool  # returns the receiver's own kind: assign it back


def pure_method_call(call: nodes.Call) -> PureMethodCall | None:
    """What ``call`` is when it is a method of an immutable value whose class
    is certain; None otherwise (or when the class overrides the method)."""
    func = call.func
    if not isinstance(func, nodes.Attribute) or func.attrname not in PURE_METHOD_NAMES:
        return None
    cls = certain_class(func.expr)
    if cls is None:
        return None
    owner = _defining_class(cls, func.attrname)
    kind = IMMUTABLE_TYPES.get(owner.qname()) if owner is not None else None
    if kind is None or func.attrname not in kind.methods:
        return None
    if _validates(call):
        return None
    transforms = func.attrname in _TRANSFORMS
    return PureMethodCall(
        kind.label, func.attrname, kind.noun if transforms else "a value", transforms
    )


# Methods whose exception is a common reason to call them on their own line:
# ``path.relative_to(root)`` checks that path is inside root, ``items.index(x)``
# that x is there.
_VALIDATING_METHODS = frozenset({"relative_to", "index", "rindex"})


def _validates(call: nodes.Call) -> bool:
    """Whether the call is made for the exception it may raise."""
    func = call.func
    assert isinstance(func, nodes.Attribute)
    if func.attrname in _VALIDATING_METHODS:
        return True
    strict = [kw for kw in call.keywords or () if kw.arg == "strict"]
    return func.attrname == "resolve" and bool(strict)


def _defining_class(cls: nodes.ClassDef, method: str) -> nodes.ClassDef | None:
    """The class in ``cls``'s MRO whose ``method`` an instance runs."""
    try:
        hierarchy = cls.mro()
    except (AstroidError, RecursionError, TypeError):
        return None
    for klass in hierarchy:
        if method in klass.locals:
            return klass
        if klass.qname() in IMMUTABLE_TYPES:
            # astroid's stubs for builtins and C types list few methods.
            return klass
    return None


def pure_builtin(call: nodes.Call) -> str | None:
    """The name of the pure builtin ``call`` calls (``sorted``), resolved
    through imports and aliases; None when the name is shadowed."""
    func = call.func
    spelled = func.name if isinstance(func, nodes.Name) else getattr(func, "attrname", "")
    if spelled not in PURE_BUILTINS:
        return None
    names = qualified_names(call)
    for name in names:
        module, _, short = name.rpartition(".")
        if module == "builtins" and short in PURE_BUILTINS:
            return short
    return None


def has_own_protocol(node: nodes.NodeNG) -> bool:
    """Whether ``node`` may hold an instance of a class outside the builtins
    (a ``QuerySet``, a lazy collection), whose ``__len__`` or ``__iter__``
    may act: ``len(queryset)`` on its own line evaluates the query."""
    for value in known_values(node):
        if isinstance(value, bases.Instance) and not isinstance(
            value, (nodes.Const, nodes.List, nodes.Tuple, nodes.Set, nodes.Dict)
        ):
            if class_of(value).root().name != "builtins":
                return True
    return False


# -- the class a value certainly has ---------------------------------------

MAX_BINDINGS = 8


@memoise_per_node(on_cycle=None)
def certain_class(node: nodes.NodeNG) -> nodes.ClassDef | None:
    """The class of the value ``node`` holds, when it cannot be anything else.

    Stricter than ``instance_class``: an unknown candidate makes the answer
    unknown (``data = ""`` then ``data = fetch()`` may not be a string), and a
    name is typed binding by binding. A call's result may mix in astroid's
    ``Uninferable`` for branches of the callee it could not follow
    (``datetime.now()``), so calls need only agree on what is known.
    """
    if isinstance(node, nodes.Name):
        return _class_of_name(node)
    if isinstance(node, nodes.Call):
        values = known_values(node)
        if values:
            return _agreed_class(values)
        return _transformed_class(node) or _returned_class(node)
    if isinstance(node, nodes.JoinedStr):
        return _builtin_class("str")
    if isinstance(node, nodes.BinOp) and node.op == "/":
        # ``base / "name"`` for an annotated ``base: Path`` (the brain covers
        # paths astroid can infer).
        left = certain_class(node.left)
        return left if left is not None and left.qname() in _PATH_CLASSES else None
    values = inferred_values(node)
    if not values or any(isinstance(value, util.UninferableBase) for value in values):
        if isinstance(node, nodes.Attribute):
            return _declared(node) or _member_class(node) or _named_tuple_field_class(node)
        if isinstance(node, nodes.Subscript):
            return _item_class(node)
        return None
    return _agreed_class(values)


def _class_of_name(node: nodes.Name) -> nodes.ClassDef | None:
    bindings = bindings_of(node)
    if not bindings or len(bindings) > MAX_BINDINGS:
        return None
    classes = set()
    for binding in bindings:
        value = assigned_value(binding) if isinstance(binding, nodes.AssignName) else None
        if value is not None:
            cls = certain_class(value)
        elif isinstance(binding.parent, nodes.Arguments):
            cls = _declared(node)
        elif isinstance(binding.parent, (nodes.For, nodes.Comprehension)) and (
            binding.parent.target is binding
        ):
            cls = _element_class(binding.parent.iter)
        elif isinstance(binding.parent, nodes.AugAssign):
            # ``label += "-x"`` in a loop: astroid's answer for the result of
            # the operation, the other bindings typed on their own
            cls = _known_class(inferred_values(binding)) or _concatenated_class(binding.parent)
        elif len(bindings) == 1:
            # ``for line in lines``, ``with open(p) as f``: astroid's answer
            # for the name, when it has no unknown candidate.
            cls = _known_class(inferred_values(node))
        else:
            return None
        if cls is None:
            return None
        classes.add(cls)
    return classes.pop() if len(classes) == 1 else None


# ``x += y`` with ``y`` one of these gives one of these again, whatever
# astroid makes of the operation (``total += Decimal(price)``).
_SAME_CLASS_SUMS = frozenset(
    {"decimal.Decimal", "_decimal.Decimal", "_pydecimal.Decimal", "fractions.Fraction",
     "builtins.str", "builtins.bytes", "builtins.tuple"}
)


def _concatenated_class(statement: nodes.AugAssign) -> nodes.ClassDef | None:
    if statement.op != "+=":
        return None
    cls = certain_class(statement.value)
    return cls if cls is not None and cls.qname() in _SAME_CLASS_SUMS else None


def _known_class(values: tuple[object, ...] | list[object]) -> nodes.ClassDef | None:
    """The class astroid's values agree on, unless one of them is unknown."""
    if any(isinstance(value, util.UninferableBase) for value in values):
        return None
    return _agreed_class(values)


# Decorators that make a method read as an attribute (``self.display``).
_PROPERTY_DECORATORS = frozenset({"builtins.property", "functools.cached_property"})


def _member_class(node: nodes.Attribute) -> nodes.ClassDef | None:
    """The class of ``owner.member`` read from the owner's class when
    astroid cannot follow the owner (a parameter, ``self``): a property
    annotated ``-> str``, or a path's ``parent``, a path of its own flavour."""
    owner = _owner_class(node)
    if owner is None:
        return None
    if owner.qname() in _PATH_CLASSES:
        return owner if node.attrname in _PATH_PROPERTIES else None
    getter = _property_getter(owner, node.attrname)
    if getter is None or getter.returns is None:
        return None
    return _annotated_class([annotated_expression(getter.returns)])


_NAMED_TUPLE_BASES = frozenset({"typing.NamedTuple", "typing_extensions.NamedTuple"})


def _named_tuple_field_class(node: nodes.Attribute) -> nodes.ClassDef | None:
    """``entry.account`` for ``entry: Entry``, a ``typing.NamedTuple`` whose
    body declares ``account: str``. astroid stands a generated class, which
    has lost the field annotations, for the class; its source still has them."""
    fields = _named_tuple_field_annotations(node)
    return _annotated_class([annotated_expression(a) for a in fields]) if fields else None


def _named_tuple_field_annotations(node: nodes.Attribute) -> list[nodes.NodeNG]:
    """The annotations the declared ``typing.NamedTuple`` class of
    ``node.expr`` gives its field ``node.attrname`` (empty if not one)."""
    expressions = {annotated_expression(a) for a in declared_annotations(node.expr)}
    if len(expressions) != 1:
        return []
    (expression,) = expressions
    cls = definition_by_imports(expression) if expression is not None else None
    if not isinstance(cls, nodes.ClassDef) or not any(
        _NAMED_TUPLE_BASES.intersection(import_paths(base)) for base in cls.bases
    ):
        return []
    return [
        statement.annotation
        for statement in cls.body
        if isinstance(statement, nodes.AnnAssign)
        and isinstance(statement.target, nodes.AssignName)
        and statement.target.name == node.attrname
    ]


# Path properties that give a path of the receiver's flavour.
_PATH_PROPERTIES = frozenset({"parent"})


def is_read_only_attribute(node: nodes.NodeNG) -> bool:
    """Whether ``node`` reads a property, a path's ``parent``, a field of a
    ``typing.NamedTuple`` or of a frozen dataclass: assigning a new value back
    would not (or cannot) set it."""
    if not isinstance(node, nodes.Attribute):
        return False
    if _named_tuple_field_annotations(node):
        return True
    owner = _owner_class(node)
    if owner is None:
        return False
    if owner.qname() in _PATH_CLASSES:
        return node.attrname in _PATH_PROPERTIES
    return _is_frozen(owner) or _property_getter(owner, node.attrname) is not None


def _is_frozen(cls: nodes.ClassDef) -> bool:
    """A frozen dataclass or attrs class (``@dataclass(frozen=True)``,
    ``@attrs.frozen``): setting a field raises."""
    for decorator in cls.decorators.nodes if cls.decorators else ():
        if isinstance(decorator, nodes.Call):
            if any(
                keyword.arg == "frozen" and isinstance(keyword.value, nodes.Const)
                and keyword.value.value is True
                for keyword in decorator.keywords or ()
            ):
                return True
            decorator = decorator.func
        if isinstance(decorator, (nodes.Name, nodes.Attribute)) and (
            decorator.as_string().rsplit(".", 1)[-1] == "frozen"
        ):
            return True
    return False


def _owner_class(node: nodes.Attribute) -> nodes.ClassDef | None:
    return certain_class(node.expr) or instance_class(node.expr)


def _property_getter(owner: nodes.ClassDef, name: str) -> nodes.FunctionDef | None:
    """The getter of ``owner``'s property ``name`` (found through the MRO)."""
    try:
        members = owner.getattr(name)
        getter = members[0] if len(members) == 1 else None
        if isinstance(getter, nodes.FunctionDef) and _PROPERTY_DECORATORS.intersection(
            getter.decoratornames()
        ):
            return getter
    except (AstroidError, RecursionError):
        return None
    return None


def _declared(node: nodes.NodeNG) -> nodes.ClassDef | None:
    """The class annotations declare for ``node``; ``Decimal`` is one class
    although astroid sees both of its twins."""
    cls = declared_class(node)
    if cls is not None:
        return cls
    return _annotated_class(
        [annotated_expression(annotation) for annotation in declared_annotations(node)]
    )


def _annotated_class(expressions: list[nodes.NodeNG | None]) -> nodes.ClassDef | None:
    """The one class a list of annotation expressions names (twins agree)."""
    classes: dict[object, nodes.ClassDef] = {}
    for expression in expressions:
        values = known_values(expression) if expression is not None else ()
        if not values or not all(isinstance(value, nodes.ClassDef) for value in values):
            return None
        for value in values:
            classes.setdefault(IMMUTABLE_TYPES.get(value.qname(), value), value)
    return next(iter(classes.values())) if len(classes) == 1 else None


def _transformed_class(call: nodes.Call) -> nodes.ClassDef | None:
    """``text.strip().lower()``, ``"{}".format(x)``: a transforming method of
    an immutable value returns a value of the same class (astroid's stubs
    sometimes give up on these calls)."""
    func = call.func
    if not isinstance(func, nodes.Attribute) or func.attrname not in _TRANSFORMS:
        return None
    cls = certain_class(func.expr)
    if cls is None or cls.qname() not in IMMUTABLE_TYPES or cls.qname().startswith("pathlib"):
        return None  # a path's transforms may build another flavour of path
    return cls if func.attrname in IMMUTABLE_TYPES[cls.qname()].methods else None


def _returned_class(call: nodes.Call) -> nodes.ClassDef | None:
    """The class a callee's return annotation declares, when astroid infers
    nothing for the call (``def name() -> str: return lookup()``)."""
    callee = resolved_callee(call.func)
    if not isinstance(callee, nodes.FunctionDef) or callee.returns is None:
        return None
    return _annotated_class([annotated_expression(callee.returns)])


_SPLITTERS = frozenset({"split", "rsplit", "splitlines"})
# Annotations of collections whose first argument is the element type.
_COLLECTION_FORMS = frozenset(
    {"list", "set", "frozenset", "tuple", "List", "Set", "FrozenSet", "Tuple", "Sequence",
     "MutableSequence", "Iterable", "Iterator", "Collection", "AbstractSet", "MutableSet"}
)


def _element_class(iterable: nodes.NodeNG) -> nodes.ClassDef | None:
    """The class of every element ``for x in iterable`` yields: a literal's
    elements, ``text.split()`` parts, or an annotated ``list[str]``."""
    if isinstance(iterable, (nodes.List, nodes.Tuple, nodes.Set)):
        classes = {certain_class(element) for element in iterable.elts}
        return classes.pop() if len(classes) == 1 else None
    if (
        isinstance(iterable, nodes.Call)
        and isinstance(iterable.func, nodes.Attribute)
        and iterable.func.attrname in _SPLITTERS
    ):
        cls = certain_class(iterable.func.expr)
        textual = cls is not None and cls.qname() in {"builtins.str", "builtins.bytes"}
        return cls if textual else None
    annotations = declared_annotations(iterable)
    if not annotations:
        return None
    return _annotated_class([_element_annotation(annotation) for annotation in annotations])


def _element_annotation(annotation: nodes.NodeNG) -> nodes.NodeNG | None:
    """``str`` in ``list[str]``, ``Sequence[str] | None``, ``tuple[str, ...]``."""
    generic = _generic_arguments(annotation)
    if generic is None:
        return None
    spelled, elements = generic
    if spelled not in _COLLECTION_FORMS:
        return None
    if spelled.lower() == "tuple" and not (
        len(elements) == 2 and isinstance(elements[1], nodes.Const) and elements[1].value is ...
    ):
        return None
    return annotated_expression(elements[0])


def _generic_arguments(annotation: nodes.NodeNG) -> tuple[str, list[nodes.NodeNG]] | None:
    """The generic as spelled and its arguments: ``("dict", [str, int])`` for
    ``dict[str, int]``, also under ``| None`` and ``Optional[...]``."""
    if isinstance(annotation, nodes.BinOp) and annotation.op == "|":
        sides = [side for side in (annotation.left, annotation.right) if not is_none(side)]
        return _generic_arguments(sides[0]) if len(sides) == 1 else None
    if not isinstance(annotation, nodes.Subscript):
        return None
    form = annotation.value
    spelled = form.name if isinstance(form, nodes.Name) else getattr(form, "attrname", "")
    arguments = annotation.slice
    elements = arguments.elts if isinstance(arguments, nodes.Tuple) else [arguments]
    if spelled == "Optional" and len(elements) == 1:
        return _generic_arguments(elements[0])
    return spelled, elements


# Annotations of mappings whose second argument is the value type, and of
# sequences whose one argument is the item type.
_MAPPING_FORMS = frozenset(
    {"dict", "Dict", "Mapping", "MutableMapping", "DefaultDict", "defaultdict", "OrderedDict"}
)
_SEQUENCE_FORMS = frozenset({"list", "List", "Sequence", "MutableSequence"})


def _item_class(node: nodes.Subscript) -> nodes.ClassDef | None:
    """``config["name"]`` for ``config: dict[str, str]``, ``names[0]`` for
    ``names: list[str]``: the class the container's annotation gives its
    items (a slice is a container again, so says nothing)."""
    if isinstance(node.slice, nodes.Slice):
        return None
    annotations = declared_annotations(node.value)
    if not annotations:
        return None
    return _annotated_class([_item_annotation(annotation) for annotation in annotations])


def _item_annotation(annotation: nodes.NodeNG) -> nodes.NodeNG | None:
    """``str`` in ``dict[str, str]``, ``Mapping[str, str] | None``, ``list[str]``."""
    generic = _generic_arguments(annotation)
    if generic is None:
        return None
    spelled, elements = generic
    if spelled in _MAPPING_FORMS and len(elements) == 2:
        return annotated_expression(elements[1])
    if spelled in _SEQUENCE_FORMS and len(elements) == 1:
        return annotated_expression(elements[0])
    return None


def _builtin_class(name: str) -> nodes.ClassDef | None:
    try:
        found = AstroidManager().builtins_module.getattr(name)
    except (AstroidError, KeyError):
        return None
    return found[0] if found and isinstance(found[0], nodes.ClassDef) else None


def _agreed_class(values: tuple[object, ...]) -> nodes.ClassDef | None:
    # ``Decimal(...)`` infers to both ``_decimal.Decimal`` and
    # ``_pydecimal.Decimal``: twins of one public type are one class here.
    classes: dict[object, nodes.ClassDef] = {}
    for value in values:
        if not isinstance(value, bases.Instance):
            return None
        cls = class_of(value)
        classes.setdefault(IMMUTABLE_TYPES.get(cls.qname(), cls), cls)
    return next(iter(classes.values())) if len(classes) == 1 else None
