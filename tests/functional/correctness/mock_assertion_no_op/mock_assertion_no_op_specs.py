"""A mock made from a class spec has the spec's methods: a spec method whose
name reads like an assertion's stem is the spec's, not an invented one."""

import os
from unittest.mock import Mock, create_autospec, patch


class PhoneLine:
    def has_calls(self):
        return True

    def called_once(self):
        return False

    def dial(self, number):
        return number


def test_autospec_instance():
    line = create_autospec(PhoneLine, instance=True)
    line.has_calls.return_value = True
    assert line.has_calls()
    line.called_with(1)  # [mock-assertion-no-op]


def test_spec_keyword():
    line = Mock(spec=PhoneLine)
    line.has_calls()
    line.called_once()
    line.dial.called_once_with("123")  # [mock-assertion-no-op]


def test_spec_positional():
    line = Mock(PhoneLine)
    line.has_calls()
    line.assert_called_once_with()
    line.called_once_with()  # [mock-assertion-no-op]


def test_patched_values():
    # what these patchers hand out is the dict, or the ``new`` value itself
    with patch.dict(os.environ, {"MODE": "test"}) as env:
        env.assert_called  # pylint: disable=pointless-statement
    with patch("os.getcwd", new=object()) as fake:
        fake.assert_called  # pylint: disable=pointless-statement
    with patch("os.getcwd") as made:
        made.assert_called  # [mock-assertion-no-op]
