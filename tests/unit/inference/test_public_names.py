"""One name per type, whatever module implements it on this interpreter
(issue #27). The same assertions pass on CPython 3.11, 3.12 and 3.13:
``.ci/run`` runs this file on each."""

from __future__ import annotations

import astroid
import pytest

from checkers_pkg.inference import instance_type, qualified_name, qualified_names
from checkers_pkg.inference.public_names import (
    known_names,
    public_name,
    public_names,
    public_qname,
)
from tests.unit.conftest import extract


@pytest.mark.parametrize(
    ("implemented", "public"),
    [
        ("_pydatetime.datetime.replace", "datetime.datetime.replace"),
        ("_datetime.datetime", "datetime.datetime"),
        ("_datetime.timedelta.total_seconds", "datetime.timedelta.total_seconds"),
        ("_decimal.Decimal", "decimal.Decimal"),
        ("_pydecimal.Decimal.quantize", "decimal.Decimal.quantize"),
        ("pathlib._local.Path.read_text", "pathlib.Path.read_text"),
        ("_collections.deque", "collections.deque"),
        ("_collections_abc.Mapping", "collections.abc.Mapping"),
        ("_io.StringIO", "io.StringIO"),
        ("_io.open", "io.open"),
        ("posixpath.join", "os.path.join"),
        ("ntpath.join", "os.path.join"),
        ("genericpath.exists", "os.path.exists"),
        ("posix.system", "os.system"),
        ("_socket.socket.sendall", "socket.socket.sendall"),
        ("_ssl.CERT_NONE", "ssl.CERT_NONE"),
        ("_pickle.loads", "pickle.loads"),
        ("pickle._loads", "pickle.loads"),
        ("pickle._Unpickler", "pickle.Unpickler"),
        ("_sqlite3.Connection.execute", "sqlite3.Connection.execute"),
        ("sqlite3.dbapi2.connect", "sqlite3.connect"),
        ("_functools.partial", "functools.partial"),
    ],
)
def test_implementation_names_become_public(implemented: str, public: str) -> None:
    assert public_name(implemented) == public


@pytest.mark.parametrize(
    "name",
    ["datetime.datetime", "os.path.join", "subprocess.run", "myapp._io.Reader",
     "pathlib.Path", "requests.sessions.Session.get", "builtins.str", "_private.thing"],
)
def test_other_names_are_kept(name: str) -> None:
    assert public_name(name) == name


def test_public_names_put_the_public_name_first_and_keep_the_original() -> None:
    assert public_names(["_pickle.loads", "pickle.loads", "posix.system"]) == (
        "pickle.loads", "_pickle.loads", "os.system", "posix.system"
    )
    assert public_names(["subprocess.run"]) == ("subprocess.run",)


def test_a_node_is_named_through_the_module_that_defines_it() -> None:
    """Debian's built-in ``_datetime`` makes astroid read datetime.py again as
    a module named ``_datetime.datetime``: its class is the public
    ``datetime.datetime``, and a class ``datetime`` of the C module
    ``_datetime`` is too; as text the two would be ambiguous."""
    odd = astroid.parse("class datetime:\n    pass\n", module_name="_datetime.datetime")
    c_module = astroid.parse("class datetime:\n    pass\n", module_name="_datetime")
    assert odd.body[0].qname() == "_datetime.datetime.datetime"
    assert public_qname(odd.body[0]) == "datetime.datetime"
    assert public_qname(c_module.body[0]) == "datetime.datetime"
    assert known_names(c_module.body[0]) == ("datetime.datetime", "_datetime.datetime")
    ours = astroid.parse("class Clock:\n    pass\n", module_name="app.clock")
    assert known_names(ours.body[0]) == ("app.clock.Clock",)


def test_instance_types_are_public_on_every_interpreter() -> None:
    found = [
        instance_type(node)
        for node in extract(
            """
            import collections
            import datetime
            import decimal
            import fractions
            import io
            import pathlib
            datetime.datetime.now()  #@
            datetime.timedelta(seconds=1)  #@
            datetime.date.today()  #@
            decimal.Decimal("1.5")  #@
            fractions.Fraction(1, 3)  #@
            pathlib.Path("x")  #@
            pathlib.PurePath("x")  #@
            collections.deque()  #@
            io.StringIO()  #@
            """
        )
    ]
    assert found == [
        "datetime.datetime", "datetime.timedelta", "datetime.date", "decimal.Decimal",
        "fractions.Fraction", "pathlib.Path", "pathlib.PurePath", "collections.deque",
        "io.StringIO",
    ]


def test_callee_names_are_public_on_every_interpreter() -> None:
    nodes = extract(
        """
        import datetime
        import os.path
        import pathlib
        import pickle
        import socket
        from decimal import Decimal
        when = datetime.datetime.now()
        when.replace  #@
        pathlib.Path("x").read_text  #@
        Decimal("1").quantize  #@
        os.path.join  #@
        pickle.loads  #@
        socket.socket().sendall  #@
        """
    )
    assert [qualified_name(node) for node in nodes] == [
        "datetime.datetime.replace", "pathlib.Path.read_text", "decimal.Decimal.quantize",
        "os.path.join", "pickle.loads", "socket.socket.sendall",
    ]
    # Where astroid sees two implementations, they agree on one public name.
    assert "os.path.join" in qualified_names(nodes[3])
