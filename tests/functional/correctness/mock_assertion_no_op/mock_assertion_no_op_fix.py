"""Fixes: an assertion that takes no argument and is never called is called
(safe; assert_called_with() would assert no arguments: no fix); an invented
one that is called is renamed to the nearest real one (unsafe)."""

from unittest import mock


def test_fetch():
    fetch = mock.Mock()
    fetch(1)
    fetch.assert_called_once  # [mock-assertion-no-op]
    assert fetch.assert_called_with  # [mock-assertion-no-op]
    assert fetch.assert_called  # [mock-assertion-no-op]
    fetch.called_once_with(1)  # [mock-assertion-no-op]
    fetch.assert_called_onec()  # [mock-assertion-no-op]
    fetch.assert_called_once_with(1)
