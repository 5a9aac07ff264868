"""What text an expression holds, and whether it is knowable.

``CONSTANT(text)``: provably this text (literals, names bound to constants,
class attributes, formatting of constants). ``DYNAMIC``: built by formatting,
concatenation or joining with at least one part that is not provably constant.
``UNKNOWN``: anything else (a bare call result, an uninferable value).
"""

from __future__ import annotations

import enum
from collections.abc import Iterable
from dataclasses import dataclass

from astroid import nodes

from checkers_pkg.inference._cache import memoise_per_node
from checkers_pkg.inference.definitions import Origin, binding_origins, origins
from checkers_pkg.inference.enums import member_text
from checkers_pkg.inference.names import qualified_names
from checkers_pkg.inference.values import (
    assigned_value,
    bindings_of,
    constant_value,
    inferred_values,
    is_placeholder_constant,
)

MAX_NESTING = 48


class StringKind(enum.Enum):
    """How much is known about a string expression's text."""

    CONSTANT = "constant"
    DYNAMIC = "dynamic"
    UNKNOWN = "unknown"


@dataclass(frozen=True)
class StringValue:
    """The answer to "what text is this?": a kind, and the text when constant."""

    kind: StringKind
    text: str | None = None

    @property
    def is_constant(self) -> bool:
        """Provably this one text."""
        return self.kind is StringKind.CONSTANT

    @property
    def is_dynamic(self) -> bool:
        """Built with at least one part that is not provably constant."""
        return self.kind is StringKind.DYNAMIC


def CONSTANT(text: str) -> StringValue:  # pylint: disable=invalid-name
    """A provably constant string (named like the other two kinds)."""
    return StringValue(StringKind.CONSTANT, text)


DYNAMIC = StringValue(StringKind.DYNAMIC)
UNKNOWN = StringValue(StringKind.UNKNOWN)

_NOT_CONSTANT = object()


class _TooDeep(Exception):
    """Nesting beyond MAX_NESTING: the whole answer is UNKNOWN, not just a part
    (an unknown part beside a constant one would otherwise read as DYNAMIC)."""


def string_value(
    node: nodes.NodeNG, identity_wrappers: frozenset[str] = frozenset()
) -> StringValue:
    """The text ``node`` holds. ``identity_wrappers`` are qualified names of
    functions that return their first argument's text (``gettext.gettext``)."""
    try:
        return _string_value(node, identity_wrappers, 0)
    except (_TooDeep, RecursionError):
        return UNKNOWN


@memoise_per_node(on_cycle=UNKNOWN)
def _string_value(node: nodes.NodeNG, wrappers: frozenset[str], depth: int) -> StringValue:
    if depth > MAX_NESTING:
        raise _TooDeep
    depth += 1
    if isinstance(node, nodes.Const):
        return CONSTANT(node.value) if isinstance(node.value, str) else UNKNOWN
    if isinstance(node, nodes.JoinedStr):
        return _fstring_value(node, wrappers, depth)
    if isinstance(node, nodes.BinOp) and node.op == "+":
        return _concatenation(
            [_string_value(node.left, wrappers, depth), _string_value(node.right, wrappers, depth)]
        )
    if isinstance(node, nodes.BinOp) and node.op == "%":
        return _percent_format(node, wrappers, depth)
    if isinstance(node, nodes.IfExp):
        return _either(
            [_string_value(node.body, wrappers, depth), _string_value(node.orelse, wrappers, depth)]
        )
    if isinstance(node, nodes.Call):
        return _call_value(node, wrappers, depth)
    if isinstance(node, nodes.Name):
        return _name_value(node, wrappers, depth)
    if isinstance(node, nodes.Attribute):
        return _attribute_value(node, wrappers, depth)
    return _inferred_string(node)


