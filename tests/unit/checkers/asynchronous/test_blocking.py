from __future__ import annotations

from collections.abc import Callable

from astroid import nodes

from checkers_pkg.checkers.asynchronous.blocking import blocking_chain, is_handed_to_thread
from checkers_pkg.checkers.asynchronous.blocking_apis import (
    BUILTIN_BLOCKING_APIS,
    BlockingApis,
    blocking_api,
)
from checkers_pkg.inference.calls import linted_sync_function
from checkers_pkg.inference.labels import callee_label, is_linted_code
from tests.unit.conftest import calls_to, extract

APIS = BlockingApis.with_extra(["mylib.slow.fetch"])


def test_table_names_public_apis_with_their_aliases() -> None:
    assert "posix.system" in BUILTIN_BLOCKING_APIS["os.system"]
    assert APIS.match(["requests.sessions.Session.get"]) == "requests.Session.get"
    assert APIS.match(["_io.open"]) == "open"
    assert APIS.match(["mylib.slow.fetch"]) == "mylib.slow.fetch"
    assert APIS.match(["asyncio.sleep", "time.monotonic"]) is None
    assert BlockingApis.with_extra() != APIS
    assert hash(BlockingApis.with_extra()) == hash(BlockingApis.with_extra())


def test_blocking_api_resolves_aliases_and_instances() -> None:
    calls = extract(
        """
        import time, sqlite3, not_installed_http as http
        from pathlib import Path
        nap = time.sleep
        class Client:
            def __init__(self):
                self.session = http.Session()
        nap(1)  #@
        Path("x").write_text("y")  #@
        sqlite3.connect(":memory:").execute("SELECT 1")  #@
        Client().session.get("u")  #@
        time.monotonic()  #@
        """
    )
    apis = BlockingApis.with_extra(["not_installed_http.Session.get"])
    assert [blocking_api(call, apis) for call in calls] == [
        "time.sleep",
        "pathlib.Path.write_text",
        "sqlite3.Connection.execute",
        "not_installed_http.Session.get",
        None,
    ]


def test_thread_handoffs_silence_their_arguments_only() -> None:
    (function,) = extract(
        """
        import asyncio, functools, time
        async def f(loop, executor):  #@
            await asyncio.to_thread(functools.partial(time.sleep, 1))
            await loop.run_in_executor(None, functools.partial(time.sleep, 2))
            executor.submit(functools.partial(time.sleep, 3))
            await asyncio.wait_for(functools.partial(time.sleep, 4)(), timeout=1)
        """
    )
    handed = [is_handed_to_thread(call) for call in calls_to(function, "functools.partial")]
    assert handed == [True, True, True, False]
    (wait_for,) = calls_to(function, "asyncio.wait_for")
    assert not is_handed_to_thread(wait_for)


def test_chains_respect_depth_and_end_on_cycles() -> None:
    calls = extract(
        """
        import time
        def leaf():
            time.sleep(1)
        def middle():
            leaf()
        def top():
            middle()
        def spin(n):
            return spin(n - 1)
        def a():
            b()
        def b():
            a()
        def later():
            def inner():
                time.sleep(1)
            return inner
        class Service:
            def _wait(self):
                time.sleep(2)
            def run(self):
                self._wait()
        top()  #@
        spin(1)  #@
        a()  #@
        later()  #@
        Service().run()  #@
        """
    )
    functions = [linted_sync_function(call) for call in calls]
    assert all(isinstance(func, nodes.FunctionDef) for func in functions)
    top, spin, cycle, later, method = functions
    assert blocking_chain(top, APIS, 3).names == ("top", "middle", "leaf", "time.sleep")
    assert blocking_chain(top, APIS, 2) is None
    assert blocking_chain(top, APIS, 0) is None
    assert blocking_chain(spin, APIS, 3) is None
    assert blocking_chain(cycle, APIS, 3) is None
    assert blocking_chain(later, APIS, 3) is None
    assert blocking_chain(method, APIS, 3).names == ("Service.run", "Service._wait", "time.sleep")


