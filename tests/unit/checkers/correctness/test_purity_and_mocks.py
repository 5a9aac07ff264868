"""The inference helpers behind the correctness checker, on real astroid trees."""

from __future__ import annotations

from collections.abc import Callable

import astroid
import pytest
from astroid import nodes

from checkers_pkg.checkers.correctness.assertions import (
    ASSERTIONS,
    MOCK_MEMBERS,
    invented_assertion,
)
from checkers_pkg.checkers.correctness.certain_class import certain_class
from checkers_pkg.checkers.correctness.fixtures import fixture_for
from checkers_pkg.checkers.correctness.mock_parameters import is_mocker
from checkers_pkg.checkers.correctness.mocks import MockKind, mock_kind
from checkers_pkg.checkers.correctness.purity import (
    has_own_protocol,
    pure_builtin,
    pure_method_call,
)
from checkers_pkg.inference.public_names import public_qname
from checkers_pkg.inference.values import is_dict_class, mutable_container
from tests.unit.conftest import extract


def _qname(cls: nodes.ClassDef | None) -> str | None:
    # By public name: the class is _pydatetime.datetime on 3.12+ (issue #27).
    return public_qname(cls) if cls is not None else None


def test_certain_class_needs_every_binding_to_agree() -> None:
    found = [
        _qname(certain_class(node))
        for node in extract(
            """
            import datetime
            def f(flag, value, name: str, when: "datetime.datetime"):
                text = ""
                if flag:
                    text = value.read()
                label = "a" if flag else "b"
                name  #@
                text  #@
                label  #@
                value  #@
                when  #@
                datetime.datetime.now()  #@
            """
        )
    ]
    # A string annotation is not read; now() mixes in Uninferable but is a call.
    assert found == [
        "builtins.str", None, "builtins.str", None, None, "datetime.datetime",
    ]


def test_pure_method_call_respects_overrides_and_acting_methods() -> None:
    calls = extract(
        """
        from pathlib import Path
        class Code(str):
            def upper(self):
                return self
        class Plain(str):
            pass
        Code("x").upper()  #@
        Plain("x").upper()  #@
        Path("a").replace("b")  #@
        Path("a").with_suffix(".b")  #@
        [3, 1].sort()  #@
        """
    )
    found = [pure_method_call(call) for call in calls]
    assert found[0] is None
    assert found[1] is not None and (found[1].owner, found[1].transforms) == ("str", True)
    assert found[2] is None  # Path.replace moves a file
    assert found[3] is not None and found[3].owner == "pathlib.Path"
    assert found[4] is None


def test_pure_builtin_is_resolved_not_spelled() -> None:
    calls = extract(
        """
        import builtins
        def sorted(items):
            return items
        sorted([2, 1])  #@
        builtins.len([])  #@
        map(print, [])  #@
        """
    )
    assert [pure_builtin(call) for call in calls] == [None, "len", "map"]


def test_real_members_come_from_unittest_mock() -> None:
    assert "assert_called_once_with" in ASSERTIONS
    assert "assert_awaited_once" in ASSERTIONS
    assert {"return_value", "side_effect", "call_count", "reset_mock"} <= MOCK_MEMBERS


@pytest.mark.parametrize(
    ("name", "closest", "refused_from"),
    [
        ("called_once_with", "assert_called_once_with", (3, 12)),
        ("has_calls", "assert_has_calls", (3, 12)),
        ("called_once_with_args", "assert_called_once_with", None),
        ("awaited_once_with", "assert_awaited_once_with", None),  # not in 3.12's deny list
        ("assert_called_onec", "assert_called_once", (3, 5)),
        ("assert_has_calls_once", "assert_has_calls", (3, 5)),
        ("assertCalledOnceWith", "assert_called_once_with", (3, 5)),
        ("asssert_called", "assert_called", None),
        ("asert_called_once", "assert_called_once", (3, 10)),
    ],
)
def test_invented_assertions_name_the_closest_real_one(
    name: str, closest: str, refused_from: tuple[int, int] | None
) -> None:
    invented = invented_assertion(name)
    assert invented is not None
    assert (invented.closest, invented.refused_from) == (closest, refused_from)


