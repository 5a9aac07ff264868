"""The fields of record instances: dataclasses, attrs classes and NamedTuples
built with constructor arguments.

astroid answers ``CONFIG.check_certs`` with the class-level default (or with
nothing, for a NamedTuple field), whatever the constructor said: after
``CONFIG = Config(check_certs=False)`` it still says ``True``. Settings
objects are exactly where projects keep the values the security and
correctness messages judge, so the value model reads the call that built the
instance: the argument passed for the field (by keyword or by position, in
field order), else the field's default (``= x`` or ``field(default=x)``).
"""

from __future__ import annotations

from astroid import nodes
from astroid.exceptions import AstroidError

from checkers_pkg.inference import values
from checkers_pkg.inference._cache import memoise_per_node
from checkers_pkg.inference.callables import is_partial_object
from checkers_pkg.inference.imports import definition_by_imports
from checkers_pkg.inference.names import import_paths

MAX_RECEIVER_DEPTH = 6
DATACLASS_FIELDS = frozenset({"field", "dataclasses.field"})
ATTRS_FIELDS = frozenset({"ib", "attrib", "field"})
ATTRS_DECORATORS = frozenset(
    {
        "attr.s",
        "attr.attrs",
        "attr.define",
        "attr.frozen",
        "attr.mutable",
        "attrs.define",
        "attrs.frozen",
        "attrs.mutable",
        "attr._make.attrs",
        "attr._next_gen.define",
        "attr._next_gen.frozen",
        "attr._next_gen.mutable",
    }
)
_NAMED_TUPLE_BASES = frozenset({"typing.NamedTuple", "typing_extensions.NamedTuple"})


@memoise_per_node(on_cycle=None)
def field_value(node: nodes.Attribute) -> nodes.NodeNG | None:
    """The expression a record instance's field holds: what the constructor
    call passed for it, else the field's default; None when ``node`` is not
    such a field or the value cannot be told (a ``default_factory``, a
    receiver bound more than once, ``*args``/``**kwargs`` at the call)."""
    if _attribute_depth(node) > MAX_RECEIVER_DEPTH:
        return None  # ``a.b.c...``: each level asks about the one before
    call = _constructor_call(node.expr, 0)
    if call is None:
        return None
    record = values.single_known_value(call.func)
    if isinstance(record, nodes.ClassDef) and is_synthetic(record):
        # astroid stands a synthetic copy without a body in for a NamedTuple
        # class: read the class statement itself
        record = definition_by_imports(call.func)
    if not isinstance(record, nodes.ClassDef):
        return None
    fields = record_fields(record)
    if fields is None or node.attrname not in fields:
        return None
    if any(isinstance(arg, nodes.Starred) for arg in call.args) or any(
        keyword.arg is None for keyword in call.keywords or ()
    ):
        return None
    for keyword in call.keywords or ():
        if keyword.arg == node.attrname:
            return keyword.value
    names = list(fields)
    position = names.index(node.attrname)
    if position < len(call.args):
        return call.args[position]
    return fields[node.attrname]


def _attribute_depth(node: nodes.NodeNG) -> int:
    depth = 0
    while isinstance(node, nodes.Attribute):
        node, depth = node.expr, depth + 1
    return depth


def _constructor_call(receiver: nodes.NodeNG, depth: int) -> nodes.Call | None:
    """The call whose result ``receiver`` holds, read through a name's single
    binding, module attributes (``settings.CONFIG``) and ``from m import
    CONFIG`` across modules; None when anything on the way is unsure."""
    if depth > MAX_RECEIVER_DEPTH:
        return None
    if isinstance(receiver, nodes.Call):
        return receiver
    if isinstance(receiver, nodes.Name):
        bindings = values.bindings_of(receiver)
        if len(bindings) != 1:
            return None
        return _bound_call(bindings[0], receiver.name, depth)
    if isinstance(receiver, nodes.Attribute):
        passed = field_value(receiver)  # ``CONFIG.tls.verify``: a field of a field
        if passed is not None:
            return _constructor_call(passed, depth + 1)
        module = values.single_known_value(receiver.expr)
        if isinstance(module, nodes.Module):
            bindings = module.locals.get(receiver.attrname, [])
            return (
                _bound_call(bindings[0], receiver.attrname, depth) if len(bindings) == 1 else None
            )
    return None


def _bound_call(binding: nodes.NodeNG, name: str, depth: int) -> nodes.Call | None:
    if isinstance(binding, nodes.ImportFrom):
        try:
            module = binding.do_import_module(binding.modname)
        except (AstroidError, RecursionError, SyntaxError):
            return None
        real = next((real for real, alias in binding.names if (alias or real) == name), name)
        bindings = module.locals.get(real, [])
        return _bound_call(bindings[0], real, depth + 1) if len(bindings) == 1 else None
    if not isinstance(binding, nodes.AssignName):
        return None
    if not isinstance(binding.parent, (nodes.Assign, nodes.AnnAssign)):
        return None  # loop targets, unpacking, walrus in a comprehension
    value = values.assigned_value(binding)
    if isinstance(value, nodes.Call):
        return value
    if isinstance(value, (nodes.Name, nodes.Attribute)):
        return _constructor_call(value, depth + 1)
    return None


