"""Parts of a command or query that are safe or constant by what they are:
quoting and numeric functions, ``psycopg2.sql`` compositions, query
builders' own output, lookups in constant tables.
"""

from __future__ import annotations

from astroid import bases, nodes

from checkers_pkg.inference.arguments import changed_in_place
from checkers_pkg.inference.declared_types import parameter_annotation
from checkers_pkg.inference.enums import declared_member_values, is_enum_class
from checkers_pkg.inference.names import qualified_names
from checkers_pkg.inference.strings import string_value
from checkers_pkg.inference.values import (
    assigned_value,
    bindings_of,
    class_of,
    constant_value,
    inferred_values,
    known_values,
)

NUMERIC_CONVERSIONS = frozenset("diouxXeEfFgGc")


def is_built(node: nodes.NodeNG) -> bool:
    """Whether ``node`` builds text from parts (the operations the messages name)."""
    if isinstance(node, nodes.JoinedStr):
        return True
    if isinstance(node, nodes.BinOp):
        return node.op in {"+", "%"}
    if isinstance(node, nodes.Call) and isinstance(node.func, nodes.Attribute):
        return node.func.attrname in {"format", "join"} and not is_composable(node.func.expr)
    if isinstance(node, nodes.Call) and isinstance(node.func, nodes.Name):
        return node.func.name == "str" and len(node.args) == 1 and not node.keywords
    return False


def numeric_spec(spec: nodes.JoinedStr | None) -> bool:
    """``{n:d}``, ``{x:.2f}``: formatting that fails on text."""
    if spec is None or len(spec.values) != 1 or not isinstance(spec.values[0], nodes.Const):
        return False
    text = str(spec.values[0].value)
    return bool(text) and text[-1] in NUMERIC_CONVERSIONS and text[-1] != "c"


def percent_conversions(template: nodes.NodeNG) -> str | None:
    """The conversion letters of a constant ``%`` template, in order."""
    text = string_value(template)
    if not text.is_constant or text.text is None:
        return None
    letters = []
    index, source = 0, text.text
    while index < len(source):
        if source[index] != "%":
            index += 1
            continue
        index += 1
        while index < len(source) and source[index] in "#0- +.0123456789*(":
            if source[index] == "(":  # %(key)s: named, not positional
                return None
            index += 1
        if index < len(source) and source[index] != "%":
            letters.append(source[index])
        index += 1
    return "".join(letters)


QUOTING_FUNCTIONS = frozenset({"shlex.quote", "pipes.quote", "shlex.join"})


# Conversions whose result cannot carry shell or SQL syntax.
NUMERIC_FUNCTIONS = frozenset(
    {"int", "float", "len", "builtins.int", "builtins.float", "builtins.len",
     "builtins.bool", "bool", "builtins.abs", "abs", "builtins.round", "round",
     "os.getpid", "os.getppid", "posix.getpid", "posix.getppid",
     # Random tokens: hex digits, or letters, digits, ``-`` and ``_``.
     "secrets.token_hex", "secrets.token_urlsafe", "uuid.uuid1", "uuid.uuid4"}
)


def quoting_function(node: nodes.NodeNG) -> bool:
    """Whether ``node`` names ``shlex.quote`` (or another quoting function)."""
    return bool(set(qualified_names(node)) & QUOTING_FUNCTIONS)


def is_text_conversion(node: nodes.NodeNG) -> bool:
    """``str(x)``: the same text as ``x`` (or its number), nothing built."""
    return (
        isinstance(node, nodes.Call)
        and isinstance(node.func, nodes.Name)
        and node.func.name == "str"
        and len(node.args) == 1
        and not node.keywords
        and not isinstance(node.args[0], nodes.Starred)
    )


# str methods whose result is made of the receiver's text (and constant
# arguments): ``"?,?,?".rstrip(",")`` is as constant as its receiver.
_TEXT_PRESERVING_METHODS = frozenset(
    {"strip", "lstrip", "rstrip", "upper", "lower", "title", "capitalize", "casefold",
     "replace", "removeprefix", "removesuffix"}
)


# psycopg2 / psycopg query composition: the library quotes what it splices.
SQL_COMPOSABLES = frozenset(
    f"{package}.sql.{name}"
    for package in ("psycopg2", "psycopg")
    for name in ("SQL", "Identifier", "Literal", "Placeholder", "Composed", "Composable")
)


def preserves_text(call: nodes.Call) -> bool:
    """``"?,?,?".rstrip(",")``, ``("?," * n).rstrip(",")``: a str method that
    only reshapes a constant receiver's text, with constant arguments (of
    other receivers the result stays opaque, as before)."""
    func = call.func
    return (
        isinstance(func, nodes.Attribute)
        and func.attrname in _TEXT_PRESERVING_METHODS
        and (is_constant(func.expr) or is_repeated_constant(func.expr))
        and not call.keywords
        and all(is_constant(arg) for arg in call.args)
    )


