"""Sinks, receivers, wrappers across modules, and the unsafe-by-value calls."""

from __future__ import annotations

from collections.abc import Callable

import astroid
from astroid import nodes

from checkers_pkg.checkers.security.sinks import SinkKind, is_db_receiver, shell_sink, sql_sink
from checkers_pkg.checkers.security.unsafe_calls import unsafe_deserialization
from checkers_pkg.checkers.security.unsafe_files import (
    insecure_temp_file,
    unsafe_archive_extraction,
)
from checkers_pkg.checkers.security.wrappers import wrapper_parameters
from checkers_pkg.inference.arguments import MISSING, UNSURE, argument, truth
from tests.unit.conftest import calls_to, extract


def test_arguments_by_keyword_position_and_kwargs() -> None:
    calls = extract(
        """
        import subprocess
        FLAGS = {"shell": True}
        def f(opts, *rest):
            subprocess.run("x", shell=True)  #@
            subprocess.run("x", **FLAGS)  #@
            subprocess.run("x", **opts)  #@
            subprocess.run("x")  #@
            subprocess.run(*rest)  #@
        """
    )
    assert truth(argument(calls[0], "shell")) is True
    assert truth(argument(calls[1], "shell")) is True
    assert argument(calls[2], "shell") is UNSURE
    assert argument(calls[3], "shell") is MISSING
    assert argument(calls[4], "args", 0) is UNSURE


def test_shell_sinks_need_the_flag_by_value() -> None:
    calls = extract(
        """
        import os, subprocess as sp
        from os import system as sh
        ON, OFF = True, False
        sp.run("x", shell=ON)  #@
        sp.run("x", shell=OFF)  #@
        sh("x")  #@
        os.popen("x")  #@
        sp.run(["x"])  #@
        """
    )
    labels = [sink.label if sink else None for sink in map(shell_sink, calls)]
    assert labels == ["subprocess.run(shell=True)", None, "os.system", "os.popen", None]


def test_db_receivers_and_look_alikes() -> None:
    calls = extract(
        """
        import sqlite3
        import psycopg2
        class Bus:
            def execute(self, q):
                return q
        def f(conn: sqlite3.Connection):
            pg = psycopg2.connect("dsn")
            with pg.cursor() as cur:
                cur.execute("x")  #@
            sqlite3.connect("db").execute("x")  #@
            conn.execute("x")  #@
            Bus().execute("x")  #@
        """
    )
    receivers = [is_db_receiver(call.func.expr) for call in calls]
    assert receivers == [True, True, True, False]
    assert sql_sink(calls[3]) is None


def test_receivers_named_by_option() -> None:
    (call,) = extract(
        """
        class Warehouse:
            def execute(self, q):
                return q
        Warehouse().execute("x")  #@
        """,
        module_name="stockdb",
    )
    assert sql_sink(call) is None
    assert sql_sink(call, frozenset({"stockdb.Warehouse"})) is not None


def test_wrappers_across_modules_with_their_chain(package: Callable[..., str]) -> None:
    name = package(
        {
            "remote.py": """
                import subprocess
                def run_remote(cmd):
                    return subprocess.run(cmd, shell=True)
                def relay(host, command):
                    print("on", host)
                    return run_remote(command)
                def ssh(host, command):
                    return run_remote("ssh " + host + " " + command)
                def fixed():
                    return run_remote("uptime")
            """,
        }
    )
    module = astroid.MANAGER.ast_from_module_name(f"{name}.remote")
    relay = module["relay"]
    found = wrapper_parameters(relay, SinkKind.SHELL, frozenset(), 3)
    assert {(p.name, p.chain) for p in found} == {
        ("command", ("relay(command)", "run_remote(cmd)", "subprocess.run(shell=True)")),
    }
    assert wrapper_parameters(relay, SinkKind.SHELL, frozenset(), 1) == ()
    # ssh() builds the command itself: reported there, no wrapper for its callers.
    assert wrapper_parameters(module["ssh"], SinkKind.SHELL, frozenset(), 3) == ()
    assert wrapper_parameters(module["fixed"], SinkKind.SHELL, frozenset(), 3) == ()


def test_unsafe_calls_by_value() -> None:
    calls = extract(
        """
        import pickle, tarfile, tempfile, yaml
        Safe = yaml.SafeLoader
        yaml.load(s, Loader=Safe)  #@
        yaml.load(s, Loader=yaml.Loader)  #@
        pickle.loads(pickle.dumps(obj))  #@
        tempfile.mktemp()  #@
        open("/tmp/x", "w")  #@
        open("/srv/x", "w")  #@
        with tarfile.open(p) as tar:
            tar.extractall(d)  #@
            tar.extractall(d, filter="data")  #@
        """
    )
    deserial = [unsafe_deserialization(call) is not None for call in calls[:3]]
    assert deserial == [False, True, False]
    temp = [insecure_temp_file(call) is not None for call in calls[3:6]]
    assert temp == [True, True, False]
    archive = [unsafe_archive_extraction(call) is not None for call in calls[6:]]
    assert archive == [True, False]


def test_no_answer_raises_on_odd_code() -> None:
    module = astroid.parse(
        """
        import subprocess
        def f(*a, **k):
            subprocess.run(*a, **k)
            subprocess.run(shell=True)
            (lambda c: subprocess.run(c, shell=True))("x")
            x.execute()
            open()
        """
    )
    for call in module.nodes_of_class(nodes.Call):
        shell_sink(call)
        sql_sink(call)
        unsafe_archive_extraction(call)
        insecure_temp_file(call)
        unsafe_deserialization(call)
    assert calls_to(module, "subprocess.run")
