import shutil
import tarfile


class Installer:
    def __init__(self, path):
        self.archive = tarfile.open(path)

    def install(self, dest):
        self.archive.extractall(dest, filter="data")


def unpack(path, dest):
    shutil.unpack_archive(path, dest, format="gztar", filter="data")
