"""Questions about log and translation strings.

Which calls are translation functions (by what they are, not their name),
which values were marked for extraction where they were defined, which
mappings are a scope's own namespace (``locals()``), which names a scope
binds, and what placeholders a template has.
"""

from __future__ import annotations

import functools
import re
import string
from collections.abc import Iterable
from dataclasses import dataclass

from astroid import nodes
from astroid.exceptions import AstroidError
from pylint.checkers.utils import IncompleteFormatString, UnsupportedFormatCharacter
from pylint.checkers.utils import parse_format_string

from checkers_pkg.inference._cache import memoise_per_node
from checkers_pkg.inference.names import (
    alias_value,
    attribute_bindings,
    import_paths,
    instance_class,
    qualified_names,
    short_names_of,
)
from checkers_pkg.inference.strings import StringValue, string_value
from checkers_pkg.inference.values import assigned_value, bindings_of, single_known_value

# Where the message arguments sit, by the shape of the gettext function.
_SINGULAR = (0,)
_PLURAL = (0, 1)
_CONTEXT = (1,)
_CONTEXT_PLURAL = (1, 2)
_SHAPES = {
    "gettext": _SINGULAR, "ngettext": _PLURAL, "pgettext": _CONTEXT, "npgettext": _CONTEXT_PLURAL,
    "ugettext": _SINGULAR, "ungettext": _PLURAL,
    "gettext_lazy": _SINGULAR, "ngettext_lazy": _PLURAL, "pgettext_lazy": _CONTEXT,
    "npgettext_lazy": _CONTEXT_PLURAL, "ugettext_lazy": _SINGULAR, "ungettext_lazy": _PLURAL,
    "lazy_gettext": _SINGULAR, "lazy_ngettext": _PLURAL, "lazy_pgettext": _CONTEXT,
    "lazy_npgettext": _CONTEXT_PLURAL, "_": _SINGULAR,
    "dgettext": _CONTEXT, "dngettext": _CONTEXT_PLURAL,
}


def _functions(owner: str, *names: str) -> dict[str, tuple[int, ...]]:
    return {f"{owner}.{name}": _SHAPES[name] for name in names}


BUILTIN_TRANSLATION_FUNCTIONS: dict[str, tuple[int, ...]] = {
    **_functions("gettext", "gettext", "ngettext", "pgettext", "npgettext", "dgettext",
                 "dngettext"),
    **_functions("gettext.NullTranslations", "gettext", "ngettext", "pgettext", "npgettext"),
    **_functions("gettext.GNUTranslations", "gettext", "ngettext", "pgettext", "npgettext"),
    **_functions("django.utils.translation", "gettext", "ngettext", "pgettext", "npgettext",
                 "gettext_lazy", "ngettext_lazy", "pgettext_lazy", "npgettext_lazy",
                 "ugettext", "ungettext", "ugettext_lazy", "ungettext_lazy"),
    **_functions("flask_babel", "gettext", "ngettext", "pgettext", "npgettext", "_",
                 "lazy_gettext", "lazy_ngettext", "lazy_pgettext", "lazy_npgettext"),
    **_functions("babel.support.NullTranslations", "gettext", "ngettext", "pgettext",
                 "npgettext", "ugettext", "ungettext"),
    **_functions("babel.support.Translations", "gettext", "ngettext", "pgettext", "npgettext",
                 "ugettext", "ungettext"),
}
BUILTIN_MARKERS = frozenset(
    {"django.utils.translation.gettext_noop", "django.utils.translation.ugettext_noop"}
)
# ``gettext.install()`` puts ``_`` into builtins: a module that calls ``_``
# without binding it relies on that.
INSTALLED_GETTEXT = "_"


@dataclass(frozen=True)
class TranslationTable:
    """Translation functions (qualified name -> message argument positions)
    and no-op markers in force: the built-in ones plus configured names."""

    functions: tuple[tuple[str, tuple[int, ...]], ...]
    markers: frozenset[str]

    @classmethod
    def with_extra(
        cls, functions: Iterable[str] = (), markers: Iterable[str] = ()
    ) -> TranslationTable:
        """The built-in table plus configured functions (message first) and markers."""
        table = {**BUILTIN_TRANSLATION_FUNCTIONS, **{name: _SINGULAR for name in functions}}
        return cls(tuple(sorted(table.items())), BUILTIN_MARKERS | frozenset(markers))

    @functools.cached_property
    def lookup(self) -> dict[str, tuple[int, ...]]:
        """Qualified name -> message argument positions."""
        return dict(self.functions)

    @functools.cached_property
    def short_names(self) -> frozenset[str]:
        """The gate for attribute callees (``translations.gettext``)."""
        return short_names_of(self.lookup)

    @functools.cached_property
    def names(self) -> frozenset[str]:
        """Every function and marker name: identity wrappers for string_value."""
        return frozenset(self.lookup) | self.markers


@dataclass(frozen=True)
class TranslationCall:
    """A call of a translation function: how to name it, its message arguments."""

    function: str
    messages: tuple[nodes.NodeNG, ...]


