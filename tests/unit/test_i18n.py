from __future__ import annotations

from collections.abc import Callable

import pytest

from checkers_pkg.inference.i18n import (
    Placeholders,
    TranslationTable,
    brace_placeholders,
    is_marked_message,
    mapping_keys,
    names_in_scope,
    namespace_mapping,
    percent_placeholders,
    template_text,
    translation_call,
    written_percent_placeholders,
)
from checkers_pkg.inference.strings import CONSTANT, UNKNOWN

from .conftest import extract

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
    assert [is_marked_message(node, TABLE.markers) for node in nodes] == [
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