@memoise_per_node(on_cycle=None)
def record_fields(cls: nodes.ClassDef) -> dict[str, nodes.NodeNG | None] | None:
    """The constructor's fields of a dataclass, attrs class or NamedTuple, in
    order, each with its default expression (None: no default, or one that
    cannot be read, like a ``default_factory``); None for any other class."""
    kind = _record_kind(cls)
    if kind is None:
        return None
    fields: dict[str, nodes.NodeNG | None] = {}
    try:
        ancestors = list(reversed(cls.mro())) if kind != "namedtuple" else [cls]
    except (AstroidError, RecursionError, TypeError):
        ancestors = [cls]
    for klass in ancestors:
        if klass is not cls and _record_kind(klass) is None:
            continue
        for statement in klass.body:
            name_and_default = _field_of(statement, kind)
            if name_and_default is not None:
                name, default = name_and_default
                fields.pop(name, None)
                fields[name] = default
    return fields


# astroid stands a NamedTuple class (and a ``collections.namedtuple``) in for
# a synthetic one built in this module, with generated ``_replace``/``_asdict``.
SYNTHETIC_MODULE = "__astroid_synthetic"


def is_named_tuple(cls: nodes.ClassDef) -> bool:
    """A class built with ``typing.NamedTuple`` or ``collections.namedtuple``
    (astroid's synthetic stand-in included): its ``_replace`` returns a copy."""
    return cls.root().name == SYNTHETIC_MODULE or _record_kind(cls) == "namedtuple"


def is_synthetic(cls: nodes.ClassDef) -> bool:
    """astroid's stand-in for a named tuple class: its members are generated."""
    return cls.root().name == SYNTHETIC_MODULE


def _record_kind(cls: nodes.ClassDef) -> str | None:
    if getattr(cls, "is_dataclass", False):
        return "dataclass"
    decorators = {
        name
        for decorator in (cls.decorators.nodes if cls.decorators else ())
        for name in _decorator_names(decorator)
    }
    try:
        base_names = {base.qname() for base in cls.ancestors(recurs=False)}
    except (AstroidError, RecursionError):
        return None
    if decorators & ATTRS_DECORATORS:
        return "attrs"
    if base_names & _NAMED_TUPLE_BASES or any(
        base.as_string().rsplit(".", 1)[-1] == "NamedTuple" for base in cls.bases
    ):
        return "namedtuple"
    return None


def _decorator_names(decorator: nodes.NodeNG) -> set[str]:
    """``attr.s`` for ``@attr.s`` and ``@attr.s(frozen=True)``: what the
    imports say, and what astroid says it is (``attr.frozen`` is a partial
    of ``define``, which astroid names by no qualified name)."""
    if isinstance(decorator, nodes.Call):
        decorator = decorator.func
    found = set(import_paths(decorator))
    value = values.single_known_value(decorator)
    if isinstance(value, (nodes.FunctionDef, nodes.ClassDef)) and not is_partial_object(value):
        found.add(value.qname())
    return found


def _field_of(statement: nodes.NodeNG, kind: str) -> tuple[str, nodes.NodeNG | None] | None:
    """``(name, default)`` when a class-body statement declares a field."""
    if isinstance(statement, nodes.AnnAssign) and isinstance(statement.target, nodes.AssignName):
        if (
            "ClassVar" in statement.annotation.as_string()
            or "KW_ONLY" in statement.annotation.as_string()
        ):
            return None
        return statement.target.name, _default_of(statement.value, kind)
    if (
        kind == "attrs"
        and isinstance(statement, nodes.Assign)
        and len(statement.targets) == 1
        and isinstance(statement.targets[0], nodes.AssignName)
        and _field_call(statement.value, ATTRS_FIELDS)
    ):
        return statement.targets[0].name, _default_of(statement.value, kind)
    return None


def _field_call(value: nodes.NodeNG | None, names: frozenset[str]) -> bool:
    if not isinstance(value, nodes.Call):
        return False
    func = value.func
    written = func.attrname if isinstance(func, nodes.Attribute) else getattr(func, "name", "")
    return written in names or written in {name.rsplit(".", 1)[-1] for name in names}


def _default_of(value: nodes.NodeNG | None, kind: str) -> nodes.NodeNG | None:
    if value is None:
        return None
    field_functions = ATTRS_FIELDS if kind == "attrs" else DATACLASS_FIELDS
    if _field_call(value, field_functions):
        assert isinstance(value, nodes.Call)
        return next((k.value for k in value.keywords or () if k.arg == "default"), None)
    return value
