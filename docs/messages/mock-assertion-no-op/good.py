import unittest
from unittest import mock


def archive(store, path):
    store.upload(path)
    store.delete(path)


class ArchiveTest(unittest.TestCase):
    def setUp(self):
        self.store = mock.MagicMock()

    @mock.patch("os.remove")
    def test_archive_uploads_then_deletes(self, remove):
        archive(self.store, "a.log")
        self.store.upload.assert_called_once()
        self.store.delete.assert_called_once_with("a.log")
        remove.assert_not_called()
