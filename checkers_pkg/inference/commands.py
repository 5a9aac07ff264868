"""Is this command (or query) built from dynamic parts, which part, from where?

The injection messages judge the text a sink receives by how it was built,
not by how it looks: a constant (also through names, class attributes and
other modules) is not an injection, nor are parts made safe by quoting
(``shlex.quote``, ``shlex.join``), numeric conversion (``int(x)``, ``%d``),
placeholder lists (``", ".join(["%s"] * len(ids))``) or ``psycopg2.sql``
compositions. Everything else that is *built* (``%``, ``.format``, f-strings,
``+``, ``+=``, ``join``, ``str(x)``) from a part that is not provably
constant is dynamic, and the answer names that part and the line it comes
from.

Two contexts matter. At the top (the value handed to the sink) an opaque
value, such as a bare call result, is ``UNKNOWN``: nothing says it was built
from untrusted text, and precision comes first. As a *part* of a built text
the same value is dynamic: something not constant was spliced into a command.
A parameter of the function that holds the sink is kept apart from other
dynamic parts (``Origin.parameter``), so the caller can tell a wrapper
(``def sh(cmd): os.system(cmd)``) from a finding.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable
from dataclasses import dataclass

from astroid import nodes

from checkers_pkg.inference._cache import memoise_per_node
from checkers_pkg.inference.arguments import changed_in_place
from checkers_pkg.inference.names import (
    attribute_bindings,
    definition_by_imports,
    import_paths,
    instance_class,
    is_linted_code,
    local_definition,
    qualified_names,
)
from checkers_pkg.inference.strings import string_value
from checkers_pkg.inference.values import (
    assigned_value,
    bindings_of,
    constant_value,
    known_values,
    returned_values,
)

MAX_TRACE_DEPTH = 24

QUOTING_FUNCTIONS = frozenset({"shlex.quote", "pipes.quote", "shlex.join"})
# Conversions whose result cannot carry shell or SQL syntax.
NUMERIC_FUNCTIONS = frozenset(
    {"int", "float", "len", "builtins.int", "builtins.float", "builtins.len",
     "builtins.bool", "bool", "builtins.abs", "abs", "builtins.round", "round",
     "os.getpid", "os.getppid", "posix.getpid", "posix.getppid"}
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
_NUMERIC_CONVERSIONS = frozenset("diouxXeEfFgGc")


class TextKind(enum.Enum):
    """How the text reaching a sink was made."""

    CONSTANT = "constant"  # provably fixed text
    SAFE = "safe"  # constant parts plus quoted, numeric or composed parts
    DYNAMIC = "dynamic"  # built with at least one part that is neither
    UNKNOWN = "unknown"  # nothing known about how it was made


@dataclass(frozen=True)
class Origin:
    """A dynamic part: how it is written, the line it comes from, and the
    parameter it is, when it is a parameter of a function."""

    label: str
    line: int | None
    parameter: nodes.AssignName | None = None

    @property
    def function(self) -> nodes.FunctionDef | nodes.Lambda | None:
        """The function (or lambda) whose parameter this part is."""
        if self.parameter is None:
            return None
        scope = self.parameter.scope()
        return scope if isinstance(scope, (nodes.FunctionDef, nodes.Lambda)) else None


@dataclass(frozen=True)
class BuiltText:
    """The answer: a kind, and for ``DYNAMIC`` the parts that made it so.

    ``passed_through`` marks a parameter handed on unchanged (the top-level
    value *is* the parameter), as opposed to one spliced into a built text.
    """

    kind: TextKind
    origins: tuple[Origin, ...] = ()
    passed_through: bool = False

    @property
    def is_dynamic(self) -> bool:
        """Built from at least one part that is not constant or made safe."""
        return self.kind is TextKind.DYNAMIC

    def outside(self, func: nodes.FunctionDef | nodes.Lambda | None) -> tuple[Origin, ...]:
        """The dynamic parts that are not parameters of ``func``."""
        return tuple(
            origin for origin in self.origins if func is None or origin.function is not func
        )

    def parameters_of(self, func: nodes.FunctionDef) -> tuple[str, ...]:
        """Names of ``func``'s parameters among the dynamic parts."""
        return tuple(
            dict.fromkeys(
                origin.parameter.name
                for origin in self.origins
                if origin.parameter is not None and origin.function is func
            )
        )


