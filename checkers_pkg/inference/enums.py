"""Enum members looked up by name: ``Policy["COMPAT"]`` is ``Policy.COMPAT``.

astroid's enum support answers ``Policy.COMPAT.value``, but a member read by
subscript (how settings name a member from configuration text) infers to
nothing. The member is the class attribute of that name.
"""

from __future__ import annotations

from astroid import bases, nodes
from astroid.exceptions import AstroidError

from checkers_pkg.inference import declared_types, values

ENUM_BASES = frozenset({"enum.Enum", "enum.IntEnum", "enum.StrEnum", "enum.Flag", "enum.IntFlag"})


def is_enum_class(cls: nodes.ClassDef) -> bool:
    """Whether ``cls`` derives from ``enum.Enum`` (its own subclasses included)."""
    try:
        return any(ancestor.qname() in ENUM_BASES for ancestor in cls.ancestors())
    except (AstroidError, RecursionError):
        return False


def member_by_name(node: nodes.Subscript) -> tuple[bases.Instance, ...]:
    """The member ``EnumClass["NAME"]`` reads, when the class and the key are
    known; empty otherwise."""
    cls = values.single_known_value(node.value)
    if not isinstance(cls, nodes.ClassDef) or not is_enum_class(cls):
        return ()
    known, key = values.constant_value(node.slice)
    if not known or not isinstance(key, str) or key not in cls.locals:
        return ()
    try:
        return tuple(member for member in cls.igetattr(key) if isinstance(member, bases.Instance))
    except (AstroidError, RecursionError):
        return ()


def members(cls: nodes.ClassDef) -> tuple[bases.Instance, ...]:
    """Every member of an enum class, in definition order (what iterating the
    class gives); empty for any other class."""
    if not is_enum_class(cls):
        return ()
    found: list[bases.Instance] = []
    for name, bindings in cls.locals.items():
        # astroid's enum support stands each member's binding in for an
        # instance of the class; methods and nested classes are no members.
        if name.startswith("_") or not all(
            isinstance(binding, (nodes.AssignName, bases.Instance))
            and isinstance(binding.parent, nodes.Assign)
            for binding in bindings
        ):
            continue
        try:
            found.extend(
                member for member in cls.igetattr(name) if isinstance(member, bases.Instance)
            )
        except (AstroidError, RecursionError):
            return ()
    return tuple(found)


def iterated_members(name: nodes.Name) -> tuple[bases.Instance, ...]:
    """The members a loop variable takes in ``for mode in Mode:``, when every
    binding of ``name`` is such a loop over one enum class."""
    bindings = values.bindings_of(name)
    found: list[bases.Instance] = []
    for binding in bindings:
        loop = binding.parent
        if not isinstance(loop, (nodes.For, nodes.Comprehension)) or loop.target is not binding:
            return ()
        cls = values.single_known_value(loop.iter)
        enum_members = members(cls) if isinstance(cls, nodes.ClassDef) else ()
        if not enum_members:
            return ()
        found.extend(enum_members)
    return tuple(found)


STR_ENUM_BASES = frozenset({"builtins.str", "enum.StrEnum"})


def member_text(value: object) -> str | None:
    """The text a ``str`` enum member is (``class Mode(str, Enum)`` or
    ``StrEnum``): the member compares, hashes and formats as its value where a
    string is expected (``filter=Mode.TRUSTED``); None for anything else."""
    if not isinstance(value, bases.Instance) or isinstance(value, nodes.Const):
        return None
    cls = value._proxied  # pylint: disable=protected-access  # as values.class_of
    if not isinstance(cls, nodes.ClassDef) or not is_enum_class(cls):
        return None
    try:
        if not STR_ENUM_BASES.intersection(ancestor.qname() for ancestor in cls.ancestors()):
            return None
        texts = {
            member.value
            for member in value.igetattr("value")
            if isinstance(member, nodes.Const) and isinstance(member.value, str)
        }
    except (AstroidError, RecursionError):
        return None
    return texts.pop() if len(texts) == 1 else None


def declared_member_values(node: nodes.NodeNG) -> tuple[object, ...]:
    """The literal values ``x.value`` may take when ``x`` is declared as an
    enum (``table: Table``, a parameter astroid infers nothing for): one of
    the members' values, when every member is assigned a literal; empty
    otherwise."""
    if not isinstance(node, nodes.Attribute) or node.attrname != "value":
        return ()
    cls = declared_types.declared_class(node.expr)
    if cls is None or not is_enum_class(cls):
        return ()
    found = []
    for statement in cls.body:
        if not isinstance(statement, nodes.Assign) or len(statement.targets) != 1:
            continue
        target = statement.targets[0]
        if not isinstance(target, nodes.AssignName) or target.name.startswith("_"):
            continue
        if not isinstance(statement.value, nodes.Const):
            return ()
        found.append(statement.value.value)
    return tuple(found)