@memoise_per_node(on_cycle=None)
def translation_call(call: nodes.Call, table: TranslationTable) -> TranslationCall | None:
    """The translation function ``call`` invokes, recognised by identity."""
    func = call.func
    if isinstance(func, nodes.Name) and func.name == INSTALLED_GETTEXT and _is_unbound(func):
        return _with_messages(call, "_", _SINGULAR)
    lookup = table.lookup
    for name in _callee_names(func, table.short_names):
        if name in lookup:
            return _with_messages(call, func.as_string(), lookup[name])
    return None


def _callee_names(func: nodes.NodeNG, short_names: frozenset[str]) -> tuple[str, ...]:
    """Names of a callee that might be a translation function, cheaply first:
    a plain name through imports, then (``_ = translations.gettext``) through
    inference; an attribute only when spelled like one."""
    if isinstance(func, nodes.Name):
        return import_paths(func) or (qualified_names(func) if _is_alias(func) else ())
    if isinstance(func, nodes.Attribute) and func.attrname in short_names:
        return qualified_names(func)
    return ()


def _is_alias(name: nodes.Name) -> bool:
    return any(
        isinstance(b, nodes.AssignName) and alias_value(b) is not None for b in bindings_of(name)
    )


def _is_unbound(name: nodes.Name) -> bool:
    try:
        _, bindings = name.lookup(name.name)
    except AstroidError:  # unsure: not "unbound"
        return False
    return not bindings


def _with_messages(call: nodes.Call, label: str, positions: tuple[int, ...]) -> TranslationCall:
    messages = tuple(call.args[index] for index in positions if index < len(call.args))
    return TranslationCall(label, messages)


def is_marked_message(node: nodes.NodeNG, markers: frozenset[str]) -> bool:
    """Whether every value ``node`` may hold was wrapped in a no-op marker
    (``N_("...")``, ``gettext_noop("...")``) where it was defined."""
    values = definition_values(node)
    return bool(values) and all(_is_marker_call(value, markers) for value in values)


def _is_marker_call(node: nodes.NodeNG | None, markers: frozenset[str]) -> bool:
    if isinstance(node, (nodes.Dict,)):
        return bool(node.items) and all(_is_marker_call(v, markers) for _, v in node.items)
    if isinstance(node, (nodes.List, nodes.Tuple, nodes.Set)):
        return bool(node.elts) and all(_is_marker_call(e, markers) for e in node.elts)
    return isinstance(node, nodes.Call) and bool(markers.intersection(qualified_names(node)))


def definition_values(node: nodes.NodeNG) -> list[nodes.NodeNG | None]:
    """The right-hand sides that give ``node`` its value, where it was defined:
    ``X = ...`` for a name, the class or instance attribute's assignments for
    an attribute, the container's definition for a subscript."""
    if isinstance(node, nodes.Subscript):
        return definition_values(node.value)
    if isinstance(node, nodes.Name):
        return [assigned_value(binding) for binding in bindings_of(node)]
    if isinstance(node, nodes.Attribute):
        owner = single_known_value(node.expr)
        cls = owner if isinstance(owner, nodes.ClassDef) else instance_class(node.expr)
        if cls is None:
            return []
        return [assigned_value(binding) for binding in attribute_bindings(cls, node.attrname)]
    return []


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
    positional = frame.args.posonlyargs + frame.args.args
    return bool(positional) and positional[0].name == node.name and frame.type == "method"


@memoise_per_node(on_cycle=frozenset())
def names_in_scope(frame: nodes.NodeNG) -> frozenset[str]:
    """The names ``locals()`` holds in ``frame``: what it binds (parameters,
    assignments, imports, loop/with/except targets, walrus, nested def and
    class names) plus its ``nonlocal`` names, less its ``global`` ones.
    Comprehension variables and nested functions' names are not included."""
    names = set(frame.locals)
    for statement in frame.nodes_of_class(
        (nodes.Global, nodes.Nonlocal), skip_klass=(nodes.FunctionDef, nodes.ClassDef, nodes.Lambda)
    ):
        if isinstance(statement, nodes.Global):
            names.difference_update(statement.names)
        else:
            names.update(statement.names)
    return frozenset(names)


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
        if translated is not None and translated.messages:
            return string_value(translated.messages[0], table.names)
    return string_value(node, table.names)


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
    """``str.format`` placeholders: field names and automatic ``{}`` fields."""
    keys: set[str] = set()
    automatic = 0
    try:
        for _, field, _, _ in string.Formatter().parse(text):
            if field is None:
                continue
            name = field.split(".", 1)[0].split("[", 1)[0]
            if name == "":
                automatic += 1
            elif not name.isdigit():
                keys.add(name)
    except ValueError:
        return None
    return Placeholders(frozenset(keys), automatic)


def mapping_keys(node: nodes.NodeNG) -> frozenset[str] | None:
    """The string keys of the dict ``node`` holds, when all are known."""
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
    "BUILTIN_MARKERS",
    "BUILTIN_TRANSLATION_FUNCTIONS",
    "NamespaceMapping",
    "Placeholders",
    "TranslationCall",
    "TranslationTable",
    "brace_placeholders",
    "definition_values",
    "is_marked_message",
    "is_self",
    "mapping_keys",
    "names_in_scope",
    "namespace_mapping",
    "percent_placeholders",
    "written_percent_placeholders",
    "scope_label",
    "template_text",
    "translation_call",
]