CONSTANT = BuiltText(TextKind.CONSTANT)
SAFE = BuiltText(TextKind.SAFE)
UNKNOWN = BuiltText(TextKind.UNKNOWN)


def dynamic(*origins: Origin, passed_through: bool = False) -> BuiltText:
    """A dynamic text made from ``origins``."""
    return BuiltText(TextKind.DYNAMIC, tuple(dict.fromkeys(origins)), passed_through)


def built_text(node: nodes.NodeNG) -> BuiltText:
    """How the text ``node`` (a value handed to a sink) was made."""
    try:
        return _top(node, 0)
    except RecursionError:
        return UNKNOWN


def part_text(node: nodes.NodeNG) -> BuiltText:
    """How ``node`` was made, read as a part spliced into a larger text (an
    opaque value is dynamic there)."""
    try:
        return _part(node, 0)
    except RecursionError:
        return UNKNOWN


# -- the value at the top ------------------------------------------------------


def _top(node: nodes.NodeNG, depth: int) -> BuiltText:
    """How the value handed to a sink was made (opaque: unknown)."""
    return _trace(node, depth, top=True)


def _part(node: nodes.NodeNG, depth: int) -> BuiltText:
    """How ``node`` was made, as a part of a larger text (opaque: dynamic)."""
    return _trace(node, depth, top=False)


def _trace(node: nodes.NodeNG, depth: int, top: bool) -> BuiltText:
    if depth > MAX_TRACE_DEPTH:
        return UNKNOWN
    if isinstance(node, nodes.Call):
        marked = _marked_call(node)
        if marked is not None:
            return marked
        if _preserves_text(node):
            return CONSTANT
    if _is_repeated_constant(node):
        return CONSTANT  # ``"?," * len(ids)``: the constant, repeated
    if _is_built(node):
        return _built(node, depth + 1)
    if isinstance(node, nodes.Name):
        return _name(node, top)
    if isinstance(node, nodes.Attribute):
        return _attribute(node, depth + 1, top)
    if isinstance(node, nodes.IfExp):
        return combine_alternatives(
            [_trace(node.body, depth + 1, top), _trace(node.orelse, depth + 1, top)]
        )
    if _is_constant(node) or _constant_lookup(node):
        return CONSTANT
    if top:
        return UNKNOWN
    if isinstance(node, (nodes.List, nodes.Tuple, nodes.Set)):
        # Items handed to a wrapper that loops over them.
        return combine_parts([_part(item, depth + 1) for item in node.elts] or [CONSTANT])
    return dynamic(Origin(_short(node), node.lineno))


def _preserves_text(call: nodes.Call) -> bool:
    """``"?,?,?".rstrip(",")``, ``("?," * n).rstrip(",")``: a str method that
    only reshapes a constant receiver's text, with constant arguments (of
    other receivers the result stays opaque, as before)."""
    func = call.func
    return (
        isinstance(func, nodes.Attribute)
        and func.attrname in _TEXT_PRESERVING_METHODS
        and (_is_constant(func.expr) or _is_repeated_constant(func.expr))
        and not call.keywords
        and all(_is_constant(arg) for arg in call.args)
    )


def _is_repeated_constant(node: nodes.NodeNG) -> bool:
    return (
        isinstance(node, nodes.BinOp)
        and node.op == "*"
        and any(
            isinstance(side, nodes.Const) and isinstance(side.value, str)
            for side in (node.left, node.right)
        )
    )


def _is_built(node: nodes.NodeNG) -> bool:
    """Whether ``node`` builds text from parts (the operations the messages name)."""
    if isinstance(node, nodes.JoinedStr):
        return True
    if isinstance(node, nodes.BinOp):
        return node.op in {"+", "%"}
    if isinstance(node, nodes.Call) and isinstance(node.func, nodes.Attribute):
        return node.func.attrname in {"format", "join"} and not _is_composable(node.func.expr)
    if isinstance(node, nodes.Call) and isinstance(node.func, nodes.Name):
        return node.func.name == "str" and len(node.args) == 1 and not node.keywords
    return False


