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

from astroid import nodes

from checkers_pkg.checkers.security.built_text import (
    CONSTANT,
    MAX_TRACE_DEPTH,
    SAFE,
    UNKNOWN,
    BuiltText,
    Origin,
    TextKind,
    combine_alternatives,
    combine_parts,
    dynamic,
)
from checkers_pkg.checkers.security.conversions import converted_argument
from checkers_pkg.checkers.security.guards import is_validated
from checkers_pkg.checkers.security.loops import (
    constant_items,
    dict_pairs,
    is_collection_copy,
    loop_target,
    parameter_iterated,
)
from checkers_pkg.checkers.security.safe_parts import (
    NUMERIC_CONVERSIONS,
    NUMERIC_FUNCTIONS,
    QUOTING_FUNCTIONS,
    constant_lookup,
    declared_number,
    is_built,
    is_composable,
    is_constant,
    is_repeated_constant,
    is_text_conversion,
    numeric_spec,
    percent_conversions,
    preserves_text,
    quoting_function,
    quoting_name,
)
from checkers_pkg.checkers.security.sources import handler_parameter_label, outside_source
from checkers_pkg.inference._cache import memoise_per_node
from checkers_pkg.inference.imports import definition_by_imports, local_definition
from checkers_pkg.inference.instances import attribute_bindings, instance_class
from checkers_pkg.inference.labels import is_linted_code
from checkers_pkg.inference.names import import_paths, qualified_names
from checkers_pkg.inference.values import assigned_value, bindings_of, returned_values


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
        converted = converted_argument(node)  # ``to_bytes(args)``: the same text
        if converted is not None:
            return _trace(converted, depth + 1, top)
        if preserves_text(node):
            return CONSTANT
    if is_repeated_constant(node):
        return CONSTANT  # ``"?," * len(ids)``: the constant, repeated
    if is_text_conversion(node):
        return _trace(node.args[0], depth + 1, top)  # ``str(path)``: the same value
    if is_built(node):
        if _is_join(node) and is_constant(node):
            return CONSTANT  # ``", ".join(FIELDS)``: the value layer knows the items
        return _built(node, depth + 1)
    if isinstance(node, nodes.Name):
        return _name(node, top)
    source = outside_source(node)
    if source is not None:
        return dynamic(Origin(source, node.lineno, source=source))
    if isinstance(node, nodes.Attribute):
        return _attribute(node, depth + 1, top)
    if isinstance(node, nodes.IfExp):
        return combine_alternatives(
            [_trace(node.body, depth + 1, top), _trace(node.orelse, depth + 1, top)]
        )
    if isinstance(node, nodes.BoolOp):  # ``os.getenv("HOOK") or DEFAULT_HOOK``
        return combine_alternatives(_trace(value, depth + 1, top) for value in node.values)
    if is_constant(node) or constant_lookup(node):
        return CONSTANT
    if top:
        return UNKNOWN
    if isinstance(node, (nodes.List, nodes.Tuple, nodes.Set)):
        # Items handed to a wrapper that loops over them.
        return combine_parts([_part(item, depth + 1) for item in node.elts] or [CONSTANT])
    return dynamic(Origin(_short(node), node.lineno))


def _is_join(node: nodes.NodeNG) -> bool:
    return (
        isinstance(node, nodes.Call)
        and isinstance(node.func, nodes.Attribute)
        and node.func.attrname == "join"
    )


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
            if numeric_spec(value.format_spec):
                parts.append(SAFE)
            else:
                parts.append(_part(value.value, depth))
        elif not isinstance(value, nodes.Const):
            parts.append(_part(value, depth))
    return parts or [CONSTANT]


def _percent(node: nodes.BinOp, depth: int) -> BuiltText:
    template = _part(node.left, depth)
    right = node.right
    arguments = list(right.elts) if isinstance(right, nodes.Tuple) else [right]
    conversions = percent_conversions(node.left)
    parts = [template]
    for index, argument in enumerate(arguments):
        numeric = conversions is not None and index < len(conversions) and (
            conversions[index] in NUMERIC_CONVERSIONS
        )
        parts.append(SAFE if numeric else _part(argument, depth))
    if isinstance(right, nodes.Dict):
        parts[1:] = [_part(value, depth) for _, value in right.items]
    return combine_parts(parts)


def _join(node: nodes.Call, depth: int) -> BuiltText:
    separator = _part(node.func.expr, depth)  # type: ignore[attr-defined]
    if len(node.args) != 1 or node.keywords:
        return UNKNOWN
    items = node.args[0]
    if isinstance(items, (nodes.List, nodes.Tuple, nodes.Set)):
        return combine_parts([separator, *(_item(item, depth) for item in items.elts)])
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


