from __future__ import annotations

from collections.abc import Callable

import pytest
from astroid import nodes as astroid_nodes

from checkers_pkg.checkers.logging_i18n.i18n import (
    Placeholders,
    brace_placeholders,
    mapping_keys,
    names_in_scope,
    names_in_scope_at,
    namespace_mapping,
    percent_placeholders,
    template_text,
    written_percent_placeholders,
)
from checkers_pkg.checkers.logging_i18n.loggers import holds_logger
from checkers_pkg.checkers.logging_i18n.messages import forwards_parameter, is_marked_message
from checkers_pkg.checkers.logging_i18n.translations import (
    TranslationTable,
    is_marker_call,
    translation_call,
)
from checkers_pkg.inference.strings import CONSTANT, UNKNOWN
from tests.unit.conftest import extract

TABLE = TranslationTable.with_extra(["myapp.i18n.tr"], ["myapp.i18n.N_"])


def test_translation_functions_by_identity() -> None:
    calls = extract(
        """
        import gettext
        from gettext import ngettext as plural
        from django.utils.translation import pgettext_lazy
        from myapp.i18n import tr
        _ = gettext.translation("app", fallback=True).gettext
        _("a")  #@
        plural("one", "many", 2)  #@
        pgettext_lazy("menu", "Open")  #@
        tr("custom")  #@
        gettext.NullTranslations().npgettext("ctx", "one", "many", 3)  #@
        print("not one")  #@
        """
    )
    found = [translation_call(call, TABLE) for call in calls]
    assert [f.function if f else None for f in found] == [
        "_", "plural", "pgettext_lazy", "tr", "gettext.NullTranslations().npgettext", None,
    ]
    assert [m.value for m in found[1].messages] == ["one", "many"]
    assert [m.value for m in found[2].messages] == ["Open"]
    assert [m.value for m in found[4].messages] == ["one", "many"]


def test_underscore_installed_or_local() -> None:
    installed, local = extract(
        """
        def installed():
            _("x")  #@
        def local():
            def _(text):
                return text
            _("x")  #@
        """
    )
    assert translation_call(installed, TABLE).function == "_"
    assert translation_call(local, TABLE) is None


def test_markers_followed_to_definitions() -> None:
    nodes = extract(
        """
        from myapp.i18n import N_
        from django.utils.translation import gettext_noop
        MARKED = {"a": N_("A"), "b": gettext_noop("B")}
        HALF = {"a": N_("A"), "b": "B"}
        TITLE = N_("Title")
        PLAIN = "plain"
        class Form:
            help = N_("Help")
            label = "Label"
        def f(key, message):
            MARKED[key]  #@
            HALF[key]  #@
            TITLE  #@
            PLAIN  #@
            Form.help  #@
            Form().label  #@
            message  #@
        """
    )
    assert [is_marked_message(node, TABLE) for node in nodes] == [
        True, False, True, False, True, False, False,
    ]


def test_namespace_mappings() -> None:
    nodes = extract(
        """
        class K:
            def m(self, other):
                locals()  #@
                vars()  #@
                vars(self)  #@
                self.__dict__  #@
                vars(other)  #@
                other.__dict__  #@
                locals(1)  #@
        def shadow():
            def locals():
                return {}
            locals()  #@
        """
    )
    labels = [(m.label, m.is_scope) if (m := namespace_mapping(node)) else None for node in nodes]
    assert labels == [
        ("locals()", True), ("vars()", True), ("vars(self)", False), ("self.__dict__", False),
        None, None, None, None,
    ]


def test_names_in_scope() -> None:
    (function,) = extract(
        """
        import os
        GLOBAL = 1
        def f(a, *args, b=1, **kw):  #@
            global GLOBAL
            import json
            x = 1
            y: int = 2
            for i in args:
                pass
            with open(a) as stream:
                pass
            try:
                pass
            except OSError as error:
                pass
            if (z := 3):
                pass
            squares = [n * n for n in args]
            def inner():
                hidden = 1
            class Local:
                pass
            GLOBAL = 2
        """
    )
    names = names_in_scope(function)
    assert {"a", "args", "b", "kw", "json", "x", "y", "i", "stream", "error", "z", "squares",
            "inner", "Local"} <= names
    assert not {"GLOBAL", "n", "hidden", "os"} & names


