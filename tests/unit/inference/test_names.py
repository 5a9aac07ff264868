from __future__ import annotations

from collections.abc import Callable

from checkers_pkg.inference import qualified_name, qualified_names
from tests.unit.conftest import extract


def names_of(code: str, module_name: str = "") -> list[tuple[str, ...]]:
    return [qualified_names(node) for node in extract(code, module_name)]


def test_import_forms_and_aliases() -> None:
    found = names_of(
        """
        import subprocess as sp
        import os.path
        import os.path as osp
        from time import sleep as nap
        from os import system
        sp.run  #@
        os.path.join  #@
        osp.join  #@
        nap  #@
        system  #@
        """
    )
    assert found[0] == ("subprocess.run",)
    assert "os.path.join" in found[1]
    assert "os.path.join" in found[2]
    assert found[3] == ("time.sleep",)
    assert found[4][0] == "os.system"
    assert "posix.system" in found[4]  # where astroid says it is defined


def test_module_level_rebinding_is_followed() -> None:
    (node,) = extract(
        """
        import time
        pause = time.sleep
        def wait():
            pause  #@
        """
    )
    assert qualified_name(node) == "time.sleep"


def test_a_call_is_named_by_its_callee() -> None:
    (node,) = extract("import time\ntime.sleep(1)  #@")
    assert qualified_name(node) == "time.sleep"


def test_instances_methods_through_constructor_and_self_attribute() -> None:
    found = names_of(
        """
        import not_installed_http as http
        class Client:
            session = None
            def __init__(self):
                self.session = http.Session()
            def fetch(self):
                self.session.get  #@
        def run():
            s = http.Session()
            s.get  #@
            with http.Session() as managed:
                managed.post  #@
        """
    )
    assert found == [
        ("not_installed_http.Session.get",),
        ("not_installed_http.Session.get",),
        ("not_installed_http.Session.post",),
    ]


def test_inferred_instance_methods_and_inherited_members() -> None:
    found = names_of(
        """
        import pathlib
        import not_installed_http as http
        class MySession(http.Session):
            def extra(self):
                pass
        class Local:
            def method(self):
                pass
        pathlib.Path("x").read_text  #@
        MySession().get  #@
        MySession().extra  #@
        Local().method  #@
        Local.method  #@
        """,
        module_name="app",
    )
    # Public name first; on 3.13 the class is pathlib._local.Path, named after it.
    assert found[0][0] == "pathlib.Path.read_text"
    assert set(found[0]) <= {"pathlib.Path.read_text", "pathlib._local.Path.read_text"}
    assert found[1] == ("app.MySession.get", "not_installed_http.Session.get")
    assert found[2] == ("app.MySession.extra",)
    assert found[3] == ("app.Local.method",)
    assert found[4] == ("app.Local.method",)


def test_class_and_static_methods() -> None:
    found = names_of(
        """
        class Tool:
            @classmethod
            def make(cls):
                return cls()
            @staticmethod
            def helper():
                pass
        Tool.make  #@
        Tool.helper  #@
        Tool().helper  #@
        """,
        module_name="tools",
    )
    assert found == [("tools.Tool.make",), ("tools.Tool.helper",), ("tools.Tool.helper",)]


def test_disagreeing_bindings_give_no_name() -> None:
    (node,) = extract(
        """
        import time, os
        if os.environ:
            pause = time.sleep
        else:
            pause = print
        pause  #@
        """
    )
    assert qualified_names(node) == ()


def test_unknown_things_have_no_name() -> None:
    found = names_of(
        """
        def f(callback, items):
            callback  #@
            items[0].run  #@
            (lambda: 1)  #@
            undefined_name  #@
        """
    )
    assert found[0] == ()
    assert found[1] == ()
    assert found[2] == ()
    assert found[3] == ()


def test_cycles_terminate() -> None:
    found = names_of(
        """
        a = b
        b = a
        a  #@
        class Loop(Loop):
            pass
        Loop().anything  #@
        """
    )
    assert found[0] == ()
    assert isinstance(found[1], tuple)


def test_names_across_modules_of_a_package(package: Callable[..., str]) -> None:
    pkg = package(
        {
            "compat.py": "import time\nsleep = time.sleep\n",
            "clients.py": """
                import not_installed_http as http
                class Api:
                    def __init__(self):
                        self.session = http.Session()
                """,
            "api/__init__.py": "from ..compat import sleep as snooze\n",
        }
    )
    found = names_of(
        f"""
        from {pkg}.compat import sleep
        from {pkg}.api import snooze
        from {pkg} import clients
        sleep  #@
        snooze  #@
        clients.Api().session.get  #@
        """,
        module_name=f"{pkg}.main",
    )
    assert found[0] == (f"{pkg}.compat.sleep", "time.sleep")
    assert found[1][-1] == "time.sleep"
    assert found[2] == ("not_installed_http.Session.get",)


def test_relative_import_inside_a_package(package: Callable[..., str]) -> None:
    pkg = package({"helpers.py": "def load():\n    pass\n"})
    (node,) = extract("from .helpers import load\nload  #@", module_name=f"{pkg}.main")
    assert qualified_name(node) == f"{pkg}.helpers.load"


def test_unimportable_module_keeps_the_written_path() -> None:
    (node,) = extract("from .missing import thing\nthing  #@", module_name="lonely")
    assert qualified_names(node) in {(), (".missing.thing",), ("missing.thing",)}


def test_import_cycles_between_modules_terminate(package: Callable[..., str]) -> None:
    pkg = package({"a.py": "from .b import thing\n", "b.py": "from .a import thing\n"})
    found = names_of(
        f"""
        from functools import partial
        from {pkg}.a import thing
        partial  #@
        thing  #@
        """
    )
    assert "functools.partial" in found[0]
    assert found[1][0] == f"{pkg}.a.thing"