def _built(node: nodes.NodeNG, depth: int) -> BuiltText:
    if isinstance(node, nodes.BinOp) and node.op == "+":
        return combine_parts([_part(node.left, depth), _part(node.right, depth)])
    if isinstance(node, nodes.Call) and isinstance(node.func, nodes.Attribute):
        if node.func.attrname == "join":
            return _join(node, depth)
    if isinstance(node, nodes.JoinedStr):
        return combine_parts(_fstring_parts(node, depth))
    if isinstance(node, nodes.BinOp):
        return _percent(node, depth)
    assert isinstance(node, nodes.Call)
    if isinstance(node.func, nodes.Name):  # str(x)
        return _part(node.args[0], depth)
    if node.func.attrname == "format":  # type: ignore[attr-defined]
        return combine_parts(
            [
                _part(node.func.expr, depth),
                *(_part(arg, depth) for arg in node.args),
                *(_part(keyword.value, depth) for keyword in node.keywords),
            ]
        )
    return UNKNOWN


def _fstring_parts(node: nodes.JoinedStr, depth: int) -> list[BuiltText]:
    parts = []
    for value in node.values:
        if isinstance(value, nodes.FormattedValue):
            if _numeric_spec(value.format_spec):
                parts.append(SAFE)
            else:
                parts.append(_part(value.value, depth))
        elif not isinstance(value, nodes.Const):
            parts.append(_part(value, depth))
    return parts or [CONSTANT]


def _numeric_spec(spec: nodes.JoinedStr | None) -> bool:
    """``{n:d}``, ``{x:.2f}``: formatting that fails on text."""
    if spec is None or len(spec.values) != 1 or not isinstance(spec.values[0], nodes.Const):
        return False
    text = str(spec.values[0].value)
    return bool(text) and text[-1] in _NUMERIC_CONVERSIONS and text[-1] != "c"


def _percent(node: nodes.BinOp, depth: int) -> BuiltText:
    template = _part(node.left, depth)
    right = node.right
    arguments = list(right.elts) if isinstance(right, nodes.Tuple) else [right]
    conversions = _percent_conversions(node.left)
    parts = [template]
    for index, argument in enumerate(arguments):
        numeric = conversions is not None and index < len(conversions) and (
            conversions[index] in _NUMERIC_CONVERSIONS
        )
        parts.append(SAFE if numeric else _part(argument, depth))
    if isinstance(right, nodes.Dict):
        parts[1:] = [_part(value, depth) for _, value in right.items]
    return combine_parts(parts)


def _percent_conversions(template: nodes.NodeNG) -> str | None:
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


def _join(node: nodes.Call, depth: int) -> BuiltText:
    separator = _part(node.func.expr, depth)  # type: ignore[attr-defined]
    if len(node.args) != 1 or node.keywords:
        return UNKNOWN
    items = node.args[0]
    if isinstance(items, (nodes.List, nodes.Tuple, nodes.Set)):
        return combine_parts([separator, *(_part(item, depth) for item in items.elts)])
    if isinstance(items, (nodes.GeneratorExp, nodes.ListComp, nodes.SetComp)):
        return combine_parts([separator, _part(items.elt, depth)])
    if isinstance(items, nodes.BinOp) and items.op == "*":
        # ``", ".join(["%s"] * len(values))``: a list of placeholders;
        # ``",".join("?" * len(ids))``: the characters of a repeated constant.
        for repeated in (items.left, items.right):
            if isinstance(repeated, nodes.List):
                return combine_parts([separator, *(_part(item, depth) for item in repeated.elts)])
            if isinstance(repeated, nodes.Const) and isinstance(repeated.value, str):
                return combine_parts([separator, CONSTANT])
    if isinstance(items, nodes.Call) and _marked_call(items) is not None:
        return combine_parts([separator, SAFE])
    if isinstance(items, nodes.Name):
        listed = _listed_items(items, depth)
        if listed is None:
            # A list filled elsewhere (appends, a parameter's items): what it
            # holds is not known, and a guess would be a false alarm.
            listed = _name(items, True)
            listed = listed if listed.is_dynamic else UNKNOWN
        return combine_parts([separator, listed])
    return combine_parts([separator, UNKNOWN])


def _listed_items(name: nodes.Name, depth: int) -> BuiltText | None:
    """The parts of a list held in a local name, when every binding is a
    display (``args = ["tar", "xf", path]``) or a quoting comprehension."""
    parts: list[BuiltText] = []
    for binding in bindings_of(name):
        value = assigned_value(binding)
        if isinstance(value, (nodes.List, nodes.Tuple)):
            parts.extend(_part(item, depth) for item in value.elts)
        elif isinstance(value, (nodes.ListComp, nodes.GeneratorExp)):
            parts.append(_part(value.elt, depth))
        else:
            return None
    return combine_parts(parts) if parts else None