def _inferred_string(node: nodes.NodeNG) -> StringValue:
    """CONSTANT when every inferred value is the same ``str`` constant.
    Uninferable beside a constant makes the text unknown:
    ``os.environ.get("TMPL", "%s")`` infers to [Uninferable, "%s"], and the
    default is one possible text, not the text."""
    texts = set()
    for value in inferred_values(node):
        member = member_text(value)  # a ``str`` enum member is its text
        if member is not None:
            texts.add(member)
            continue
        if not (isinstance(value, nodes.Const) and isinstance(value.value, str)):
            return UNKNOWN
        if is_placeholder_constant(value):
            return UNKNOWN
        texts.add(value.value)
    return CONSTANT(texts.pop()) if len(texts) == 1 else UNKNOWN


def _concatenation(parts: list[StringValue]) -> StringValue:
    if all(part.is_constant for part in parts):
        return CONSTANT("".join(part.text or "" for part in parts))
    if any(part.kind is not StringKind.UNKNOWN for part in parts):
        # Some part is text and some part is not provably constant.
        return DYNAMIC
    return UNKNOWN


def _either(branches: Iterable[StringValue]) -> StringValue:
    """Combine the values of alternative branches or assignments."""
    branches = list(branches)
    if any(branch.is_dynamic for branch in branches):
        return DYNAMIC
    texts = {branch.text for branch in branches}
    if branches and all(branch.is_constant for branch in branches) and len(texts) == 1:
        return branches[0]
    return UNKNOWN


def _fstring_value(node: nodes.JoinedStr, wrappers: frozenset[str], depth: int) -> StringValue:
    pieces: list[str] = []
    for part in node.values:
        if isinstance(part, nodes.Const):
            pieces.append(str(part.value))
            continue
        if not isinstance(part, nodes.FormattedValue) or part.format_spec is not None:
            return DYNAMIC
        value = _python_constant(part.value, wrappers, depth)
        if value is _NOT_CONSTANT:
            return DYNAMIC
        converter = {ord("r"): repr, ord("a"): ascii}.get(part.conversion, str)
        pieces.append(converter(value))
    return CONSTANT("".join(pieces))


def _percent_format(node: nodes.BinOp, wrappers: frozenset[str], depth: int) -> StringValue:
    template = _string_value(node.left, wrappers, depth)
    if template.kind is StringKind.UNKNOWN:
        return UNKNOWN
    arguments = _python_constant(node.right, wrappers, depth)
    if not template.is_constant or arguments is _NOT_CONSTANT:
        return DYNAMIC
    try:
        return CONSTANT(template.text % arguments)  # type: ignore[operator]
    except (TypeError, ValueError, KeyError, OverflowError):
        return UNKNOWN


def _call_value(node: nodes.Call, wrappers: frozenset[str], depth: int) -> StringValue:
    func = node.func
    if isinstance(func, nodes.Attribute) and func.attrname in {"format", "join"}:
        receiver = _string_value(func.expr, wrappers, depth)
        if receiver.kind is not StringKind.UNKNOWN:
            if func.attrname == "format":
                return _format_call(receiver, node, wrappers, depth)
            return _join_call(receiver, node, wrappers, depth)
    if wrappers and node.args and not node.keywords:
        if wrappers.intersection(qualified_names(func)):
            return _string_value(node.args[0], wrappers, depth)
    return _inferred_string(node)


def _format_call(
    template: StringValue, node: nodes.Call, wrappers: frozenset[str], depth: int
) -> StringValue:
    arguments = [_python_constant(arg, wrappers, depth) for arg in node.args]
    keywords = {
        keyword.arg: _python_constant(keyword.value, wrappers, depth) for keyword in node.keywords
    }
    if None in keywords or any(
        value is _NOT_CONSTANT for value in (*arguments, *keywords.values())
    ):
        return DYNAMIC
    if not template.is_constant:
        return DYNAMIC
    try:
        return CONSTANT(template.text.format(*arguments, **keywords))  # type: ignore[union-attr]
    except (IndexError, KeyError, ValueError, AttributeError, TypeError):
        return UNKNOWN


