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
        self.store.upload.assert_called_once  # [mock-assertion-no-op]
        self.store.delete.called_once_with("a.log")  # [mock-assertion-no-op]
        remove.asert_not_called()  # [mock-assertion-no-op]