def _item(item: nodes.NodeNG, depth: int) -> BuiltText:
    """An item of a joined display; ``*map(shlex.quote, extra)`` and
    ``*[shlex.quote(a) for a in extra]`` splice quoted items."""
    if not isinstance(item, nodes.Starred):
        return _part(item, depth)
    spliced = item.value
    if isinstance(spliced, (nodes.ListComp, nodes.GeneratorExp)):
        return _part(spliced.elt, depth)
    if (
        isinstance(spliced, nodes.Call)
        and isinstance(spliced.func, nodes.Name)
        and spliced.func.name == "map"
        and len(spliced.args) == 2
        and quoting_function(spliced.args[0])
    ):
        return SAFE
    return _part(spliced, depth)


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
    if is_validated(node):
        return CONSTANT  # checked against a constant collection on every path
    answers = [_binding(binding, node, 0, top) for binding in bindings]
    return combine_alternatives(answers)


def _binding(binding: nodes.NodeNG, read: nodes.Name, depth: int, top: bool) -> BuiltText:
    statement = binding.parent
    if isinstance(statement, nodes.Arguments) and isinstance(binding, nodes.AssignName):
        if declared_number(binding):
            return SAFE  # ``amount: int``: a number cannot carry shell or SQL syntax
        source = handler_parameter_label(binding)
        origin = Origin(binding.name, binding.lineno, binding, source)
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
    loop, index = loop_target(binding)
    if loop is not None:
        listed = _iterated_items(loop.iter, depth, index)
        if listed is not None:
            return listed
        parameter = parameter_iterated(loop.iter)
        if parameter is not None:
            # ``for host in hosts``: the items of a parameter are the caller's.
            return dynamic(Origin(read.name, binding.lineno, parameter))
    # Imports, ``with`` and ``except`` targets: what astroid infers, if constant.
    if is_constant(read):
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
        return dynamic(Origin(read.name, binding.lineno, source=outside_source(value)))
    answer = _part(value, depth + 1)
    if answer.kind is TextKind.UNKNOWN:
        return dynamic(Origin(read.name, binding.lineno))
    return answer


def _is_opaque(value: nodes.NodeNG) -> bool:
    """A value whose text nothing here explains (a call result, a subscript)."""
    if isinstance(value, (nodes.Name, nodes.Attribute, nodes.IfExp, nodes.Const)):
        return False
    if isinstance(value, nodes.Call) and (
        _marked_call(value) is not None or preserves_text(value)
    ):
        return False
    return not (
        is_built(value)
        or is_repeated_constant(value)
        or is_constant(value)
        or constant_lookup(value)
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
    pairs = dict_pairs(iterable, depth)
    if pairs is not None:
        return _pairs_text(pairs, depth, index)
    if is_collection_copy(iterable):  # ``frozenset({"users", "orders"})``
        return _iterated_items(iterable.args[0], depth + 1, index)
    if isinstance(iterable, nodes.Attribute):  # ``for s in self.cfg.SERVICES``
        return CONSTANT if constant_items(iterable) else None
    if isinstance(iterable, nodes.Name) and depth < MAX_TRACE_DEPTH:
        values = [assigned_value(binding) for binding in bindings_of(iterable)]
        if values and all(value is not None for value in values):
            answers = [_iterated_items(value, depth + 1, index) for value in values]
            if all(answer is not None for answer in answers):
                return combine_alternatives(answer for answer in answers if answer is not None)
    return None


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
    if is_constant(node):
        return CONSTANT
    owner = instance_class(node.expr)
    bindings = attribute_bindings(owner, node.attrname) if owner is not None else []
    values = [assigned_value(binding) for binding in bindings]
    if values and all(value is not None for value in values):
        # Instance state set from an opaque value (a setting read and checked
        # in __init__) is unknown, not dynamic: the check is out of sight.
        answers = [_top(value, depth + 1) for value in values if value is not None]
        # A parameter of __init__ stored on self is state, not a pass-through.
        answer = _without_parameters(combine_alternatives(answers), node)
        if top and answer.is_dynamic and not answer.from_outside:
            return UNKNOWN  # state built elsewhere: not built where it is read
        return answer
    return UNKNOWN if top else dynamic(Origin(node.as_string(), node.lineno))


def _without_parameters(answer: BuiltText, read: nodes.NodeNG) -> BuiltText:
    """Parameters of another function, seen through ``self.x``, become plain
    dynamic parts (they are no wrapper's parameters here)."""
    if not answer.is_dynamic:
        return answer
    here = read.frame()
    origins = [
        origin if origin.function is None or origin.function is here
        else Origin(origin.label, origin.line, source=origin.source)
        for origin in answer.origins
    ]
    return dynamic(*origins)


def _marked_call(node: nodes.Call) -> BuiltText | None:
    """Calls whose result is safe by construction, or None."""
    if is_composable(node.func) or is_composable(node):
        return SAFE
    names = set(qualified_names(node.func)) | set(import_paths(node.func))
    if isinstance(node.func, nodes.Name) and node.func.name in NUMERIC_FUNCTIONS:
        names.add(node.func.name)
    if names & QUOTING_FUNCTIONS or names & NUMERIC_FUNCTIONS:
        return SAFE
    if quoting_name(node.func) or _returns_fixed_text(node.func):
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


def _short(node: nodes.NodeNG) -> str:
    text = node.as_string()
    return text if len(text) <= 40 else text[:37] + "..."


__all__ = [
    "BuiltText",
    "Origin",
    "TextKind",
    "built_text",
    "combine_alternatives",
    "combine_parts",
    "part_text",
]
