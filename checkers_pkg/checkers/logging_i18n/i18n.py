"""Questions about log and translation strings.

Which calls are translation functions (by what they are, not their name),
which values were marked for extraction where they were defined, which
mappings are a scope's own namespace (``locals()``), which names a scope
binds, and what placeholders a template has.
"""

from __future__ import annotations

import re
import string
from dataclasses import dataclass

from astroid import nodes
from astroid.exceptions import AstroidError
from pylint.checkers.utils import (
    IncompleteFormatString,
    UnsupportedFormatCharacter,
    parse_format_string,
)

from checkers_pkg.checkers.logging_i18n.translations import TranslationTable, translation_call
from checkers_pkg.inference._cache import memoise_per_node
from checkers_pkg.inference.arguments import changed_before
from checkers_pkg.inference.definitions import origins
from checkers_pkg.inference.names import import_paths
from checkers_pkg.inference.strings import CONSTANT, UNKNOWN, StringKind, StringValue, string_value
from checkers_pkg.inference.values import positional_parameters, single_known_value


@dataclass(frozen=True)
class NamespaceMapping:
    """``locals()``, ``vars()``, ``vars(self)`` or ``self.__dict__``."""

    label: str
    is_scope: bool  # locals()/vars(): the enclosing scope's own names


def namespace_mapping(node: nodes.NodeNG) -> NamespaceMapping | None:
    """Whether ``node`` is a namespace dumped wholesale into a formatter."""
    if isinstance(node, nodes.Attribute) and node.attrname == "__dict__" and is_self(node.expr):
        return NamespaceMapping(f"{node.expr.as_string()}.__dict__", is_scope=False)
    if not isinstance(node, nodes.Call) or node.keywords:
        return None
    builtin = {"builtins.locals": "locals", "builtins.vars": "vars"}
    names = [builtin[name] for name in import_paths(node.func) if name in builtin]
    if not names:
        return None
    if not node.args:
        return NamespaceMapping(f"{names[0]}()", is_scope=True)
    if names[0] == "vars" and len(node.args) == 1 and is_self(node.args[0]):
        return NamespaceMapping(f"vars({node.args[0].as_string()})", is_scope=False)
    return None


def is_self(node: nodes.NodeNG) -> bool:
    """Whether ``node`` is the first parameter of the method it appears in."""
    if not isinstance(node, nodes.Name):
        return False
    frame = node.frame()
    if not isinstance(frame, nodes.FunctionDef) or not isinstance(frame.parent, nodes.ClassDef):
        return False
    positional = positional_parameters(frame)
    return bool(positional) and positional[0].name == node.name and frame.type == "method"


# What the import system puts in every module's namespace (``vars()`` at
# module level has them).
MODULE_NAMESPACE = frozenset(
    {"__name__", "__doc__", "__package__", "__loader__", "__spec__", "__file__",
     "__cached__", "__builtins__"}
)


@memoise_per_node(on_cycle=frozenset())
def names_in_scope(frame: nodes.NodeNG) -> frozenset[str]:
    """The names ``locals()`` may hold in ``frame``: what it binds (parameters,
    assignments, imports, loop/with/except targets, walrus, nested def and
    class names), its ``nonlocal`` names and the free variables its code
    reads, less its ``global`` ones. Comprehension variables and nested
    functions' own names are not included."""
    names = set(frame.locals)
    if isinstance(frame, nodes.Module):
        names.update(MODULE_NAMESPACE)
    for statement in frame.nodes_of_class(
        (nodes.Global, nodes.Nonlocal), skip_klass=(nodes.FunctionDef, nodes.ClassDef, nodes.Lambda)
    ):
        if isinstance(statement, nodes.Global):
            names.difference_update(statement.names)
        else:
            names.update(statement.names)
    if isinstance(frame, (nodes.FunctionDef, nodes.Lambda)):
        names.update(_free_variables(frame))
    return frozenset(names)


def names_in_scope_at(node: nodes.NodeNG) -> frozenset[str]:
    """``names_in_scope`` of ``node``'s frame as it stands at ``node``: a name
    bound only as an ``except ... as name`` target is there inside its
    handler only (Python deletes it when the handler ends)."""
    frame = node.frame()
    names = names_in_scope(frame)
    handled = _handler_only_names(frame)
    if not handled:
        return names
    enclosing: set[nodes.NodeNG] = set()
    parent = node.parent
    while parent is not None and parent is not frame:
        if isinstance(parent, nodes.ExceptHandler):
            enclosing.add(parent)
        parent = parent.parent
    gone = {name for name, handlers in handled.items() if not enclosing.intersection(handlers)}
    return names - gone


# Scopes whose names a nested function closes over (a module's or a class
# body's names are looked up, not closed over).
_CLOSURE_SCOPES = (
    nodes.FunctionDef, nodes.Lambda, nodes.ListComp, nodes.SetComp, nodes.DictComp,
    nodes.GeneratorExp,
)


def _free_variables(frame: nodes.FunctionDef | nodes.Lambda) -> set[str]:
    """Names the function's code reads (itself, or nested functions and
    classes it hands them to) that an enclosing function binds: CPython
    keeps them in the function's closure, and ``locals()`` shows them."""
    body = frame.body if isinstance(frame.body, list) else [frame.body]
    free: set[str] = set()
    for statement in body:
        for name in statement.nodes_of_class(nodes.Name):
            if name.name in frame.locals or name.name in free:
                continue
            try:
                scope, _ = name.lookup(name.name)
            except (AstroidError, RecursionError):
                continue
            if isinstance(scope, _CLOSURE_SCOPES) and scope.parent_of(frame):
                free.add(name.name)
    return free


