"""Invented assertions handed to a unittest truth assertion: a child mock is
always true, so ``assertTrue`` passes whatever happened."""
# pylint: disable=missing-docstring,invalid-name
import unittest
from unittest import mock
from unittest.mock import MagicMock, call

from _mock_lib.factories import build_gateway
from _mock_lib.fakes import FakeMailer


class ReceiptTest(unittest.TestCase):
    def setUp(self):
        self.gateway = build_gateway()
        self.printer = MagicMock()
        self.fake_mailer = FakeMailer()

    def test_printed(self):
        self.assertTrue(self.printer.print.called_once_with("total"))  # [mock-assertion-no-op]
        self.assertIsNotNone(self.gateway.charge.has_calls([call(10)]))  # [mock-assertion-no-op]

    @mock.patch("os.remove")
    def test_removed(self, remove):
        self.assertTrue(remove.called_with("receipt.txt"), "removed")  # [mock-assertion-no-op]

    def test_lookalikes(self):
        # A fake's own method answers truly.
        self.assertTrue(self.fake_mailer.called_once_with("hi"))
        # Real attributes and ordinary children say something.
        self.assertTrue(self.printer.called)
        self.assertTrue(self.printer.is_ready())
        # A child mock is true, so assertFalse fails loudly: not a no-op.
        self.assertFalse(self.printer.print.called_once_with("total"))
        # The value compared, or not the first argument.
        self.assertEqual(self.printer.print.called_once_with("x"), self.printer.ok)
        self.assertTrue(True, self.printer.print.called_once_with("x"))
