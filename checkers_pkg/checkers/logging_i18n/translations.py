"""Which callees are translation functions and which are no-op markers,
recognised by what they are rather than by their name.

A project binds its translation functions once, in its own ``i18n.py``, and
imports them everywhere: ``_ = gettext.translation(...).gettext``, the two
steps ``_t = gettext.translation(...)`` then ``_ = _t.gettext``,
``functools.partial(gettext.dgettext, domain)``, oslo.i18n's
``TranslatorFactory(domain=...).primary``, Django's or Flask-Babel's
functions re-exported, a one-line wrapper ``def _(m): return _t.gettext(m)``.
Each is followed to where it was defined (``inference.definitions``), so the
same function is recognised in every module that imports it, whether or not
the library is installed where pylint runs.

A marker is a function that returns its only argument unchanged: the
catalogue's ``gettext_noop``, a project's ``def N_(message): return message``
(the deferred-translation idiom of the gettext docs included), and names
given by the ``translation-markers`` option.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from dataclasses import dataclass, replace

from astroid import nodes
from astroid.exceptions import AstroidError

from checkers_pkg.inference._cache import memoise_per_node
from checkers_pkg.inference.definitions import Origin, origins
from checkers_pkg.inference.instances import resolved_callee
from checkers_pkg.inference.names import import_paths, qualified_names, short_names_of
from checkers_pkg.inference.values import bindings_of, positional_parameters, single_known_value

# Where the message arguments sit, by the shape of the gettext function.
_SINGULAR = (0,)


_PLURAL = (0, 1)


_CONTEXT = (1,)


_CONTEXT_PLURAL = (1, 2)


_SHAPES = {
    "gettext": _SINGULAR, "ngettext": _PLURAL, "pgettext": _CONTEXT, "npgettext": _CONTEXT_PLURAL,
    "ugettext": _SINGULAR, "ungettext": _PLURAL, "lgettext": _SINGULAR, "lngettext": _PLURAL,
    "gettext_lazy": _SINGULAR, "ngettext_lazy": _PLURAL, "pgettext_lazy": _CONTEXT,
    "npgettext_lazy": _CONTEXT_PLURAL, "ugettext_lazy": _SINGULAR, "ungettext_lazy": _PLURAL,
    "lazy_gettext": _SINGULAR, "lazy_ngettext": _PLURAL, "lazy_pgettext": _CONTEXT,
    "lazy_npgettext": _CONTEXT_PLURAL, "_": _SINGULAR,
    "dgettext": _CONTEXT, "dngettext": _CONTEXT_PLURAL, "dpgettext": (2,),
    "dnpgettext": (2, 3),
}


def _functions(owner: str, *names: str) -> dict[str, tuple[int, ...]]:
    return {f"{owner}.{name}": _SHAPES[name] for name in names}


# Methods of a gettext translations object (``gettext.translation()``,
# ``NullTranslations``, babel's ``Translations``).
TRANSLATIONS_METHODS = {
    name: _SHAPES[name]
    for name in ("gettext", "ngettext", "pgettext", "npgettext", "ugettext", "ungettext",
                 "lgettext", "lngettext", "dgettext", "dngettext", "dpgettext", "dnpgettext")
}


# What builds a translations object.
TRANSLATIONS_FACTORIES = frozenset({
    "gettext.translation", "gettext.NullTranslations", "gettext.GNUTranslations",
    "babel.support.Translations", "babel.support.NullTranslations",
    "babel.support.Translations.load", "flask_babel.get_translations",
})


# oslo.i18n: ``TranslatorFactory(domain=...)`` and its translator properties.
OSLO_FACTORY_METHODS = {
    "primary": _SINGULAR, "contextual_form": _CONTEXT, "plural_form": _PLURAL,
    "log_info": _SINGULAR, "log_warning": _SINGULAR, "log_error": _SINGULAR,
    "log_critical": _SINGULAR,
}


OSLO_FACTORIES = frozenset({"oslo_i18n.TranslatorFactory", "oslo_i18n._factory.TranslatorFactory"})


# Classes whose methods, called through the class, take the instance first.
TRANSLATION_CLASSES = frozenset({
    "gettext.NullTranslations", "gettext.GNUTranslations", "babel.support.Translations",
    "babel.support.NullTranslations",
})


BUILTIN_TRANSLATION_FUNCTIONS: dict[str, tuple[int, ...]] = {
    **_functions("gettext", "gettext", "ngettext", "pgettext", "npgettext", "dgettext",
                 "dngettext", "lgettext", "lngettext"),
    **_functions("gettext.NullTranslations", "gettext", "ngettext", "pgettext", "npgettext"),
    **_functions("gettext.GNUTranslations", "gettext", "ngettext", "pgettext", "npgettext"),
    **_functions("django.utils.translation", "gettext", "ngettext", "pgettext", "npgettext",
                 "gettext_lazy", "ngettext_lazy", "pgettext_lazy", "npgettext_lazy",
                 "ugettext", "ungettext", "ugettext_lazy", "ungettext_lazy"),
    **_functions("flask_babel", "gettext", "ngettext", "pgettext", "npgettext", "_",
                 "lazy_gettext", "lazy_ngettext", "lazy_pgettext", "lazy_npgettext"),
    **_functions("babel.support.NullTranslations", "gettext", "ngettext", "pgettext",
                 "npgettext", "ugettext", "ungettext", "dgettext", "dngettext"),
    **_functions("babel.support.Translations", "gettext", "ngettext", "pgettext", "npgettext",
                 "ugettext", "ungettext", "dgettext", "dngettext"),
}


# Flask-Babel's functions format the translated text themselves
# (``s % variables``): the plural ones always (``num`` is put in by default),
# the others when given keyword variables. Their result is a finished
# message, not a template for a log call.
FORMATS_ALWAYS = "always"


FORMATS_WITH_KEYWORDS = "keywords"


_SELF_FORMATTING = {
    **{f"flask_babel.{name}": FORMATS_ALWAYS
       for name in ("ngettext", "npgettext", "lazy_ngettext", "lazy_npgettext")},
    **{f"flask_babel.{name}": FORMATS_WITH_KEYWORDS
       for name in ("gettext", "pgettext", "_", "lazy_gettext", "lazy_pgettext")},
}


BUILTIN_MARKERS = frozenset(
    {"django.utils.translation.gettext_noop", "django.utils.translation.ugettext_noop"}
)


# Marker names trusted when the marker's definition cannot be read (a library
# that is not installed); a definition that can be read must be an identity.
MARKER_NAMES = frozenset({"N_", "gettext_noop", "ugettext_noop"})


# ``gettext.install()`` puts ``_`` into builtins: a module that calls ``_``
# without binding it relies on that.
INSTALLED_GETTEXT = "_"


_PARTIAL = frozenset({"functools.partial"})


# Wrappers of wrappers, partials of aliases: real chains are short.
MAX_ROLE_DEPTH = 6  # counted on the same budget as definitions'


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
        """Attribute callees worth resolving (``translations.gettext``)."""
        return (
            short_names_of(self.lookup) | short_names_of(self.markers)
            | frozenset(TRANSLATIONS_METHODS) | frozenset(OSLO_FACTORY_METHODS)
        )

    @functools.cached_property
    def names(self) -> frozenset[str]:
        """Every function and marker name: identity wrappers for string_value
        (not those that always format their result)."""
        always = {name for name, how in _SELF_FORMATTING.items() if how == FORMATS_ALWAYS}
        return (frozenset(self.lookup) - always) | self.markers


@dataclass(frozen=True)
class Role:
    """What a callee is: a translation function (with the positions of its
    message arguments) or a no-op marker."""

    is_marker: bool
    positions: tuple[int, ...] = ()
    formats: str = ""  # FORMATS_ALWAYS, FORMATS_WITH_KEYWORDS or ""


MARKER = Role(is_marker=True)


@dataclass(frozen=True)
class TranslationCall:
    """A call of a translation function: how to name it, its message arguments."""

    function: str
    messages: tuple[nodes.NodeNG, ...]
    formatted: bool = False  # the function formats its result itself


@memoise_per_node(on_cycle=None)
def translation_call(call: nodes.Call, table: TranslationTable) -> TranslationCall | None:
    """The translation function ``call`` invokes, recognised by identity."""
    role = callee_role(call.func, table)
    if role is None or role.is_marker:
        return None
    if any(isinstance(arg, nodes.Starred) for arg in call.args):
        return None
    messages = tuple(call.args[index] for index in role.positions if index < len(call.args))
    formatted = role.formats == FORMATS_ALWAYS or (
        role.formats == FORMATS_WITH_KEYWORDS and bool(call.keywords)
    )
    return TranslationCall(call.func.as_string(), messages, formatted)


def is_marker_call(node: nodes.NodeNG, table: TranslationTable) -> bool:
    """Whether ``node`` is a call of a no-op marker with its message."""
    if not isinstance(node, nodes.Call) or len(node.args) != 1:
        return False
    return callee_role(node.func, table) == MARKER


def callee_role(func: nodes.NodeNG, table: TranslationTable) -> Role | None:
    """What the callee expression ``func`` is, if a translation function or marker."""
    return _callee_role(func, table, 0)


@memoise_per_node(on_cycle=None)
def _callee_role(func: nodes.NodeNG, table: TranslationTable, depth: int) -> Role | None:
    if depth > MAX_ROLE_DEPTH:
        return None
    depth += 1
    if isinstance(func, nodes.Name):
        if func.name == INSTALLED_GETTEXT and _is_unbound(func):
            return Role(False, _SINGULAR)
        named = _role_by_names(import_paths(func), table)
        if named is not None:
            return named
        return _agreed_role(origins(func, depth), table, depth)
    if isinstance(func, nodes.Attribute) and _worth_resolving(func, table):
        return _attribute_role(func, table, depth)
    return None


def _is_unbound(name: nodes.Name) -> bool:
    try:
        _, bindings = name.lookup(name.name)
    except AstroidError:  # unsure: not "unbound"
        return False
    return not bindings


def _worth_resolving(func: nodes.Attribute, table: TranslationTable) -> bool:
    """The gate for attribute callees: spelled like a translation method or a
    marker (``i18n.N_``), or a private name read from a module (``i18n._``,
    ``i18n._LE``)."""
    if func.attrname in table.short_names or func.attrname in MARKER_NAMES:
        return True
    if not (func.attrname.startswith("_") and isinstance(func.expr, nodes.Name)):
        return False
    bindings = bindings_of(func.expr)
    return bool(bindings) and all(
        isinstance(binding, (nodes.Import, nodes.ImportFrom)) for binding in bindings
    )


def _attribute_role(func: nodes.Attribute, table: TranslationTable, depth: int) -> Role | None:
    names = import_paths(func)
    named = _role_by_names(names, table)
    if named is not None:
        return _through_class(func, named)
    method = method_role(func, depth)
    if method is not None:
        return method
    defined = tuple(origin for origin in origins(func, depth) if origin.value is not func)
    if defined:
        found = _agreed_role(defined, table, depth)
    else:
        found = _boundmethod_role(func, table, depth)
    if found is not None:
        return found
    if func.attrname in table.short_names:
        named = _role_by_names(qualified_names(func), table)
        if named is not None:
            return _through_class(func, named)
    return None


def _boundmethod_role(
    func: nodes.Attribute, table: TranslationTable, depth: int
) -> Role | None:
    """``localizer._("...")``: a method of the project, a one-line wrapper;
    also on a receiver known only by its annotation (``tr: Translator``)."""
    method = resolved_callee(func)
    if isinstance(method, nodes.FunctionDef) and method.type == "method":
        return _function_role(method, table, depth)
    return None


def _through_class(func: nodes.Attribute, role: Role) -> Role:
    """``gettext.NullTranslations.gettext(self, message)``: called through the
    class, the method takes the instance first and the message second."""
    if role.is_marker:
        return role
    owner = single_known_value(func.expr)
    through_class = isinstance(owner, nodes.ClassDef) or (
        owner is None and bool(TRANSLATION_CLASSES.intersection(import_paths(func.expr)))
    )
    if not through_class:
        return role
    return replace(role, positions=tuple(position + 1 for position in role.positions))


def method_role(func: nodes.Attribute, depth: int = 0) -> Role | None:
    """``translations.gettext`` where ``translations`` was built by
    ``gettext.translation(...)``; ``factory.primary`` where ``factory`` is an
    oslo.i18n ``TranslatorFactory``. Every definition of the receiver must agree."""
    name = func.attrname
    if name not in TRANSLATIONS_METHODS and name not in OSLO_FACTORY_METHODS:
        return None
    families = {_built_by(origin) for origin in origins(func.expr, depth)}
    if families == {"gettext"} and name in TRANSLATIONS_METHODS:
        return Role(False, TRANSLATIONS_METHODS[name])
    if families == {"oslo"} and name in OSLO_FACTORY_METHODS:
        return Role(False, OSLO_FACTORY_METHODS[name])
    return None


def _built_by(origin: Origin) -> str | None:
    value = origin.value
    if not isinstance(value, nodes.Call):
        return None
    names = set(import_paths(value.func))
    if names & TRANSLATIONS_FACTORIES:
        return "gettext"
    if names & OSLO_FACTORIES:
        return "oslo"
    return None


def _role_by_names(names: Iterable[str], table: TranslationTable) -> Role | None:
    for name in names:
        if name in table.lookup:
            return Role(False, table.lookup[name], _SELF_FORMATTING.get(name, ""))
        if name in table.markers:
            return MARKER
    return None


def _agreed_role(found: tuple[Origin, ...], table: TranslationTable, depth: int) -> Role | None:
    """The role every definition of a callee has; None when one has none or
    they disagree (``_ = gettext if ready else print``)."""
    roles = {_origin_role(origin, table, depth) for origin in found}
    if len(roles) == 2 and MARKER in roles:
        # ``except ImportError: _ = lambda s: s``: a no-op fallback for when
        # the translation library is missing; the message is still one.
        roles.discard(MARKER)
    if len(roles) != 1:
        return None
    return roles.pop()


def _origin_role(origin: Origin, table: TranslationTable, depth: int) -> Role | None:
    named = _role_by_names(origin.paths, table)
    if named is not None:
        return named
    value = origin.value
    if value is None:
        last = origin.paths[-1].rsplit(".", 1)[-1] if origin.paths else ""
        return MARKER if last in MARKER_NAMES else None
    if isinstance(value, (nodes.FunctionDef, nodes.Lambda)):
        return _function_role(value, table, depth)
    if isinstance(value, (nodes.Attribute, nodes.Name)):
        return _callee_role(value, table, depth)
    if isinstance(value, nodes.Call):
        return _partial_role(value, table, depth)
    if isinstance(value, nodes.IfExp):  # ``t.ugettext if PY2 else t.gettext``
        alternatives = origins(value.body, depth) + origins(value.orelse, depth)
        return _agreed_role(alternatives, table, depth)
    return None


def _partial_role(call: nodes.Call, table: TranslationTable, depth: int) -> Role | None:
    """``functools.partial(gettext.dgettext, "domain")``: the bound arguments
    come first, so the message positions move left."""
    if not call.args or call.keywords or not _PARTIAL.intersection(import_paths(call.func)):
        return None
    if any(isinstance(arg, nodes.Starred) for arg in call.args):
        return None
    inner = _callee_role(call.args[0], table, depth)
    if inner is None or inner.is_marker:
        return None
    bound = len(call.args) - 1
    positions = tuple(position - bound for position in inner.positions if position >= bound)
    return replace(inner, positions=positions) if positions else None


@memoise_per_node(on_cycle=None)
def _function_role(
    function: nodes.FunctionDef | nodes.Lambda, table: TranslationTable, depth: int
) -> Role | None:
    """A function's own role: listed by name; an identity (a marker); or a
    one-statement wrapper handing its parameters to a translation function."""
    if isinstance(function, nodes.FunctionDef):
        named = _role_by_names((function.qname(),), table)
        if named is not None:
            return named
        if function.type not in {"function", "method"} or function.decorators is not None:
            return None
    returned = _single_returned(function)
    if returned is None:
        return None
    params = [arg.name for arg in positional_parameters(function)]
    if isinstance(function, nodes.FunctionDef) and function.type == "method":
        params = params[1:]  # called on an instance: ``self`` is not passed
    if isinstance(returned, nodes.Name):
        only_parameter = len(params) == 1 and not function.args.vararg
        return MARKER if only_parameter and returned.name == params[0] else None
    if not isinstance(returned, nodes.Call):
        return None
    inner, arguments = _callee_role(returned.func, table, depth), returned.args
    if inner is None and arguments and not isinstance(arguments[0], nodes.Starred):
        # ``LazyProxy(gettext, message)``: a proxy handed the translation
        # function and its arguments, called when the text is rendered
        inner, arguments = _callee_role(arguments[0], table, depth), arguments[1:]
    if inner is None or inner.is_marker:
        return None
    messages = [arguments[i] for i in inner.positions if i < len(arguments)]
    if not messages or not all(
        isinstance(message, nodes.Name) and message.name in params for message in messages
    ):
        return None
    return replace(inner, positions=tuple(params.index(message.name) for message in messages))


def is_wrapper_body(call: nodes.Call, table: TranslationTable) -> bool:
    """Whether ``call`` is what a one-statement wrapper returns, the wrapper
    being a translation function itself (``def tr(message): return
    gettext(message)``): its parameter is not a message, its callers' are."""
    function = call.frame()
    if not isinstance(function, (nodes.FunctionDef, nodes.Lambda)):
        return False
    if _single_returned(function) is not call:
        return False
    role = _function_role(function, table, 0)
    return role is not None and not role.is_marker


def _single_returned(function: nodes.FunctionDef | nodes.Lambda) -> nodes.NodeNG | None:
    """What a function made of a single ``return`` (a docstring aside) returns."""
    if isinstance(function, nodes.Lambda):
        return function.body
    body = [
        statement for statement in function.body
        if not (isinstance(statement, nodes.Expr) and isinstance(statement.value, nodes.Const))
    ]
    if len(body) == 1 and isinstance(body[0], nodes.Return):
        return body[0].value
    return None


__all__ = [
    "BUILTIN_MARKERS",
    "BUILTIN_TRANSLATION_FUNCTIONS",
    "MARKER",
    "Role",
    "TranslationCall",
    "TranslationTable",
    "callee_role",
    "is_marker_call",
    "is_wrapper_body",
    "method_role",
    "translation_call",
]
