"""The class a value certainly has, for ``ignored-return-value``: astroid's
answer when every candidate agrees, else what the code declares or builds
(annotations, ``NamedTuple`` fields, ``+=`` of a known class, elements of an
annotated collection).
"""

from __future__ import annotations

from astroid import bases, nodes, util
from astroid.exceptions import AstroidError
from astroid.manager import AstroidManager

from checkers_pkg.checkers.correctness.immutable_types import (
    IMMUTABLE_TYPES,
    PATH_CLASSES,
    TRANSFORMS,
)
from checkers_pkg.inference._cache import memoise_per_node
from checkers_pkg.inference.context_managers import Resolver, entered_class
from checkers_pkg.inference.declared_types import (
    annotated_expression,
    declared_annotations,
    declared_class,
)
from checkers_pkg.inference.imports import definition_by_imports, foreign_binding
from checkers_pkg.inference.instances import instance_class, resolved_callee
from checkers_pkg.inference.names import import_paths
from checkers_pkg.inference.public_names import public_qname
from checkers_pkg.inference.stub_types import result_class
from checkers_pkg.inference.values import (
    assigned_value,
    bindings_of,
    class_of,
    inferred_values,
    is_none,
    known_values,
)

# Path properties that give a path of the receiver's flavour.
PATH_PROPERTIES = frozenset({"parent"})


def owner_class(node: nodes.Attribute) -> nodes.ClassDef | None:
    return certain_class(node.expr) or instance_class(node.expr)


def property_getter(owner: nodes.ClassDef, name: str) -> nodes.FunctionDef | None:
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
        return (
            _transformed_class(node)
            or _returned_class(node)
            or result_class(node, certain_class)
        )
    if isinstance(node, nodes.JoinedStr):
        return _builtin_class("str")
    if isinstance(node, nodes.BinOp) and node.op == "/":
        # ``base / "name"`` for an annotated ``base: Path`` (the brain covers
        # paths astroid can infer).
        left = certain_class(node.left)
        return left if left is not None and public_qname(left) in PATH_CLASSES else None
    values = inferred_values(node)
    if isinstance(node, nodes.BinOp) and not _known_class(values):
        return result_class(node, certain_class)  # ``price * qty`` of Decimals
    if not values or any(isinstance(value, util.UninferableBase) for value in values):
        if isinstance(node, nodes.Attribute):
            return (
                _declared(node)
                or _member_class(node)
                or _named_tuple_field_class(node)
                or _foreign_constant_class(node)
            )
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
        elif isinstance(binding.parent, nodes.With) and not isinstance(
            binding.parent, nodes.AsyncWith
        ):
            # ``with open(p) as f``: astroid's answer, else the manager's
            # class when its ``__enter__`` returns itself
            cls = _known_class(inferred_values(node)) or entered_class(node, _CERTAIN)
        elif isinstance(binding, nodes.ImportFrom):
            # ``from .settings import GRACE``: what the other module binds it to
            cls = _foreign_constant_class(node) or _known_class(inferred_values(node))
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


def _foreign_constant_class(node: nodes.Name | nodes.Attribute) -> nodes.ClassDef | None:
    """The class of another module's constant (``settings.GRACE``, or
    ``GRACE`` imported from there), typed by its one assignment as a local
    name would be: astroid's answer may mix in ``Uninferable`` for the C
    branch of the library that built it (``datetime.timedelta(days=3)``)."""
    binding = foreign_binding(node)
    value = assigned_value(binding) if isinstance(binding, nodes.AssignName) else None
    return certain_class(value) if value is not None else None


# ``entered_class`` asking this module for the class of a context manager
# astroid cannot infer.
_CERTAIN = Resolver(lambda node: None, certain_class)


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
    return cls if cls is not None and public_qname(cls) in _SAME_CLASS_SUMS else None


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
    owner = owner_class(node)
    if owner is None:
        return None
    if public_qname(owner) in PATH_CLASSES:
        return owner if node.attrname in PATH_PROPERTIES else None
    getter = property_getter(owner, node.attrname)
    if getter is None or getter.returns is None:
        return None
    return _annotated_class([annotated_expression(getter.returns)])


_NAMED_TUPLE_BASES = frozenset({"typing.NamedTuple", "typing_extensions.NamedTuple"})


def _named_tuple_field_class(node: nodes.Attribute) -> nodes.ClassDef | None:
    """``entry.account`` for ``entry: Entry``, a ``typing.NamedTuple`` whose
    body declares ``account: str``. astroid stands a generated class, which
    has lost the field annotations, for the class; its source still has them."""
    fields = named_tuple_field_annotations(node)
    return _annotated_class([annotated_expression(a) for a in fields]) if fields else None


def named_tuple_field_annotations(node: nodes.Attribute) -> list[nodes.NodeNG]:
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
            classes.setdefault(IMMUTABLE_TYPES.get(public_qname(value), value), value)
    return next(iter(classes.values())) if len(classes) == 1 else None


def _transformed_class(call: nodes.Call) -> nodes.ClassDef | None:
    """``text.strip().lower()``, ``"{}".format(x)``: a transforming method of
    an immutable value returns a value of the same class (astroid's stubs
    sometimes give up on these calls)."""
    func = call.func
    if not isinstance(func, nodes.Attribute) or func.attrname not in TRANSFORMS:
        return None
    cls = certain_class(func.expr)
    name = public_qname(cls) if cls is not None else ""
    if name not in IMMUTABLE_TYPES or name.startswith("pathlib"):
        return None  # a path's transforms may build another flavour of path
    return cls if func.attrname in IMMUTABLE_TYPES[name].methods else None


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
        textual = cls is not None and public_qname(cls) in {"builtins.str", "builtins.bytes"}
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
        classes.setdefault(IMMUTABLE_TYPES.get(public_qname(cls), cls), cls)
    return next(iter(classes.values())) if len(classes) == 1 else None
