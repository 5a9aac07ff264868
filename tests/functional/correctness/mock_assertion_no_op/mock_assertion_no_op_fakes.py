"""Helpers that take their double as an annotated parameter: a hand-written
fake defines its own assertion-like members; a mock does not."""
# pylint: disable=missing-docstring,too-few-public-methods
from unittest.mock import MagicMock

from _mock_lib.fakes import FakeMailer


class RecordingGateway:
    """A fake of our own whose ``assert_called_once`` is a property check."""

    def __init__(self):
        self.charges = []

    @property
    def assert_called_once(self):
        assert len(self.charges) == 1
        return True


class Gateway:
    def charge(self, amount):
        return amount


def check_fake(gateway: RecordingGateway, mailer: FakeMailer) -> None:
    gateway.assert_called_once  # the fake's own property runs the check
    mailer.called_once_with("hi")


def check_mock(gateway: MagicMock, real: Gateway) -> None:
    gateway.assert_called_once  # [mock-assertion-no-op]
    # Gateway has no such member: whatever is passed here is a double.
    real.assert_called_once  # [mock-assertion-no-op]
