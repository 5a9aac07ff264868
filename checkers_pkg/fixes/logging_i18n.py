"""Fixes of the logging and translation messages: formatting moved out of
the translation call, and namespaces replaced by the template's own keys."""

from __future__ import annotations

import keyword
import re
import string
from collections.abc import Sequence
from typing import TYPE_CHECKING

from astroid import nodes
from astroid.exceptions import AstroidError

from checkers_pkg.fixes.registry import Proposal, fixer, reported_node, same_position
from checkers_pkg.fixes.source import Source
from checkers_pkg.fixes.syntax import needs_parentheses, replace

if TYPE_CHECKING:
    from pylint.message import Message

_PERCENT_KEY = re.compile(r"%\((\w+)\)")
_PERCENT_ANY = re.compile(
    r"%(?:\(\w+\))?[-#0 +]*(?:\*|\d+)?(?:\.(?:\*|\d+))?[hlL]?[diouxXeEfFgGcrsa%]"
)
_FIELD_HEAD = re.compile(r"[A-Za-z_]\w*")
_SIMPLE_SPEC = re.compile(r"\d*(?:\.\d+)?[dfs]")
_CONVERSIONS = {-1: "s", ord("s"): "s", ord("r"): "r", ord("a"): "a"}


# -- string literals ------------------------------------------------------------


def string_literal(value: str, like: str) -> str:
    """``value`` as a string literal quoted like the literal ``like`` was."""
    body = like.lstrip("fFrRbBuU")
    quote = body[:1] if body[:1] in {"'", '"'} else '"'
    out = []
    for char in value:
        if char == "\\":
            out.append("\\\\")
        elif char == quote:
            out.append("\\" + quote)
        elif char == "\n":
            out.append("\\n")
        elif not char.isprintable():
            out.append(repr(char)[1:-1])
        else:
            out.append(char)
    return quote + "".join(out) + quote


def _is_string(node: nodes.NodeNG) -> bool:
    return isinstance(node, nodes.Const) and isinstance(node.value, str)


# -- translation-formatted-too-early ----------------------------------------------


def _fstring_template(
    source: Source, joined: nodes.JoinedStr
) -> tuple[str, dict[str, str]] | None:
    """``f"Hi {name}"`` as ``("Hi %(name)s", {"name": "name"})``: the literal,
    and each key's expression as written; None when a part has no plain name."""
    template, mapping = [], {}
    for part in joined.values:
        if _is_string(part):
            template.append(part.value.replace("%", "%%"))
            continue
        if not isinstance(part, nodes.FormattedValue):
            return None
        key = _key_of(source, part.value, mapping)
        if key is None:
            return None  # not a plain name, or two expressions would share a key
        conversion = _CONVERSIONS.get(part.conversion)
        spec = ""
        if part.format_spec is not None:
            parts = part.format_spec.values
            if len(parts) != 1 or not _is_string(parts[0]):
                return None
            if not _SIMPLE_SPEC.fullmatch(parts[0].value) or part.conversion != -1:
                return None
            spec, conversion = parts[0].value[:-1], parts[0].value[-1]
        if conversion is None:
            return None
        template.append(f"%({key}){spec}{conversion}")
    return "".join(template), mapping


def _key_of(source: Source, value: nodes.NodeNG, mapping: dict[str, str]) -> str | None:
    """The key a plain name or attribute gets in a named template."""
    if isinstance(value, nodes.Name):
        key = value.name
    elif isinstance(value, nodes.Attribute) and isinstance(
        value.expr, (nodes.Name, nodes.Attribute)
    ):
        key = value.attrname
    else:
        return None
    written = source.segment(value)
    if mapping.get(key, written) != written:
        return None
    mapping[key] = written
    return key


def _named_percent(
    source: Source, text: str, values: nodes.NodeNG
) -> tuple[str, str] | None:
    """``("%s has %d", (name, count))`` as ``("%(name)s has %(count)d",
    '"name": name, "count": count')``: two or more unnamed placeholders
    would leave translators unable to reorder them."""
    if not isinstance(values, nodes.Tuple):
        return None
    placeholders = [m for m in _PERCENT_ANY.finditer(text) if m.group() != "%%"]
    if len(placeholders) < 2 or len(placeholders) != len(values.elts):
        return None
    mapping: dict[str, str] = {}
    pieces, position = [], 0
    for placeholder, value in zip(placeholders, values.elts):
        spec = placeholder.group()
        key = _key_of(source, value, mapping)
        if key is None or spec.startswith("%(") or "*" in spec:
            return None
        pieces += [text[position : placeholder.start()], f"%({key}){spec[1:]}"]
        position = placeholder.end()
    pieces.append(text[position:])
    return "".join(pieces), ", ".join(f'"{key}": {written}' for key, written in mapping.items())


