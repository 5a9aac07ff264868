from __future__ import annotations

from collections.abc import Callable

import pytest

from checkers_pkg.inference.strings import CONSTANT, DYNAMIC, UNKNOWN, string_value
from tests.unit.conftest import extract

GETTEXT = frozenset({"gettext.gettext"})


def values_of(code: str, wrappers: frozenset[str] = frozenset()) -> list[object]:
    return [string_value(node, wrappers) for node in extract(code)]


def test_constants_through_names_classes_and_operators() -> None:
    found = values_of(
        """
        BASE = "ls"
        class Config:
            TEMPLATE = "user=%s"
        def f():
            cmd = BASE + " -l"
            "plain"  #@
            cmd  #@
            Config.TEMPLATE  #@
            f"{BASE}!"  #@
            f"{BASE!r}"  #@
            "%s-%d" % (BASE, 1)  #@
            "%(a)s" % {"a": BASE}  #@
            "{}-{x}".format(1, x=BASE)  #@
            " ".join(["a", BASE])  #@
            BASE if cmd else "ls"  #@
            annotated: str = "typed"
            annotated  #@
        """
    )
    assert found == [
        CONSTANT("plain"),
        CONSTANT("ls -l"),
        CONSTANT("user=%s"),
        CONSTANT("ls!"),
        CONSTANT("'ls'"),
        CONSTANT("ls-1"),
        CONSTANT("ls"),
        CONSTANT("1-ls"),
        CONSTANT("a ls"),
        CONSTANT("ls"),
        CONSTANT("typed"),
    ]


def test_dynamic_when_a_part_is_not_provably_constant() -> None:
    found = values_of(
        """
        def f(arg, *parts, **options):
            built = "rm " + arg
            grown = "ls"
            grown += arg
            arg  #@
            built  #@
            grown  #@
            f"{arg}"  #@
            f"{arg:>10}"  #@
            "%s" % arg  #@
            "%s %s" % (arg, "x")  #@
            "{}".format(arg)  #@
            "{x}".format(**options)  #@
            " ".join(parts)  #@
            " ".join([arg, "x"])  #@
            "a" if arg else arg  #@
            arg + "suffix"  #@
        """
    )
    assert found == [DYNAMIC] * 13


def test_unknown_when_nothing_is_known() -> None:
    found = values_of(
        """
        import os
        def f(obj):
            obj.name  #@
            os.environ.get("X")  #@
            len("abc")  #@
            obj.a + obj.b  #@
            42  #@
            "%d" % "not a number"  #@
            "{missing}".format(x=1)  #@
            "a" if obj else "b"  #@
            undefined  #@
        """
    )
    assert found == [UNKNOWN] * 9


def test_identity_wrappers_pass_their_argument_through() -> None:
    found = values_of(
        """
        import gettext
        from gettext import gettext as _
        def f(arg):
            _("hello %s")  #@
            gettext.gettext("bye")  #@
            _("hi %s" % arg)  #@
            _(arg)  #@
        """,
        GETTEXT,
    )
    assert found == [CONSTANT("hello %s"), CONSTANT("bye"), DYNAMIC, DYNAMIC]
    (unwrapped,) = extract('from gettext import gettext as _\n_("x")  #@')
    assert string_value(unwrapped) == UNKNOWN


def test_module_constant_from_another_module(package: Callable[..., str]) -> None:
    pkg = package({"settings.py": 'COMMAND = "uptime"\nTEMPLATE = COMMAND + " -p"\n'})
    found = values_of(f"from {pkg}.settings import COMMAND, TEMPLATE\nCOMMAND  #@\nTEMPLATE  #@")
    assert found == [CONSTANT("uptime"), CONSTANT("uptime -p")]


def test_cycles_and_deep_nesting_give_unknown_without_raising() -> None:
    cyclic = values_of("a = b + 'x'\nb = a + 'y'\na  #@")
    assert cyclic[0] in (UNKNOWN, DYNAMIC)
    deep = " + ".join(["'x'"] * 300)
    (node,) = extract(f"{deep}  #@")
    assert string_value(node) == UNKNOWN


@pytest.mark.parametrize("kind", [CONSTANT("x"), DYNAMIC, UNKNOWN])
def test_kinds_answer_their_predicates(kind: object) -> None:
    assert kind.is_constant == (kind == CONSTANT("x"))  # type: ignore[attr-defined]
    assert kind.is_dynamic == (kind is DYNAMIC)  # type: ignore[attr-defined]


def test_builtin_method_stub_results_are_not_constants() -> None:
    """astroid's stubs for str methods return ``''`` and ``0``: placeholders
    of the right type whose value is made up."""
    found = values_of(
        """
        TEMPLATE = "user %s on %s"
        def shout(text):
            return text.upper()
        TEMPLATE.upper()  #@
        shout("user %s")  #@
        " ".join(["a", x]).strip()  #@
        "%s" % TEMPLATE.count("s")  #@
        """
    )
    assert found == [UNKNOWN, UNKNOWN, UNKNOWN, DYNAMIC]


def test_join_of_a_named_sequence(package: Callable[..., str]) -> None:
    """``" ".join(PARTS)`` with ``PARTS`` a tuple or list display, here or imported."""
    pkg = package({"parts.py": 'PARTS = ["order %s", "for %s"]\n'})
    nodes = extract(
        f"""
        from {pkg}.parts import PARTS
        LOCAL = ("a", "b")
        def f(items):
            " ".join(PARTS)  #@
            "-".join(LOCAL)  #@
            " ".join(items)  #@
        """
    )
    assert [string_value(node) for node in nodes] == [
        CONSTANT("order %s for %s"), CONSTANT("a-b"), DYNAMIC,
    ]
