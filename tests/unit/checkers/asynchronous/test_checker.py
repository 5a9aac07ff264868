from __future__ import annotations

import pytest

from checkers_pkg.checkers.asynchronous.checker import is_boolean_context
from tests.unit.conftest import calls_to, extract


@pytest.mark.parametrize(
    ("code", "tested"),
    [
        ("if check():  #@\n    pass", True),
        ("while check():  #@\n    break", True),
        ("x = 1 if check() else 2  #@", True),
        ("assert check()  #@", True),
        ("x = not check()  #@", True),
        ("x = [i for i in y if check()]  #@", True),
        ("x = check() and y  #@", True),
        ("x = y or check()  #@", False),
        ("if y or check():  #@\n    pass", True),
        ("x = check()  #@", False),
        ("f(check())  #@", False),
        ("x = -check()  #@", False),
    ],
)
def test_boolean_context(code: str, tested: bool) -> None:
    (statement,) = extract(code)
    (call,) = calls_to(statement.root(), "check")
    assert is_boolean_context(call) is tested