def test_only_sync_functions_of_the_linted_code_are_followed() -> None:
    calls = extract(
        """
        import json, shutil
        async def coro(): pass
        def gen():
            yield 1
        json.dumps({})  #@
        shutil.which("ls")  #@
        coro()  #@
        gen()  #@
        (lambda: 1)()  #@
        """
    )
    assert [linted_sync_function(call) for call in calls] == [None] * 5


def test_linted_code_excludes_stdlib_and_installed_packages(package: Callable[..., str]) -> None:
    pkg = package({"mod.py": "def f(): pass\n"})
    (call,) = extract(f"from {pkg}.mod import f\nf()  #@")
    function = linted_sync_function(call)
    assert function is not None and is_linted_code(function.root())
    (json_call,) = extract("import json\njson.dumps  #@")
    assert not is_linted_code(json_call.inferred()[0].root())


def test_callee_labels() -> None:
    calls = extract(
        """
        import asyncio, functools
        async def fetch(): pass
        class Box:
            async def open(self): pass
        fetch()  #@
        Box().open()  #@
        asyncio.sleep(1)  #@
        functools.partial(fetch)()  #@
        unknown()  #@
        """
    )
    assert [callee_label(call) for call in calls] == [
        "fetch",
        "Box.open",
        "asyncio.sleep",
        "functools.partial(fetch)",
        "unknown",
    ]


def test_calls_that_cannot_block() -> None:
    calls = extract(
        """
        import socket

        def resolve(host):
            socket.getaddrinfo(host, 80, flags=socket.AI_NUMERICHOST)  #@
            socket.getaddrinfo(host, 80, 0, 0, 0, socket.AI_NUMERICHOST | socket.AI_PASSIVE)  #@
            socket.getaddrinfo(host, 80)  #@
            sock = socket.socket()
            sock.setblocking(False)
            sock.send(b"x")  #@
            other = socket.socket()
            other.send(b"x")  #@
        """
    )
    assert [blocking_api(call, APIS) for call in calls] == [
        None, None, "socket.getaddrinfo", None, "socket.socket.send",
    ]


def test_waits_that_only_poll_cannot_block() -> None:
    calls = extract(
        """
        import os
        from os import WNOHANG
        POLL = os.WNOHANG | os.WUNTRACED

        class Reaper:
            options = os.WNOHANG

            def reap(self, pid, options):
                os.waitpid(pid, os.WNOHANG)  #@
                os.waitpid(pid, POLL)  #@
                os.wait3(WNOHANG)  #@
                os.wait4(pid, self.options)  #@
                os.waitpid(pid, 0)  #@
                os.waitpid(pid, options)  #@
                os.wait3(os.WUNTRACED)  #@
        """
    )
    assert [blocking_api(call, APIS) for call in calls] == [
        None, None, None, None, "os.waitpid", "os.waitpid", "os.wait3",
    ]


def test_building_an_object_of_the_linted_code_runs_its_init() -> None:
    calls = extract(
        """
        import time
        from dataclasses import dataclass

        class Client:
            def __init__(self, url):
                time.sleep(1)

        class Derived(Client):
            pass

        class Plain:
            pass

        @dataclass
        class Loaded:
            path: str
            def __post_init__(self):
                time.sleep(1)

        @dataclass
        class Record:
            path: str

        Client("u")  #@
        Derived("u")  #@
        Loaded("p")  #@
        Plain()  #@
        dict(a=1)  #@
        Record("p")  #@
        """
    )
    found = [linted_sync_function(call) for call in calls]
    assert [f.qname() if f is not None else None for f in found[:3]] == [
        ".Client.__init__", ".Client.__init__", ".Loaded.__post_init__",
    ]
    assert found[3:] == [None, None, None]
    chain = blocking_chain(found[0], APIS, 1)
    assert chain is not None and chain.names == ("Client.__init__", "time.sleep")


def test_chain_names_the_file_and_line_of_the_blocking_call() -> None:
    (top,) = extract(
        """
        import time

        def leaf():
            time.sleep(1)

        def top():  #@
            leaf()
        """,
        module_name="storage",
    )
    chain = blocking_chain(top, APIS, 3)
    assert chain is not None and chain.names == ("top", "leaf", "time.sleep")
    assert chain.where(top.root()) == "storage.py:5"
