"""Factories that build mocks for the tests (the fixture imports them)."""

from unittest import mock


def build_gateway():
    gateway = mock.MagicMock(name="gateway")
    gateway.charge.return_value = {"status": "ok"}
    return gateway


def build_clock(now):
    clock = mock.Mock()
    clock.now.return_value = now
    return clock