# -- names, attributes, calls ---------------------------------------------------


@memoise_per_node(on_cycle=UNKNOWN)
def _name(node: nodes.Name, top: bool) -> BuiltText:
    """Memoised per name and context; a cycle of names (``a = b; b = a``)
    is unknown. Nesting depth restarts here: each name is one trace."""
    bindings = bindings_of(node)
    if not bindings:
        return UNKNOWN
    answers = [_binding(binding, node, 0, top) for binding in bindings]
    return combine_alternatives(answers)


def _binding(binding: nodes.NodeNG, read: nodes.Name, depth: int, top: bool) -> BuiltText:
    statement = binding.parent
    if isinstance(statement, nodes.Arguments) and isinstance(binding, nodes.AssignName):
        origin = Origin(binding.name, binding.lineno, binding)
        return dynamic(origin, passed_through=top)
    if isinstance(statement, nodes.AugAssign) and isinstance(binding, nodes.AssignName):
        if statement.op != "+=":
            return UNKNOWN
        _, before = binding.lookup(binding.name)
        prior = combine_alternatives([_binding(b, read, depth + 1, top) for b in before])
        return combine_parts([prior, _part(statement.value, depth + 1)])
    value = assigned_value(binding)
    if value is not None:
        return _assigned(value, binding, read, depth, top)
    loop, index = _loop_target(binding)
    if loop is not None:
        listed = _iterated_items(loop.iter, depth, index)
        if listed is not None:
            return listed
        parameter = _parameter_iterated(loop.iter)
        if parameter is not None:
            # ``for host in hosts``: the items of a parameter are the caller's.
            return dynamic(Origin(read.name, binding.lineno, parameter))
    # Imports, ``with`` and ``except`` targets: what astroid infers, if constant.
    if _is_constant(read):
        return CONSTANT
    return UNKNOWN if top else dynamic(Origin(read.name, binding.lineno))


def _assigned(
    value: nodes.NodeNG, binding: nodes.NodeNG, read: nodes.Name, depth: int, top: bool
) -> BuiltText:
    """The text a name holds from ``name = value``."""
    if top:
        return _top(value, depth + 1)
    if _is_opaque(value):
        # ``name = release_name()``: the part is reported by its name.
        return dynamic(Origin(read.name, binding.lineno))
    answer = _part(value, depth + 1)
    if answer.kind is TextKind.UNKNOWN:
        return dynamic(Origin(read.name, binding.lineno))
    return answer


def _parameter_iterated(iterable: nodes.NodeNG) -> nodes.AssignName | None:
    """The parameter a loop iterates over directly, if it does."""
    if not isinstance(iterable, nodes.Name):
        return None
    bindings = bindings_of(iterable)
    if len(bindings) == 1 and isinstance(bindings[0].parent, nodes.Arguments):
        binding = bindings[0]
        return binding if isinstance(binding, nodes.AssignName) else None
    return None


def _loop_target(
    binding: nodes.NodeNG,
) -> tuple[nodes.For | nodes.Comprehension | None, int | None]:
    """The loop that binds ``binding``, and its index when the target unpacks
    (``for name, version in EXTENSIONS``)."""
    statement = binding.parent
    if isinstance(statement, (nodes.For, nodes.Comprehension)) and statement.target is binding:
        return statement, None
    if isinstance(statement, nodes.Tuple):
        loop = statement.parent
        if isinstance(loop, (nodes.For, nodes.Comprehension)) and loop.target is statement:
            return loop, statement.elts.index(binding)
    return None, None


def _is_opaque(value: nodes.NodeNG) -> bool:
    """A value whose text nothing here explains (a call result, a subscript)."""
    if isinstance(value, (nodes.Name, nodes.Attribute, nodes.IfExp, nodes.Const)):
        return False
    if isinstance(value, nodes.Call) and (
        _marked_call(value) is not None or _preserves_text(value)
    ):
        return False
    return not (
        _is_built(value)
        or _is_repeated_constant(value)
        or _is_constant(value)
        or _constant_lookup(value)
    )