def test_closures_read_by_the_code_are_in_scope_not_those_only_templated() -> None:
    reads, templated, through_lambda = extract(
        """
        def decorator(fn, unused):
            def wrapper(*args):
                target = fn
                return locals()  #@
            def other(*args):
                return "%(fn)s" % locals()  #@
            def handler(event):
                deliver = lambda: unused
                return locals()  #@
        """
    )
    assert "fn" in names_in_scope(reads.frame())
    assert "fn" not in names_in_scope(templated.frame())
    assert "unused" in names_in_scope(through_lambda.frame())


def test_an_except_target_is_in_scope_inside_its_handler_only() -> None:
    inside, after, rebound = extract(
        """
        def load(path):
            try:
                open(path)
            except OSError as err:
                locals()  #@
            locals()  #@
            error = None
            try:
                pass
            except OSError as error:
                pass
            locals()  #@
        """
    )
    assert "err" in names_in_scope_at(inside)
    assert "err" not in names_in_scope_at(after)
    assert "error" in names_in_scope_at(rebound)


@pytest.mark.parametrize(
    ("text", "percent", "braces"),
    [
        ("%s and %d", Placeholders(frozenset(), 2), Placeholders(frozenset(), 0)),
        ("%(a)s %(b)d %%", Placeholders(frozenset({"a", "b"}), 0), Placeholders(frozenset(), 0)),
        ("{} {0} {name.attr} {items[0]}", Placeholders(frozenset(), 0),
         Placeholders(frozenset({"name", "items"}), 1)),
        ("%(broken", None, Placeholders(frozenset(), 0)),
        ("{broken", Placeholders(frozenset(), 0), None),
    ],
)
def test_placeholders(text: str, percent: object, braces: object) -> None:
    assert percent_placeholders(text) == percent
    assert brace_placeholders(text) == braces


def test_mapping_keys_and_template_text(package: Callable[..., str]) -> None:
    pkg = package({"texts.py": 'GREETING = "hello %(name)s"\n'})
    nodes = extract(
        f"""
        from gettext import gettext as _
        from {pkg}.texts import GREETING
        def f(options):
            known = {{"a": 1, "b": 2}}
            known  #@
            {{"a": 1, **options}}  #@
            options  #@
            _(GREETING)  #@
            _("plain")  #@
            options.get("x")  #@
        """
    )
    assert mapping_keys(nodes[0]) == frozenset({"a", "b"})
    assert mapping_keys(nodes[1]) is None
    assert mapping_keys(nodes[2]) is None
    assert template_text(nodes[3], TABLE) == CONSTANT("hello %(name)s")
    assert template_text(nodes[4], TABLE) == CONSTANT("plain")
    assert template_text(nodes[5], TABLE) == UNKNOWN


@pytest.mark.parametrize(
    ("text", "keys", "positional"),
    [
        ("%s and %d", set(), 2),
        ("50% done, 100% soon", set(), 0),
        ("Sold 100% of %s", set(), 1),
        ("%(name)s has %-5.2f%% left", {"name"}, 1),
        ("100%% sure", set(), 0),
    ],
)
def test_written_percent_placeholders(text: str, keys: set[str], positional: int) -> None:
    assert written_percent_placeholders(text) == Placeholders(frozenset(keys), positional)


def test_project_translation_modules(package: Callable[..., str]) -> None:
    """Functions bound in a project's i18n module keep their role when imported."""
    pkg = package(
        {
            "i18n.py": """
                import functools
                import gettext
                import oslo_i18n
                _translators = oslo_i18n.TranslatorFactory(domain="app")
                _ = _translators.primary
                _C = _translators.contextual_form
                _P = _translators.plural_form
                _t = gettext.translation("app", localedir=None, fallback=True)
                tr = _t.gettext
                nt = _t.ngettext
                one_step = gettext.translation("app", fallback=True).gettext
                _d = functools.partial(gettext.dgettext, "app")
                _dn = functools.partial(gettext.dngettext, "app")
                def wrapped(message):
                    return _t.gettext(message)
                def N_(message):
                    '''Marked for extraction.'''
                    return message
                def shout(message):
                    return message.upper()
            """,
            "api/__init__.py": "from ..i18n import _, _P\n",
        }
    )
    calls = extract(
        f"""
        import gettext
        from {pkg}.api import _, _P
        from {pkg}.i18n import _C, tr, nt, one_step, _d, _dn, wrapped, N_, shout
        from {pkg} import i18n
        _("a")  #@
        _P("one", "many", 2)  #@
        _C("menu", "Open")  #@
        tr("a")  #@
        nt("one", "many", 2)  #@
        one_step("a")  #@
        _d("a")  #@
        _dn("one", "many", 2)  #@
        wrapped("a")  #@
        i18n._("a")  #@
        gettext.NullTranslations.gettext(object(), "a")  #@
        N_("a")  #@
        shout("a")  #@
        """
    )
    found = [translation_call(call, TABLE) for call in calls]
    messages = [[m.value for m in f.messages] if f else None for f in found]
    assert messages == [
        ["a"], ["one", "many"], ["Open"], ["a"], ["one", "many"], ["a"], ["a"],
        ["one", "many"], ["a"], ["a"], ["a"], None, None,
    ]
    assert is_marker_call(calls[-2], TABLE)
    assert not is_marker_call(calls[-1], TABLE)