def _formatted_parts(
    source: Source, call: nodes.Call
) -> list[tuple[nodes.NodeNG, str, str]] | None:
    """For each argument formatted too early: (argument, template literal as
    it will be written, the formatting applied after translation)."""
    parts = []
    for argument in call.args:
        if isinstance(argument, nodes.BinOp) and argument.op == "%":
            if not _is_string(argument.left):
                return None
            named = _named_percent(source, argument.left.value, argument.right)
            if named is not None:
                template, display = named
                literal = string_literal(template, source.segment(argument.left))
                parts.append((argument, literal, f" % {{{display}}}"))
                continue
            after = f" % {source.segment(argument.right)}"
            parts.append((argument, source.segment(argument.left), after))
        elif isinstance(argument, nodes.JoinedStr) and any(
            isinstance(part, nodes.FormattedValue) for part in argument.values
        ):
            found = _fstring_template(source, argument)
            if found is None:
                return None
            template, mapping = found
            display = ", ".join(f'"{key}": {written}' for key, written in mapping.items())
            literal = string_literal(template, source.segment(argument))
            parts.append((argument, literal, f" % {{{display}}}"))
        elif (
            isinstance(argument, nodes.Call)
            and isinstance(argument.func, nodes.Attribute)
            and argument.func.attrname == "format"
        ):
            if not _is_string(argument.func.expr):
                return None
            arguments = source.text[source.end(argument.func) : source.end(argument)]
            parts.append((argument, source.segment(argument.func.expr), f".format{arguments}"))
        elif _is_string(argument) or isinstance(argument, nodes.BinOp):
            # ngettext("one %s" % x, "many", n): formatting "many" after
            # translation would fail; concatenation has no one template.
            return None
    return parts


@fixer(
    "translation-formatted-too-early",
    "safe",
    '``_("Hi %s" % name)`` becomes ``_("Hi %s") % name``, ``_("Hi {}".format(name))`` '
    '``_("Hi {}").format(name)``, ``_(f"Hi {name}")`` ``_("Hi %(name)s") % {"name": name}``; '
    "concatenation is left to you",
)
def translate_then_format(
    source: Source, message: Message, _others: Sequence[Message]
) -> Proposal | None:
    """Formatting moved out of the translation call."""
    call = reported_node(source, message, nodes.Call)
    if call is None:
        return None
    parts = _formatted_parts(source, call)
    if not parts or len({after for _, _, after in parts}) != 1:
        return None  # ngettext("%d a" % n, "%d b" % n, n) shares one formatting
    start = source.start(call)
    text = source.segment(call)
    for argument, template, _ in sorted(parts, key=lambda part: -source.start(part[0])):
        begin, end = source.start(argument) - start, source.end(argument) - start
        text = text[:begin] + template + text[end:]
    after = parts[0][2]
    text += after
    if not after.startswith(".") and needs_parentheses(call):
        text = f"({text})"
    return Proposal("translate the template, then format", (replace(source, call, text),), True)


# -- format-from-locals ------------------------------------------------------------


def _namespace_owner(node: nodes.NodeNG) -> str | None:
    """'' for ``locals()``/``vars()`` (keys are names), the object written for
    ``vars(obj)``/``obj.__dict__`` (keys are its attributes), else None."""
    if isinstance(node, nodes.Call) and isinstance(node.func, nodes.Name):
        if node.func.name == "locals" and not node.args and not node.keywords:
            return ""
        if node.func.name == "vars" and not node.keywords:
            if not node.args:
                return ""
            if len(node.args) == 1 and isinstance(node.args[0], (nodes.Name, nodes.Attribute)):
                return node.args[0].as_string()
        return None
    if isinstance(node, nodes.Attribute) and node.attrname == "__dict__":
        if isinstance(node.expr, (nodes.Name, nodes.Attribute)):
            return node.expr.as_string()
    return None