def _iterated_items(iterable: nodes.NodeNG, depth: int, index: int | None) -> BuiltText | None:
    """``for name in ("a", "b")``: the loop variable takes the items' values
    (item ``index`` of each, when the target unpacks); a constant dict gives
    its keys, and its ``keys()``, ``values()`` or ``items()`` what they say."""
    if isinstance(iterable, (nodes.List, nodes.Tuple, nodes.Set)) and iterable.elts:
        items = []
        for item in iterable.elts:
            if index is not None:
                if not isinstance(item, (nodes.Tuple, nodes.List)) or len(item.elts) <= index:
                    return None
                item = item.elts[index]
            items.append(_part(item, depth + 1))
        return combine_alternatives(items)
    pairs = _dict_pairs(iterable, depth)
    if pairs is not None:
        return _pairs_text(pairs, depth, index)
    if _is_collection_copy(iterable):  # ``frozenset({"users", "orders"})``
        return _iterated_items(iterable.args[0], depth + 1, index)
    if isinstance(iterable, nodes.Name) and depth < MAX_TRACE_DEPTH:
        values = [assigned_value(binding) for binding in bindings_of(iterable)]
        if values and all(value is not None for value in values):
            answers = [_iterated_items(value, depth + 1, index) for value in values]
            if all(answer is not None for answer in answers):
                return combine_alternatives(answer for answer in answers if answer is not None)
    return None


_COLLECTIONS = frozenset(
    f"builtins.{name}" for name in ("frozenset", "set", "tuple", "list", "sorted")
)


def _is_collection_copy(node: nodes.NodeNG) -> bool:
    """``frozenset(x)``, ``tuple(x)``, ``sorted(x)``: the same items as ``x``."""
    return (
        isinstance(node, nodes.Call)
        and isinstance(node.func, nodes.Name)
        and len(node.args) == 1
        and not node.keywords
        and f"builtins.{node.func.name}" in _COLLECTIONS
        and f"builtins.{node.func.name}" in qualified_names(node.func)
    )


def _dict_pairs(
    iterable: nodes.NodeNG, depth: int
) -> tuple[str, list[tuple[nodes.NodeNG, nodes.NodeNG]]] | None:
    """What a loop over a constant dict takes: ``("keys", pairs)`` for the
    dict itself, else the view called (``TABLES.values()``), with the dict's
    ``(key, value)`` pairs; None for anything else."""
    view, mapping = "keys", iterable
    if isinstance(iterable, nodes.Call) and isinstance(iterable.func, nodes.Attribute):
        if iterable.args or iterable.func.attrname not in ("keys", "values", "items"):
            return None
        view, mapping = iterable.func.attrname, iterable.func.expr
    displays = [mapping] if isinstance(mapping, nodes.Dict) else []
    if isinstance(mapping, nodes.Name) and depth < MAX_TRACE_DEPTH:
        displays = [assigned_value(binding) for binding in bindings_of(mapping)]
    if not displays or not all(isinstance(d, nodes.Dict) and d.items for d in displays):
        return None
    pairs = [pair for display in displays for pair in display.items]
    if any(isinstance(key, nodes.DictUnpack) for key, _ in pairs):
        return None
    return view, pairs


def _pairs_text(
    found: tuple[str, list[tuple[nodes.NodeNG, nodes.NodeNG]]], depth: int, index: int | None
) -> BuiltText | None:
    view, pairs = found
    if view != "items":
        if index is not None:
            return None
        return combine_alternatives(
            _part(key if view == "keys" else value, depth + 1) for key, value in pairs
        )
    if index not in (0, 1):
        return None  # ``for pair in d.items()``: a tuple, not text
    return combine_alternatives(_part(pair[index], depth + 1) for pair in pairs)


def _attribute(node: nodes.Attribute, depth: int, top: bool) -> BuiltText:
    if _is_constant(node):
        return CONSTANT
    owner = instance_class(node.expr)
    bindings = attribute_bindings(owner, node.attrname) if owner is not None else []
    values = [assigned_value(binding) for binding in bindings]
    if values and all(value is not None for value in values):
        # Instance state set from an opaque value (a setting read and checked
        # in __init__) is unknown, not dynamic: the check is out of sight.
        answers = [_top(value, depth + 1) for value in values if value is not None]
        # A parameter of __init__ stored on self is state, not a pass-through.
        return _without_parameters(combine_alternatives(answers), node)
    return UNKNOWN if top else dynamic(Origin(node.as_string(), node.lineno))