@pytest.mark.parametrize(
    ("name", "version", "raises"),
    [
        ("called_once_with", (3, 11), False),
        ("called_once_with", (3, 12), True),
        ("called_once_with", (3, 13), True),
        ("asert_called", (3, 9), False),
        ("asert_called", (3, 10), True),
        ("called_once_with_args", (3, 13), False),
    ],
)
def test_what_a_mock_refuses_depends_on_the_python_targeted(
    name: str, version: tuple[int, int], raises: bool
) -> None:
    invented = invented_assertion(name)
    assert invented is not None
    assert invented.raises_on(version) is raises


@pytest.mark.parametrize(
    "name", ["assert_called_once", "return_value", "get", "call", "fetch_calls", "_private"]
)
def test_real_or_unrelated_names_are_not_invented(name: str) -> None:
    assert invented_assertion(name) is None


def test_patch_decorators_inject_bottom_up_and_new_injects_nothing() -> None:
    params = extract(
        """
        from unittest import mock
        @mock.patch("os.getpid")
        class T:
            @mock.patch("a.b")
            @mock.patch("a.c", new=1)
            @mock.patch.object(mock, "seal", autospec=True)
            @mock.patch("a.d", new_callable=dict)
            @mock.patch.dict("os.environ", {})
            def test_x(self, d, seal, b, getpid, other):
                d  #@
                seal  #@
                b  #@
                getpid  #@
                other  #@
        """
    )
    assert [mock_kind(p) for p in params] == [
        MockKind.NONE, MockKind.SPECCED, MockKind.PLAIN, MockKind.PLAIN, MockKind.NONE,
    ]


def test_mocks_from_with_start_and_children() -> None:
    found = [
        mock_kind(node)
        for node in extract(
            """
            from unittest.mock import MagicMock, patch, sentinel
            patcher = patch("os.remove")
            started = patcher.start()
            with patch("os.stat") as stat, patch.dict("os.environ") as env:
                pass
            m = MagicMock()
            started  #@
            stat  #@
            env  #@
            m.client.get  #@
            m.return_value.get  #@
            m.call_args  #@
            m()  #@
            sentinel.token  #@
            """
        )
    ]
    assert found == [
        MockKind.PLAIN, MockKind.PLAIN, MockKind.NONE, MockKind.PLAIN, MockKind.PLAIN,
        MockKind.NONE, MockKind.PLAIN, MockKind.NONE,
    ]


def test_mocker_by_name_or_annotation() -> None:
    found = [
        is_mocker(node)
        for node in extract(
            """
            from pytest_mock import MockerFixture
            def test_a(mocker, other):
                mocker  #@
                other  #@
            def test_b(m: MockerFixture, mocker: dict):
                m  #@
                mocker  #@
            """
        )
    ]
    assert found == [True, False, True, False]


def test_fixtures_are_found_in_conftest_files_above(package: Callable[..., str]) -> None:
    name = package(
        {
            "conftest.py": """
                import pytest
                from unittest import mock

                @pytest.fixture
                def client():
                    return mock.MagicMock()

                @pytest.fixture
                def settings():
                    return {}
            """,
            "sub/__init__.py": "",
            "sub/test_api.py": """
                def test_api(client, settings):
                    client.get.called_once_with()
                    settings.get("x")
            """,
        }
    )
    module = astroid.MANAGER.ast_from_module_name(f"{name}.sub.test_api")
    test = module.body[0]
    client, settings = test.args.args
    fixture = fixture_for(client)
    assert fixture is not None and fixture.name == "client"
    receivers = [call.func.expr for call in test.nodes_of_class(nodes.Call)]
    assert [mock_kind(receiver) for receiver in receivers] == [MockKind.PLAIN, MockKind.NONE]
    assert fixture_for(settings) is not None


