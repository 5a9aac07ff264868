"""logging-i18n: log calls and translatable strings."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from astroid import nodes
from pylint.checkers.utils import only_required_for_messages
from pylint.interfaces import INFERENCE

from checkers_pkg.checkers._heap import SuiteChecker
from checkers_pkg.checkers.logging_i18n.i18n import (
    NamespaceMapping,
    Placeholders,
    brace_placeholders,
    mapping_keys,
    names_in_scope,
    names_in_scope_at,
    namespace_mapping,
    percent_placeholders,
    scope_label,
    template_text,
    written_percent_placeholders,
)
from checkers_pkg.checkers.logging_i18n.loggers import holds_logger
from checkers_pkg.checkers.logging_i18n.messages import forwards_parameter, is_marked_message
from checkers_pkg.checkers.logging_i18n.translations import (
    BUILTIN_MARKERS,
    TranslationCall,
    TranslationTable,
    is_wrapper_body,
    translation_call,
)
from checkers_pkg.inference import instance_type
from checkers_pkg.inference.names import candidate_names, short_names_of
from checkers_pkg.options import bad_qualified_names

if TYPE_CHECKING:
    from pylint.lint import PyLinter


LOG_METHODS = ("debug", "info", "warning", "warn", "error", "exception", "critical", "fatal", "log")


# Module functions, Logger (and RootLogger, user subclasses via their base)
# and LoggerAdapter methods.
LOGGING_CALLS = frozenset(
    f"logging.{owner}{method}"
    for owner in ("", "Logger.", "LoggerAdapter.", "RootLogger.")
    for method in LOG_METHODS
)


_LOGGING_SHORT_NAMES = short_names_of(LOGGING_CALLS)


FORMAT_METHODS = frozenset({"format", "format_map"})


# Values logging cannot use as the mapping of a %(name)s template.
NOT_MAPPINGS = frozenset(
    f"builtins.{name}"
    for name in ("int", "float", "complex", "bool", "str", "bytes", "list", "tuple", "set",
                 "frozenset", "NoneType")
)


class LoggingI18nChecker(SuiteChecker):
    """Log templates that do not fit their arguments, formatting fed by a
    whole namespace, and translatable strings the catalogue cannot match."""

    name = "checkers-pkg-logging-i18n"
    msgs = {
        "W7201": (
            "logging template %s %s; pass the arguments its placeholders ask for",
            "logging-format-mismatch",
            "The logger is resolved by inference (the logging module, getLogger() "
            "results in globals, class or self attributes, adapters, Logger "
            "subclasses) and so is the template when it is not a literal at the "
            "call site (a constant, a class attribute, a _()-wrapped literal, a "
            "concatenation of constants). Its placeholders do not fit the "
            "arguments: logging reports the error at emit time and the record "
            "is lost. Named %(key)s templates are checked against the mapping "
            "argument even when literal (pylint's own check skips them).",
        ),
        "W7202": (
            "formatting fed by %s: the template's names are invisible at the call "
            "site and a rename turns into a KeyError; pass the values explicitly",
            "format-from-locals",
            "String formatting with locals(), vars(), vars(self) or self.__dict__ "
            "as the mapping (%, .format(**...), .format_map(...), or the mapping "
            "argument of a logging call).",
        ),
        "E7203": (
            "%r is not a name bound in %s: formatting with %s raises KeyError; pass "
            "the values explicitly",
            "format-key-not-in-scope",
            "The template, resolved by inference, names a key that the enclosing "
            "scope does not bind, so formatting with locals() or vars() raises "
            "KeyError. Globals, comprehension variables and names bound only in "
            "nested functions are not in a function's locals(); free variables its "
            "code reads are (a closure's), and an except target is there only "
            "inside its handler.",
        ),
        "W7204": (
            "%s() is given a message built with %s: the catalogue lookup gets the "
            "formatted text and never matches; translate the template, then format",
            "translation-formatted-too-early",
            "Formatting inside a translation call (_('...' % x), _(f'...'), "
            "_('...'.format(x)), concatenation with non-constants). Translation "
            "functions are recognised by what they are (gettext family, django, "
            "flask_babel, babel, gettext.install()), not by their name, and followed "
            "to where the project binds them: gettext.translation(...).gettext, "
            "functools.partial(gettext.dgettext, domain), oslo.i18n's "
            "TranslatorFactory, re-exports and one-line wrappers, in every module "
            "that imports them.",
        ),
        "W7205": (
            "translatable message %r has %d unnamed placeholders: translators "
            "cannot reorder them; name them (%%(name)s or {name})",
            "translation-positional-placeholders",
            "A message with two or more unnamed placeholders (%s ... %s, {} ... {}) "
            "forces every language into the source word order.",
        ),
        "W7206": (
            "%s() is given %s, not a string literal: extraction tools cannot see the "
            "message; pass a literal, or mark the value where it is defined "
            "(gettext_noop, N_)",
            "translation-non-literal-message",
            "The message argument of a translation call is a name, attribute, "
            "subscript or call, and its value was not marked with a no-op marker "
            "where it was defined (followed through imports, class and instance "
            "attributes, dict keys and for loops). A function that translates its "
            "own parameter and returns the result is a translation function itself: "
            "its callers are checked instead.",
        ),
    }
    options = (
        (
            "translation-functions",
            {
                "default": (),
                "type": "csv",
                "metavar": "<qualified names>",
                "help": "Fully qualified names of extra translation functions "
                "(message first), added to the built-in gettext, django, "
                "flask_babel and babel functions.",
            },
        ),
        (
            "translation-markers",
            {
                # The built-ins as the default, not (): pylint's
                # --generate-toml-config leaves out a section whose options
                # are all empty (translation-functions has no short default).
                "default": tuple(sorted(BUILTIN_MARKERS)),
                "type": "csv",
                "metavar": "<qualified names>",
                "help": "Fully qualified names of no-op markers that mark a string "
                "for extraction where it is defined: django's gettext_noop, always "
                "included, and your own added to it (such as a project's N_). "
                "Functions that return their only argument unchanged are recognised "
                "without it.",
            },
        ),
    )

    def __init__(self, linter: PyLinter) -> None:
        super().__init__(linter)
        self._table = TranslationTable.with_extra()

    def bad_option_values(self) -> list[str]:
        """Problems with this checker's options, for the plugin's config hook."""
        config = self.linter.config
        return bad_qualified_names(
            "translation-functions", config.translation_functions
        ) + bad_qualified_names("translation-markers", config.translation_markers)

    def open(self) -> None:
        """Start of a run: read the options once."""
        super().open()
        config = self.linter.config
        self._table = TranslationTable.with_extra(
            config.translation_functions, config.translation_markers
        )

    @only_required_for_messages(
        "logging-format-mismatch",
        "format-from-locals",
        "format-key-not-in-scope",
        "translation-formatted-too-early",
        "translation-positional-placeholders",
        "translation-non-literal-message",
    )
    def visit_call(self, node: nodes.Call) -> None:
        """A log call, a translation call, or ``.format``/``.format_map``."""
        if _is_log_call(node):
            self._check_log_call(node)
        translated = translation_call(node, self._table)
        if translated is not None:
            self._check_translation(node, translated)
        if isinstance(node.func, nodes.Attribute) and node.func.attrname in FORMAT_METHODS:
            self._check_format_method(node)

    @only_required_for_messages("format-from-locals", "format-key-not-in-scope")
    def visit_binop(self, node: nodes.BinOp) -> None:
        """``template % locals()``."""
        if node.op == "%":
            mapping = namespace_mapping(node.right)
            if mapping is not None and self._takes_keys(node.left):
                self._report_namespace(node, mapping, node.left, percent_placeholders)

    # -- logging ---------------------------------------------------------------

    def _check_log_call(self, node: nodes.Call) -> None:
        index = 1 if _method_name(node) == "log" else 0
        if len(node.args) <= index or any(isinstance(a, nodes.Starred) for a in node.args):
            return
        template, arguments = node.args[index], node.args[index + 1 :]
        if len(arguments) == 1:
            mapping = namespace_mapping(arguments[0])
            if mapping is not None and self._takes_keys(template):
                self._report_namespace(node, mapping, template, percent_placeholders)
                return
        text = template_text(template, self._table)
        if not text.is_constant or text.text is None:
            return
        placeholders = percent_placeholders(text.text)
        if placeholders is None or (placeholders.keys and placeholders.positional):
            return
        literal = isinstance(template, nodes.Const)
        if not arguments:
            # Without arguments logging prints the template as is: only a
            # template written with placeholders is a mistake.
            placeholders = written_percent_placeholders(text.text)
        problem = _log_argument_problem(placeholders, arguments, literal, _passes_extra(node))
        if problem:
            source = repr(text.text) if literal else f"{template.as_string()} = {text.text!r}"
            self._report("logging-format-mismatch", node, source, problem)

    # -- namespaces ------------------------------------------------------------

    def _check_format_method(self, node: nodes.Call) -> None:
        if node.func.attrname == "format_map":  # type: ignore[union-attr]
            candidates = node.args[:1]
        else:
            candidates = [kw.value for kw in node.keywords if kw.arg is None]
        for candidate in candidates:
            mapping = namespace_mapping(candidate)
            if mapping is not None:
                template = node.func.expr  # type: ignore[union-attr]
                self._report_namespace(node, mapping, template, brace_placeholders)
                return

    def _takes_keys(self, template: nodes.NodeNG) -> bool:
        """Whether a ``%`` template reads its argument as a mapping: it names
        keys (``%(user)s``), or it is not known. ``"Task(%r)" % vars(self)``
        formats the one dict as a value."""
        text = template_text(template, self._table)
        if not text.is_constant or text.text is None:
            return True
        placeholders = percent_placeholders(text.text)
        return placeholders is None or bool(placeholders.keys)

    def _report_namespace(
        self,
        node: nodes.NodeNG,
        mapping: NamespaceMapping,
        template: nodes.NodeNG,
        parse: Callable[[str], Placeholders | None],
    ) -> None:
        self._report("format-from-locals", node, mapping.label)
        if not mapping.is_scope:
            return
        text = template_text(template, self._table)
        placeholders = parse(text.text) if text.is_constant and text.text is not None else None
        if placeholders is None:
            return
        frame = node.frame()
        for key in sorted(placeholders.keys - names_in_scope_at(node)):
            where = scope_label(frame)
            if key in names_in_scope(frame):  # Python deleted it when the handler ended
                where += " after the except clause that bound it"
            self._report("format-key-not-in-scope", node, key, where, mapping.label)

    # -- translation -----------------------------------------------------------

    def _check_translation(self, node: nodes.Call, translated: TranslationCall) -> None:
        """One diagnosis per call: early formatting, else a non-literal
        message, else positional placeholders."""
        for message in translated.messages:
            how = _formatting_kind(message)
            if how is not None:
                self._report("translation-formatted-too-early", node, translated.function, how)
                return
        for message in translated.messages:
            if not _is_literal(message) and not self._is_marked_or_forwarded(node, message):
                self._report(
                    "translation-non-literal-message", node, translated.function,
                    _describe(message),
                )
                return
        for message in translated.messages:
            text = template_text(message, self._table)
            if not text.is_constant or text.text is None:
                continue
            unnamed = _unnamed_placeholders(text.text)
            if unnamed >= 2:
                self._report("translation-positional-placeholders", node, text.text, unnamed)
                return

    def _is_marked_or_forwarded(self, node: nodes.Call, message: nodes.NodeNG) -> bool:
        return (
            is_marked_message(message, self._table)
            or forwards_parameter(node, message)
            or is_wrapper_body(node, self._table)
        )

    def _report(self, symbol: str, node: nodes.NodeNG, *args: object) -> None:
        self.add_message(symbol, node=node, args=args, confidence=INFERENCE)


def _method_name(node: nodes.Call) -> str:
    func = node.func
    return func.attrname if isinstance(func, nodes.Attribute) else getattr(func, "name", "")


def _is_log_call(node: nodes.Call) -> bool:
    if LOGGING_CALLS.intersection(candidate_names(node, _LOGGING_SHORT_NAMES)):
        return True
    func = node.func
    return (
        isinstance(func, nodes.Attribute) and func.attrname in LOG_METHODS
        and holds_logger(func.expr)
    )


# Why a mismatch matters: with arguments, logging formats at emit time and
# fails there; without any, it does not format at all.
_DROPPED = ": logging drops the record at emit time"
_VERBATIM = ": logging prints the template as written"


def _log_argument_problem(
    placeholders: Placeholders, arguments: list[nodes.NodeNG], literal: bool, extra: bool
) -> str | None:
    """What is wrong between a resolved template and the positional
    arguments (the only format arguments; ``extra=`` is not one), if anything."""
    given = len(arguments)
    if placeholders.keys:
        wanted = ", ".join(repr(key) for key in sorted(placeholders.keys))
        if given == 0:
            note = " (extra= sets record attributes, not the template's keys)" if extra else ""
            return f"needs one mapping with keys {wanted}, got no arguments{note}{_VERBATIM}"
        if given != 1:
            return f"needs one mapping with keys {wanted}, got {given} arguments{_DROPPED}"
        held = instance_type(arguments[0])
        if held in NOT_MAPPINGS:
            return f"needs a mapping with keys {wanted}, got {held.split('.')[-1]}{_DROPPED}"
        keys = mapping_keys(arguments[0])
        missing = sorted(placeholders.keys - keys) if keys is not None else []
        if missing:
            return f"needs key {', '.join(map(repr, missing))} missing from the mapping{_DROPPED}"
        return None
    if literal:
        return None  # positional placeholders of a literal: pylint's own check
    if given != placeholders.positional:
        plural = "s" if placeholders.positional != 1 else ""
        consequence = _VERBATIM if given == 0 else _DROPPED
        return f"expects {placeholders.positional} argument{plural}, got {given}{consequence}"
    return None


def _passes_extra(node: nodes.Call) -> bool:
    return any(keyword.arg == "extra" for keyword in node.keywords)


def _formatting_kind(message: nodes.NodeNG) -> str | None:
    """How a message was formatted before translation, if it was."""
    if isinstance(message, nodes.BinOp) and message.op == "%":
        return "% formatting"
    if isinstance(message, nodes.JoinedStr) and any(
        isinstance(part, nodes.FormattedValue) for part in message.values
    ):
        return "an f-string"
    if (
        isinstance(message, nodes.Call)
        and isinstance(message.func, nodes.Attribute)
        and message.func.attrname in FORMAT_METHODS
    ):
        return ".format()"
    if isinstance(message, nodes.BinOp) and message.op == "+" and not _is_literal(message):
        return "concatenation"
    return None


def _is_literal(node: nodes.NodeNG) -> bool:
    """A string literal, or ``+`` of literals only (the catalogue's *Literal*)."""
    if isinstance(node, nodes.BinOp) and node.op == "+":
        return _is_literal(node.left) and _is_literal(node.right)
    return isinstance(node, nodes.Const)


def _describe(message: nodes.NodeNG) -> str:
    kind = {
        nodes.Name: "the name",
        nodes.Attribute: "the attribute",
        nodes.Subscript: "the subscript",
        nodes.Call: "the result of",
    }.get(type(message), "the expression")
    return f"{kind} {message.as_string()}"


def _unnamed_placeholders(text: str) -> int:
    """Placeholders translators cannot reorder: ``%s`` and automatic ``{}``."""
    percent = written_percent_placeholders(text)
    braces = brace_placeholders(text)
    unnamed = 0
    if not percent.keys:
        unnamed = percent.positional
    if braces is not None:
        unnamed = max(unnamed, braces.positional)
    return unnamed