def _without_parameters(answer: BuiltText, read: nodes.NodeNG) -> BuiltText:
    """Parameters of another function, seen through ``self.x``, become plain
    dynamic parts (they are no wrapper's parameters here)."""
    if not answer.is_dynamic:
        return answer
    here = read.frame()
    origins = [
        origin if origin.function is None or origin.function is here
        else Origin(origin.label, origin.line)
        for origin in answer.origins
    ]
    return dynamic(*origins)


def _marked_call(node: nodes.Call) -> BuiltText | None:
    """Calls whose result is safe by construction, or None."""
    if _is_composable(node.func) or _is_composable(node):
        return SAFE
    names = set(qualified_names(node.func)) | set(import_paths(node.func))
    if isinstance(node.func, nodes.Name) and node.func.name in NUMERIC_FUNCTIONS:
        names.add(node.func.name)
    if names & QUOTING_FUNCTIONS or names & NUMERIC_FUNCTIONS:
        return SAFE
    if _quoting_name(node.func) or _returns_fixed_text(node.func):
        return SAFE
    return None


def _returns_fixed_text(func: nodes.NodeNG) -> bool:
    """A helper of the linted code, named without inference, that returns
    text made of constants and safe parts only, whatever it is passed
    (``def placeholders(n): return ",".join("?" * n)``)."""
    callee = local_definition(func) or definition_by_imports(func)
    return (
        isinstance(callee, nodes.FunctionDef)
        and is_linted_code(callee.root())
        and _fixed_returns(callee)
    )


@memoise_per_node(on_cycle=False)
def _fixed_returns(func: nodes.FunctionDef) -> bool:
    if func.decorators or func.is_generator() or isinstance(func, nodes.AsyncFunctionDef):
        return False
    returned = returned_values(func)
    return bool(returned) and all(
        value is not None and built_text(value).kind in (TextKind.CONSTANT, TextKind.SAFE)
        for value in returned
    )


def _quoting_name(func: nodes.NodeNG) -> bool:
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


def _is_composable(node: nodes.NodeNG) -> bool:
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
            isinstance(value, nodes.Call) and _is_composable(value) for value in values
        )
    return False


# Lookups whose inferred value is their default argument, not what they return.
_LOOKUP_METHODS = frozenset({"get", "pop", "setdefault", "getenv", "environ"})


def _constant_lookup(node: nodes.NodeNG) -> bool:
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


def _is_constant(node: nodes.NodeNG) -> bool:
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
    return known


def _short(node: nodes.NodeNG) -> str:
    text = node.as_string()
    return text if len(text) <= 40 else text[:37] + "..."


# -- combining ------------------------------------------------------------------


def combine_parts(parts: Iterable[BuiltText]) -> BuiltText:
    """The text made by joining ``parts``."""
    parts = list(parts)
    origins = [origin for part in parts if part.is_dynamic for origin in part.origins]
    if origins:
        return dynamic(*origins)
    if any(part.kind is TextKind.UNKNOWN for part in parts):
        return UNKNOWN
    if all(part.kind is TextKind.CONSTANT for part in parts):
        return CONSTANT
    return SAFE


def combine_alternatives(answers: Iterable[BuiltText]) -> BuiltText:
    """The text held by a name bound in several places: dynamic if any binding
    is; passed through only when every dynamic binding passes it through."""
    answers = list(answers)
    if not answers:
        return UNKNOWN
    dynamic_answers = [answer for answer in answers if answer.is_dynamic]
    if dynamic_answers:
        origins = [origin for answer in dynamic_answers for origin in answer.origins]
        passed = all(answer.passed_through for answer in dynamic_answers)
        return dynamic(*origins, passed_through=passed)
    if any(answer.kind is TextKind.UNKNOWN for answer in answers):
        return UNKNOWN
    if all(answer.kind is TextKind.CONSTANT for answer in answers):
        return CONSTANT
    return SAFE


def known_texts(node: nodes.NodeNG) -> tuple[str, ...]:
    """Every constant string astroid infers for ``node`` (empty when any is not)."""
    texts = []
    for value in known_values(node):
        if not (isinstance(value, nodes.Const) and isinstance(value.value, str)):
            return ()
        texts.append(value.value)
    return tuple(dict.fromkeys(texts))


__all__ = [
    "BuiltText",
    "Origin",
    "TextKind",
    "built_text",
    "combine_alternatives",
    "combine_parts",
    "known_texts",
    "part_text",
]