def _join_call(
    separator: StringValue, node: nodes.Call, wrappers: frozenset[str], depth: int
) -> StringValue:
    if len(node.args) != 1 or node.keywords:
        return UNKNOWN
    iterable = node.args[0]
    if not isinstance(iterable, (nodes.List, nodes.Tuple, nodes.Set)):
        iterable = _defined_sequence(iterable)
        if iterable is None:
            return DYNAMIC
    parts = [_string_value(element, wrappers, depth) for element in iterable.elts]
    if separator.is_constant and all(part.is_constant for part in parts):
        return CONSTANT((separator.text or "").join(part.text or "" for part in parts))
    return DYNAMIC


def _defined_sequence(node: nodes.NodeNG) -> nodes.List | nodes.Tuple | None:
    """The one list or tuple display a name or attribute was defined as
    (``PARTS = ("a %s", "b")`` in this or another module)."""
    found = origins(node)
    value = found[0].value if len(found) == 1 else None
    return value if isinstance(value, (nodes.List, nodes.Tuple)) else None


def _name_value(node: nodes.Name, wrappers: frozenset[str], depth: int) -> StringValue:
    """Trace the assignments that reach the name; parameters are dynamic."""
    bindings = bindings_of(node)
    if not bindings:
        return UNKNOWN
    values = []
    for binding in bindings:
        statement = binding.parent
        value = assigned_value(binding)
        if isinstance(statement, nodes.Arguments):
            values.append(DYNAMIC)
        elif value is not None:
            values.append(_string_value(value, wrappers, depth))
        elif isinstance(statement, nodes.AugAssign):
            increment = _string_value(statement.value, wrappers, depth)
            values.append(DYNAMIC if increment.is_dynamic else UNKNOWN)
        elif isinstance(binding, nodes.ImportFrom):
            values.append(_imported_value(binding, node, wrappers, depth))
        else:
            values.append(_inferred_string(node))
    return _either(values)


def _imported_value(
    binding: nodes.ImportFrom, node: nodes.Name, wrappers: frozenset[str], depth: int
) -> StringValue:
    """``from m import NAME``: the text of ``NAME``'s definition in ``m``."""
    return _defined_value(binding_origins(binding, node.name), node, wrappers, depth)


def _attribute_value(node: nodes.Attribute, wrappers: frozenset[str], depth: int) -> StringValue:
    """``msgs.BANNER``, ``self.TEMPLATE``: the text of the definitions."""
    return _defined_value(origins(node), node, wrappers, depth)


def _defined_value(
    found: Iterable[Origin], node: nodes.NodeNG, wrappers: frozenset[str], depth: int
) -> StringValue:
    """The text of a value's definitions when it is provably constant
    (``" ".join([...])``, which astroid's inference does not evaluate), else
    what inference says."""
    found = tuple(found)
    # An origin that is the expression itself (``Policy.COMPAT.value``: an
    # enum member's value is no assignment) is for inference to answer.
    if found and all(origin.is_known and origin.value is not node for origin in found):
        texts = _either(_string_value(origin.value, wrappers, depth) for origin in found)
        if texts.is_constant:
            return texts
    return _inferred_string(node)


def _python_constant(node: nodes.NodeNG, wrappers: frozenset[str], depth: int) -> object:
    """The Python value of a constant expression, or ``_NOT_CONSTANT``."""
    text = _string_value(node, wrappers, depth)
    if text.is_constant:
        return text.text
    if text.is_dynamic:
        return _NOT_CONSTANT
    if isinstance(node, (nodes.Tuple, nodes.List)):
        elements = [_python_constant(element, wrappers, depth) for element in node.elts]
        if any(element is _NOT_CONSTANT for element in elements):
            return _NOT_CONSTANT
        return tuple(elements) if isinstance(node, nodes.Tuple) else elements
    if isinstance(node, nodes.Dict):
        mapping = {}
        for key, value in node.items:
            key_value = _python_constant(key, wrappers, depth)
            item_value = _python_constant(value, wrappers, depth)
            if _NOT_CONSTANT in (key_value, item_value) or not _hashable(key_value):
                return _NOT_CONSTANT
            mapping[key_value] = item_value
        return mapping
    known, value = constant_value(node)
    return value if known else _NOT_CONSTANT


def _hashable(value: object) -> bool:
    try:
        hash(value)
    except TypeError:
        return False
    return True