def test_mutable_containers_and_dict_receivers() -> None:
    values = extract(
        """
        import collections
        EMPTY = [n for n in range(3)]
        class Registry(dict):
            pass
        class Own(dict):
            @classmethod
            def fromkeys(cls, keys, value=None):
                return cls()
        EMPTY  #@
        collections.Counter()  #@
        ()  #@
        frozenset()  #@
        Registry  #@
        Own  #@
        collections.OrderedDict  #@
        {}  #@
        """
    )
    assert [mutable_container(v) for v in values[:4]] == ["list", "Counter", None, None]
    assert [is_dict_class(v) for v in values[4:]] == [True, False, True, True]


def test_certain_class_of_loop_variables_and_annotated_returns() -> None:
    found = [
        _qname(certain_class(node))
        for node in extract(
            """
            from pathlib import Path
            from typing import Optional, Sequence
            def fetch():
                return undefined_name
            def name() -> str:
                return fetch()
            def f(names: list[str], paths: Optional[Sequence[Path]], pairs: tuple[str, int],
                  text: str, base: Path, anything):
                for a in names:
                    a  #@
                for b in paths:
                    b  #@
                for c in pairs:
                    c  #@
                for d in text.splitlines():
                    d  #@
                for e in anything:
                    e  #@
                name()  #@
                base / "x"  #@
                f"{anything}"  #@
            """
        )
    ]
    assert found == [
        "builtins.str", "pathlib.Path", None, "builtins.str", None, "builtins.str",
        "pathlib.Path", "builtins.str",
    ]


def test_classes_of_their_own_may_act_in_len() -> None:
    values = extract(
        """
        class Rows:
            def __len__(self):
                return 0
        Rows()  #@
        [1, 2]  #@
        "text"  #@
        """
    )
    assert [has_own_protocol(value) for value in values] == [True, False, False]


def test_alias_cycles_end() -> None:
    nodes_ = extract(
        """
        p = q
        q = p
        p.start()  #@
        for x in x:
            x.strip()  #@
        """
    )
    assert mock_kind(nodes_[0]) is MockKind.NONE
    assert pure_method_call(nodes_[1]) is None


def test_type_tests_and_divmod_are_pure_builtins_unless_shadowed() -> None:
    calls = extract(
        """
        def check(x, items):
            isinstance(x, int)  #@
            issubclass(type(x), int)  #@
            divmod(x, 60)  #@
            callable(x)  #@

        def shadowed(isinstance):
            isinstance(1, int)  #@
        """
    )
    assert [pure_builtin(call) for call in calls] == [
        "isinstance", "issubclass", "divmod", "callable", None,
    ]


def test_the_written_out_mock_members_are_the_running_interpreter_s() -> None:
    """``assertions`` and ``mock_parameters`` spell out what they know of
    ``unittest.mock`` so that a run never imports it."""
    import unittest.mock  # pylint: disable=import-outside-toplevel

    from checkers_pkg.checkers.correctness import assertions, mock_parameters

    running = {
        name
        for cls in (unittest.mock.MagicMock, unittest.mock.AsyncMock,
                    unittest.mock.NonCallableMock)
        for name in dir(cls)
    }
    # class attributes Python 3.13 adds to every class
    assert assertions.MOCK_MEMBERS - running <= {"__firstlineno__", "__static_attributes__"}
    assert running <= assertions.MOCK_MEMBERS
    assert assertions._REFUSED_STEMS == {  # pylint: disable=protected-access
        name.removeprefix("assert_")
        for name in dir(unittest.mock.NonCallableMock)
        if name.startswith("assert_")
    }
    assert mock_parameters.PATCH_TEST_PREFIX == unittest.mock.patch.TEST_PREFIX


def test_a_run_imports_neither_unittest_mock_nor_sqlite3() -> None:
    """Their imports (asyncio, ssl, the C library) would cost every run memory."""
    import subprocess  # pylint: disable=import-outside-toplevel
    import sys  # pylint: disable=import-outside-toplevel

    probe = (
        "import sys, checkers_pkg; "
        "print(sorted({'unittest.mock', 'asyncio', 'sqlite3'} & set(sys.modules)))"
    )
    output = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                            check=True).stdout
    assert output.strip() == "[]"
