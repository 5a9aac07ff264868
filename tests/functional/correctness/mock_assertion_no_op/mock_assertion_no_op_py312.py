"""Invented assertions without the assert_ prefix, linted for Python 3.12
(py-version=3.12): unittest.mock raises AttributeError when the test runs."""
# pylint: disable=missing-docstring
import unittest
from unittest import mock


class Uploader:
    def __init__(self, client):
        self.client = client

    def upload(self, path):
        self.client.put(path)


class UploaderTest(unittest.TestCase):
    def setUp(self):
        self.client = mock.Mock()

    def test_upload(self):
        Uploader(self.client).upload("a.txt")
        self.client.put.called_once_with("a.txt")  # [mock-assertion-no-op]
        self.client.put.has_calls([mock.call("a.txt")])  # [mock-assertion-no-op]
        self.client.delete.not_called()  # [mock-assertion-no-op]
        self.client.put.called_once_with_args("a.txt")  # [mock-assertion-no-op]
        self.client.put.asert_called_once()  # [mock-assertion-no-op]
        assert self.client.put.called_with  # [mock-assertion-no-op]

    @mock.patch("os.remove")
    def test_cleanup(self, remove):
        remove("a.txt")
        remove.assert_called_once_with("a.txt")
        remove.any_call("a.txt")  # [mock-assertion-no-op]
        self.assertTrue(remove.called)
