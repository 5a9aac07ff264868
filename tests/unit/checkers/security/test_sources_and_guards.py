"""Outside sources, validation against constant collections, shell flags
chosen by a parameter, and the async drivers' receivers, each on real
astroid trees."""

from __future__ import annotations

from checkers_pkg.checkers.security.drivers import driver_of, is_ssh_client
from checkers_pkg.checkers.security.guards import is_validated
from checkers_pkg.checkers.security.shell_flags import shell_flag_parameter
from checkers_pkg.checkers.security.sources import is_request_handler, outside_source
from tests.unit.conftest import extract


def test_outside_sources_are_named_and_other_values_are_not() -> None:
    found = [
        outside_source(node)
        for node in extract(
            """
            import argparse, os, sys
            from flask import request
            def f(config):
                parser = argparse.ArgumentParser()
                args = parser.parse_args()
                sys.argv[1]  #@
                input("> ")  #@
                os.environ["HOOK"]  #@
                os.getenv("HOOK", "true")  #@
                request.args.get("q")  #@
                args.hook  #@
                config.hook  #@
                os.path.join(config.root, "bin")  #@
                parser.prog  #@
            """
        )
    ]
    assert found == [
        "sys.argv[1]", "input()", "os.environ['HOOK']", "os.getenv('HOOK', 'true')",
        "request.args.get('q')", "args.hook", None, None, None,
    ]


def test_route_handlers_and_their_request_fields() -> None:
    handler, host, db, plain, field = extract(
        """
        from fastapi import APIRouter, Depends
        router = APIRouter()
        @router.get("/x")
        def view(host: str, db=Depends(object)):  #@
            host  #@
            db  #@
        def helper(request):  #@
            return request
        @router.post("/y")
        def hook(req):
            req.data["unit"]  #@
        """
    )
    assert is_request_handler(handler) and not is_request_handler(plain)
    assert outside_source(host) == "'host', a parameter of the request handler view()"
    assert outside_source(db) is None  # a dependency, filled by the app
    assert outside_source(field) == "req.data['unit']"


def test_validation_on_every_path_and_not_by_assert() -> None:
    reads = extract(
        """
        ALLOWED = frozenset({"web", "worker"})
        def checked(unit):
            if unit not in ALLOWED:
                raise ValueError(unit)
            unit  #@
        def inside(unit):
            if unit in ALLOWED:
                unit  #@
        def asserted(unit):
            assert unit in ALLOWED
            unit  #@
        def one_path(unit, strict):
            if strict and unit not in ALLOWED:
                raise ValueError(unit)
            unit  #@
        def rebound(unit):
            if unit not in ALLOWED:
                return None
            unit = unit + "x"
            unit  #@
        """
    )
    assert [is_validated(read) for read in reads] == [True, True, False, False, False]


def test_shell_flags_chosen_by_a_parameter() -> None:
    calls = extract(
        """
        import subprocess
        def run_command(args, use_unsafe_shell=False):
            shell = False
            if use_unsafe_shell:
                shell = True
            subprocess.Popen(args, shell=shell)  #@
        def run(args, use_shell=False):
            kwargs = dict(check=False)
            if use_shell:
                kwargs = dict(shell=True, check=False)
            subprocess.run(args, **kwargs)  #@
        def direct(args, shell):
            subprocess.run(args, shell=shell)  #@
        def fixed(args, verbose):
            if verbose:
                print(args)
            subprocess.run(args, shell=False)  #@
        """
    )
    assert [shell_flag_parameter(call, call.frame()) for call in calls] == [
        "use_unsafe_shell", "use_shell", "shell", None,
    ]


def test_async_drivers_and_ssh_clients_by_import_path() -> None:
    receivers = extract(
        """
        import aiosqlite, asyncpg, paramiko, psycopg
        class Client:
            async def fetch(self, url):
                return url
        async def f(pool: asyncpg.Pool, client: Client):
            conn = await asyncpg.connect("dsn")
            conn  #@
            pool  #@
            async with pool.acquire() as proxy:
                proxy  #@
            async with aiosqlite.connect("x.db") as db:
                db  #@
            async with await psycopg.AsyncConnection.connect("dsn") as aconn:
                aconn.cursor()  #@
            client  #@
            ssh = paramiko.SSHClient()
            ssh  #@
        """
    )
    assert [driver_of(node) for node in receivers[:6]] == [
        "asyncpg", "asyncpg", "asyncpg", "aiosqlite", "psycopg", None,
    ]
    assert is_ssh_client(receivers[6]) and not is_ssh_client(receivers[5])


def test_conversion_helpers_hand_back_their_argument() -> None:
    from checkers_pkg.checkers.security.conversions import converted_argument

    calls = extract(
        """
        def to_bytes(obj, errors=None):
            return obj.encode() if isinstance(obj, str) else obj
        def as_text(value):
            return str(value)
        def shout(value):
            return value.upper() + "!"
        to_bytes(cmd, errors="strict")  #@
        as_text(cmd)  #@
        shout(cmd)  #@
        """
    )
    assert [converted_argument(call) is not None for call in calls] == [True, True, False]