def is_repeated_constant(node: nodes.NodeNG) -> bool:
    return (
        isinstance(node, nodes.BinOp)
        and node.op == "*"
        and any(
            isinstance(side, nodes.Const) and isinstance(side.value, str)
            for side in (node.left, node.right)
        )
    )


def quoting_name(func: nodes.NodeNG) -> bool:
    """A function or method named for quoting or escaping (``ops.quote_name``,
    ``preparer.quote_identifier``, ``conn.escape_string``, a project's
    ``quote_arg``): identifiers cannot be parameters, and these are how
    drivers and ORMs splice them safely."""
    if isinstance(func, nodes.Attribute):
        name = func.attrname
        if name == "process" and _in_sql_compiler(func):
            return True
    elif isinstance(func, nodes.Name):
        name = func.name
    else:
        return False
    return name.lstrip("_").startswith(("quote", "escape")) or name in _QUOTING_METHODS


def _in_sql_compiler(func: nodes.Attribute) -> bool:
    """``self.process(clause)`` in a query compiler (SQLAlchemy's
    ``SQLCompiler`` and its dialects): compiled SQL, not input."""
    if not (isinstance(func.expr, nodes.Name) and func.expr.name == "self"):
        return False
    cls = func.frame().parent.frame() if func.frame().parent is not None else None
    if not isinstance(cls, nodes.ClassDef):
        return False
    names = {cls.name, *(base.as_string() for base in cls.bases)}
    return any("Compiler" in name for name in names)


# Query builders' own output: identifiers quoted, values bound or escaped.
_QUOTING_METHODS = frozenset(
    {"literal", "compile", "format_table", "format_column", "format_schema",
     "format_constraint", "format_index", "format_label"}
)


def is_composable(node: nodes.NodeNG) -> bool:
    """A ``psycopg2.sql`` object (``sql.SQL("...")``, ``.format``/``.join`` of one)."""
    while isinstance(node, nodes.Call):
        func = node.func
        if set(qualified_names(func)) & SQL_COMPOSABLES:
            return True
        if isinstance(func, nodes.Attribute) and func.attrname in {"format", "join"}:
            node = func.expr
            continue
        return False
    if isinstance(node, nodes.Attribute):
        return bool(set(qualified_names(node)) & SQL_COMPOSABLES)
    if isinstance(node, nodes.Name):
        values = [assigned_value(b) for b in bindings_of(node)]
        return bool(values) and all(
            isinstance(value, nodes.Call) and is_composable(value) for value in values
        )
    return False


# Lookups whose inferred value is their default argument, not what they return.
_LOOKUP_METHODS = frozenset({"get", "pop", "setdefault", "getenv", "environ"})


def constant_lookup(node: nodes.NodeNG) -> bool:
    """``TABLES[kind]`` where ``TABLES`` is a dict (or list, tuple) display of
    constants only, not changed after it: whatever the key, the value is one
    of those constants (or the lookup fails)."""
    if not isinstance(node, nodes.Subscript) or not isinstance(
        node.value, (nodes.Name, nodes.Attribute)
    ):
        return False
    containers = known_values(node.value)
    if not containers or changed_in_place(node.value):
        return False
    for container in containers:
        if isinstance(container, nodes.Dict):
            items = [value for _, value in container.items]
        elif isinstance(container, (nodes.List, nodes.Tuple)):
            items = list(container.elts)
        else:
            return False
        if not items or not all(
            isinstance(item, nodes.Const) and isinstance(item.value, (str, int))
            for item in items
        ):
            return False
    return True


def is_constant(node: nodes.NodeNG) -> bool:
    if isinstance(node, nodes.Const):
        return True
    if isinstance(node, nodes.Call):
        func = node.func
        name = func.attrname if isinstance(func, nodes.Attribute) else getattr(func, "name", "")
        if name in _LOOKUP_METHODS:
            return False
    if string_value(node).is_constant:
        return True
    known, _ = constant_value(node)
    return known or bool(declared_member_values(node)) or _member_value(node)


def _member_value(node: nodes.NodeNG) -> bool:
    """``kind.value`` where ``kind`` is one of an enum's members (``for kind
    in Kind``): one of the members' literal values."""
    if not isinstance(node, nodes.Attribute) or node.attrname not in ("value", "name"):
        return False
    owners = inferred_values(node.expr)
    if not owners or not all(
        isinstance(owner, bases.Instance) and not isinstance(owner, nodes.Const)
        and is_enum_class(class_of(owner))
        for owner in owners
    ):
        return False
    found = inferred_values(node)
    return bool(found) and all(
        isinstance(value, nodes.Const) and isinstance(value.value, (str, int)) for value in found
    )


_NUMBER_TYPES = frozenset({"int", "float", "bool"})


def declared_number(parameter: nodes.AssignName) -> bool:
    """``amount: int``: a parameter declared as a builtin number (not a name
    of the module spelled the same)."""
    annotation = parameter_annotation(parameter)
    return isinstance(annotation, nodes.Name) and annotation.name in _NUMBER_TYPES and all(
        binding.root().name == "builtins" for binding in bindings_of(annotation)
    )
