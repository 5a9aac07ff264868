"""How the text reaching a shell or SQL sink was made: constant, made safe,
built from a named dynamic part, or unknown."""

from __future__ import annotations

from checkers_pkg.checkers.security.built_text import TextKind
from checkers_pkg.checkers.security.commands import built_text, part_text
from tests.unit.conftest import extract


def kinds(code: str) -> list[TextKind]:
    return [built_text(node).kind for node in extract(code)]


def test_constants_through_names_classes_loops_and_formatting() -> None:
    assert kinds(
        """
        ROOT = "/srv"
        PAIRS = [("citext", 1), ("hstore", 2)]
        class Paths:
            LOGS = ROOT + "/logs"
        def f(flag):
            cmd = "ls "
            cmd += ROOT
            "ls -l"  #@
            cmd  #@
            f"du -sh {Paths.LOGS}"  #@
            "ls %s" % ROOT  #@
            " ".join(["ls", ROOT])  #@
            for name, _ in PAIRS:
                f"CREATE EXTENSION {name}"  #@
            ("a" if flag else "b") + ROOT  #@
        """
    ) == [TextKind.CONSTANT] * 7


def test_quoted_numeric_and_placeholder_parts_are_safe() -> None:
    assert kinds(
        """
        import shlex
        from psycopg2 import sql
        def f(ids, n, name, column):
            marks = ", ".join(["%s"] * len(ids))
            f"rm {shlex.quote(name)}"  #@
            shlex.join(["rm", name])  #@
            "LIMIT %d" % n  #@
            f"LIMIT {int(n)}"  #@
            f"SELECT * FROM t WHERE id IN ({marks})"  #@
            "IN (%s)" % ",".join("?" for _ in ids)  #@
            sql.SQL("SELECT {} FROM t").format(sql.Identifier(column))  #@
            "SELECT * FROM " + ops.quote_name(name)  #@
        """
    ) == [TextKind.SAFE] * 4 + [TextKind.CONSTANT] * 2 + [TextKind.SAFE] * 2


def test_dynamic_parts_are_named_with_their_line() -> None:
    nodes = extract(
        """
        import os
        def f():
            name = os.environ["RELEASE"]
            cmd = f"tar xf {name}"
            cmd  #@
            "ls " + os.getcwd()  #@
        """
    )
    first, second = (built_text(node) for node in nodes)
    assert first.kind is TextKind.DYNAMIC
    assert [(o.label, o.line) for o in first.origins] == [("name", 4)]
    assert second.origins[0].label == "os.getcwd()"


def test_parameters_are_kept_apart_and_opaque_values_are_unknown() -> None:
    nodes = extract(
        """
        def run(cmd, host, get):
            cmd  #@
            "ssh " + host  #@
            get()  #@
            value = get()
            value  #@
        """
    )
    whole, joined, call, held = nodes
    assert built_text(whole).passed_through
    assert built_text(whole).parameters_of(whole.scope()) == ("cmd",)
    assert not built_text(joined).passed_through
    assert built_text(joined).outside(joined.scope()) == ()
    assert built_text(call).kind is TextKind.UNKNOWN
    assert built_text(held).kind is TextKind.UNKNOWN
    assert part_text(held).kind is TextKind.DYNAMIC


def test_instance_state_is_traced_to_its_binding() -> None:
    nodes = extract(
        """
        class Job:
            TOOL = "tar"
            def __init__(self, name, mode):
                self.name = name
                self.mode = mode.upper()
            def run(self):
                f"{self.TOOL} xf {self.name}"  #@
                f"BEGIN {self.mode}"  #@
        """
    )
    named, mode = (built_text(node) for node in nodes)
    assert named.kind is TextKind.DYNAMIC
    assert named.origins[0].parameter is None  # __init__'s parameter is state here
    assert mode.kind is TextKind.UNKNOWN  # set from an opaque value: not judged


def test_lookups_are_not_their_default() -> None:
    (node,) = extract(
        """
        import os
        def f():
            version = os.environ.get("VERSION", "latest")
            "pull app:" + version  #@
        """
    )
    assert built_text(node).kind is TextKind.DYNAMIC


def test_deep_and_cyclic_code_gives_an_answer() -> None:
    chain = " + ".join(["x"] * 400)
    (node, loop) = extract(
        f"""
        def f(x):
            {chain}  #@
            a = b
            b = a
            "ls " + a  #@
        """
    )
    assert built_text(node).kind in set(TextKind)
    assert built_text(loop).kind in set(TextKind)