def test_markers_through_modules_loops_and_keys(package: Callable[..., str]) -> None:
    pkg = package(
        {
            "labels.py": """
                def N_(message):
                    return message
                TITLE = N_("Title")
                PLAIN = "Plain"
                STATES = {"on": N_("On"), "off": "Off"}
                COLUMNS = (N_("Name"), N_("Size"))
                PAIRS = (("a", N_("A")), ("b", N_("B")))
            """,
        }
    )
    nodes = extract(
        f"""
        from {pkg} import labels
        from {pkg}.labels import TITLE, PLAIN, STATES, COLUMNS, PAIRS
        class Error(Exception):
            def __init__(self):
                self.detail = "unmarked"
        def f(key):
            TITLE  #@
            labels.TITLE  #@
            PLAIN  #@
            STATES["on"]  #@
            STATES["off"]  #@
            STATES[key]  #@
            STATES.get  #@
            Error().detail  #@
            for column in COLUMNS:
                column  #@
            for code, text in PAIRS:
                text  #@
            for n, text in enumerate(COLUMNS):
                text  #@
        """
    )
    assert [is_marked_message(node, TABLE) for node in nodes] == [
        True, True, False, True, False, False, False, False, True, True, True,
    ]


def test_forwarded_parameters() -> None:
    calls = extract(
        """
        import gettext
        class Prefixed(gettext.NullTranslations):
            def gettext(self, message):
                return "> " + gettext.NullTranslations.gettext(self, message)  #@
        def show(message):
            print(gettext.gettext(message))  #@
        def translate(message):
            translated = gettext.gettext(message)  #@
            return translated
        def make(domain):
            lang = gettext.translation(domain, fallback=True)
            def f(ctx, msg):
                translated = lang.gettext(f"{ctx}\x04{msg}")  #@
                return translated
            return f
        """
    )
    forwarded = []
    for call in calls:
        if not isinstance(call, astroid_nodes.Call):
            call = next(call.nodes_of_class(astroid_nodes.Call))
        if call.func.as_string() == "print":
            call = call.args[0]
        translated = translation_call(call, TABLE)
        forwarded.append(forwards_parameter(call, translated.messages[0]))
    assert forwarded == [True, False, False, True]


def test_loggers_held_the_usual_ways(package: Callable[..., str]) -> None:
    pkg = package(
        {
            "log.py": """
                import logging
                ROOT = logging.getLogger("app")
                def get_logger(name):
                    return ROOT.getChild(name)
                def get_printer(name):
                    return print
            """,
        }
    )
    nodes = extract(
        f"""
        import logging
        from {pkg}.log import get_logger, get_printer
        class Service:
            def __init__(self, logger=None, other: int | None = None):
                self.logger = logger or get_logger("svc")
                self.fallback = logger if logger is not None else logging.getLogger("x")
                self.other = other or get_logger("svc")
                self.printer = logger or get_printer("svc")
            def run(self, log: logging.Logger | None = None):
                self.logger  #@
                self.fallback  #@
                log  #@
                self.other  #@
                self.printer  #@
                get_logger("a")  #@
        """
    )
    assert [holds_logger(node) for node in nodes] == [True, True, True, False, False, True]


def test_dict_get_follows_keys_and_default() -> None:
    nodes = extract(
        """
        from django.utils.translation import gettext_noop as N_
        LABELS = {"a": N_("A"), "b": "B"}
        def f(key, other):
            LABELS.get("a")  #@
            LABELS.get(key, N_("Unknown"))  #@
            LABELS.get("a", "plain")  #@
            other.get("a")  #@
        """
    )
    assert [is_marked_message(node, TABLE) for node in nodes] == [True, False, False, False]