@memoise_per_node(on_cycle={})
def _handler_only_names(frame: nodes.NodeNG) -> dict[str, tuple[nodes.ExceptHandler, ...]]:
    """The names ``frame`` binds only as ``except ... as name`` targets, with
    the handlers that bind them."""
    handled: dict[str, tuple[nodes.ExceptHandler, ...]] = {}
    for name, bindings in frame.locals.items():
        handlers = tuple(
            binding.parent for binding in bindings
            if isinstance(binding.parent, nodes.ExceptHandler) and binding.parent.name is binding
        )
        if handlers and len(handlers) == len(bindings):
            handled[name] = handlers
    return handled


def scope_label(frame: nodes.NodeNG) -> str:
    """How a message names a scope: ``function export``, ``the module``."""
    if isinstance(frame, nodes.Module):
        return "the module"
    kind = "class" if isinstance(frame, nodes.ClassDef) else "function"
    return f"{kind} {getattr(frame, 'name', '<lambda>')}"


def template_text(node: nodes.NodeNG, table: TranslationTable) -> StringValue:
    """The text a template expression holds, seeing through translation calls
    (``_("...")``, installed ``_`` included) and markers."""
    if isinstance(node, nodes.Call):
        translated = translation_call(node, table)
        if translated is not None and translated.formatted:
            return UNKNOWN  # Flask-Babel's ``ngettext(...)``: already formatted
        if translated is not None and translated.messages:
            return string_value(translated.messages[0], table.names)
    text = string_value(node, table.names)
    if text.kind is StringKind.UNKNOWN and isinstance(
        node, (nodes.Name, nodes.Attribute, nodes.Subscript)
    ):
        return _translated_definition(node, table) or text
    return text


def _translated_definition(node: nodes.NodeNG, table: TranslationTable) -> StringValue | None:
    """The text of a name defined as a translation call whose callee is only
    known as a translation function by its role (``DELETE_MSG =
    _LI("...")`` with oslo.i18n's ``_LI = _translators.log_info``): every
    definition must be such a call, all with the same constant text."""
    texts = set()
    for origin in origins(node):
        if not isinstance(origin.value, nodes.Call):
            return None
        translated = translation_call(origin.value, table)
        if translated is None or translated.formatted or not translated.messages:
            return None
        text = string_value(translated.messages[0], table.names)
        if not text.is_constant:
            return None
        texts.add(text.text)
    return CONSTANT(texts.pop()) if len(texts) == 1 else None


@dataclass(frozen=True)
class Placeholders:
    """What a template asks of its arguments."""

    keys: frozenset[str]
    positional: int


def percent_placeholders(text: str) -> Placeholders | None:
    """``%``-style placeholders; None when the template is malformed."""
    try:
        keys, positional, _, _ = parse_format_string(text)
    except (IncompleteFormatString, UnsupportedFormatCharacter):
        return None
    return Placeholders(frozenset(keys), positional)


# A conversion as people write them: no space flag, so the prose "50% done"
# (which % formatting would read as "% d") is not a placeholder.
_WRITTEN_PLACEHOLDER = re.compile(
    r"%(?:\((?P<key>[^)]*)\))?[-#0+]*(?:\d+|\*)?(?:\.(?:\d+|\*))?[diouxXeEfFgGcrsa]"
)


def written_percent_placeholders(text: str) -> Placeholders:
    """``%`` placeholders as written on purpose, ``%%`` escapes skipped."""
    keys: set[str] = set()
    positional = 0
    for match in _WRITTEN_PLACEHOLDER.finditer(text.replace("%%", "")):
        if match.group("key") is None:
            positional += 1
        else:
            keys.add(match.group("key"))
    return Placeholders(frozenset(keys), positional)


def brace_placeholders(text: str) -> Placeholders | None:
    """``str.format`` placeholders: field names and automatic ``{}`` fields,
    those nested in a format spec too (``{title:^{width}}``)."""
    keys: set[str] = set()
    automatic = 0
    pending = [text]
    try:
        while pending:
            for _, field, spec, _ in string.Formatter().parse(pending.pop()):
                if field is None:
                    continue
                if spec and "{" in spec:
                    pending.append(spec)
                name = field.split(".", 1)[0].split("[", 1)[0]
                if name == "":
                    automatic += 1
                elif not name.isdigit():
                    keys.add(name)
    except ValueError:
        return None
    return Placeholders(frozenset(keys), automatic)


def mapping_keys(node: nodes.NodeNG) -> frozenset[str] | None:
    """The string keys of the dict ``node`` holds, when all are known: not
    for a dict given keys after its display and before this read
    (``record["new"] = new``, ``record.update(...)``, ``setdefault``)."""
    if not isinstance(node, nodes.Dict) and changed_before(node):
        return None
    value = node if isinstance(node, nodes.Dict) else single_known_value(node)
    if not isinstance(value, nodes.Dict):
        return None
    keys = set()
    for key, _ in value.items:
        if not (isinstance(key, nodes.Const) and isinstance(key.value, str)):
            return None  # ``**spread`` or a computed key
        keys.add(key.value)
    return frozenset(keys)


__all__ = [
    "NamespaceMapping",
    "Placeholders",
    "TranslationTable",
    "brace_placeholders",
    "is_self",
    "mapping_keys",
    "names_in_scope",
    "names_in_scope_at",
    "namespace_mapping",
    "percent_placeholders",
    "written_percent_placeholders",
    "scope_label",
    "template_text",
    "translation_call",
]