def _template_text(template: nodes.NodeNG) -> str | None:
    """The template's text: a literal, or a name astroid resolves to one."""
    if _is_string(template):
        return template.value
    if not isinstance(template, (nodes.Name, nodes.Attribute)):
        return None
    try:
        values = list(template.infer())
    except (AstroidError, RecursionError, StopIteration):
        return None
    texts = {value.value for value in values if _is_string(value)}
    return texts.pop() if len(texts) == 1 and len(values) == 1 else None


def _brace_fields(text: str, depth: int = 0) -> list[str] | None:
    """Every replacement field of a ``str.format`` template, those nested in
    a format spec (``{title:^{width}}``) included."""
    fields: list[str] = []
    try:
        for _, field, spec, _ in string.Formatter().parse(text):
            if field is None:
                continue
            fields.append(field)
            if spec and depth < 2:
                nested = _brace_fields(spec, depth + 1)
                if nested is None:
                    return None
                fields += nested
    except ValueError:
        return None
    return fields


def _keys(text: str, braces: bool) -> list[str] | None:
    """The template's keys in order, or None when it also has positional
    placeholders or a key that is not a plain name."""
    keys: list[str] = []
    if braces:
        fields = _brace_fields(text)
        if fields is None:
            return None
        for field in fields:
            head = _FIELD_HEAD.match(field)
            if head is None:
                return None
            keys.append(head.group())
    else:
        for placeholder in _PERCENT_ANY.finditer(text):
            if placeholder.group() == "%%":
                continue
            named = _PERCENT_KEY.match(placeholder.group())
            if named is None:
                return None
            keys.append(named.group(1))
    keys = list(dict.fromkeys(keys))
    if not keys or any(keyword.iskeyword(key) for key in keys):
        return None
    return keys


def _value(owner: str, key: str) -> str:
    """How a key's value is written: the name itself, or the attribute."""
    return f"{owner}.{key}" if owner else key


def _explicit_mapping(node: nodes.NodeNG) -> tuple[nodes.NodeNG, str] | None:
    """(the node to replace, its replacement) for one namespace use."""
    if isinstance(node, nodes.BinOp):
        template, mapping, braces = node.left, node.right, False
    elif isinstance(node, nodes.Call) and isinstance(node.func, nodes.Attribute) and (
        node.func.attrname in {"format", "format_map"}
    ):
        template, braces = node.func.expr, True
        if node.func.attrname == "format_map":
            if len(node.args) != 1:
                return None
            mapping = node.args[0]
        else:
            unpacked = [kw for kw in node.keywords or () if kw.arg is None]
            if len(unpacked) != 1 or node.args:
                return None
            owner = _namespace_owner(unpacked[0].value)
            text = _template_text(template)
            keys = _keys(text, True) if text is not None and owner is not None else None
            if keys is None:
                return None
            given = {kw.arg for kw in node.keywords or ()}
            written = ", ".join(f"{key}={_value(owner, key)}" for key in keys if key not in given)
            return (unpacked[0], written) if written else None
    elif isinstance(node, nodes.Call) and len(node.args) >= 2:
        template, mapping, braces = node.args[-2], node.args[-1], False
    else:
        return None
    owner = _namespace_owner(mapping)
    text = _template_text(template)
    keys = _keys(text, braces) if text is not None and owner is not None else None
    if keys is None:
        return None
    return mapping, "{" + ", ".join(f'"{key}": {_value(owner, key)}' for key in keys) + "}"


@fixer(
    "format-from-locals",
    "safe",
    "when the template is known and every key is bound, ``locals()`` becomes an explicit "
    'mapping of its keys (``{"user": user}``, or ``user=user`` in ``.format()``; '
    "``vars(obj)`` gives ``obj.user``)",
)
def explicit_keys(
    source: Source, message: Message, others: Sequence[Message]
) -> Proposal | None:
    """The template's keys, passed explicitly instead of a namespace."""
    if any(
        other.symbol == "format-key-not-in-scope" and same_position(other, message)
        for other in others
    ):
        return None  # a key is not bound: naming it would raise NameError
    node = reported_node(source, message, nodes.BinOp, nodes.Call)
    if node is None:
        return None
    found = _explicit_mapping(node)
    if found is None:
        return None
    target, text = found
    return Proposal("pass the template's keys explicitly", (replace(source, target, text),), True)
