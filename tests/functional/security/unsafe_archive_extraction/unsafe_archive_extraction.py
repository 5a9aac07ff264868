"""Tar extraction without a member filter, on TarFile objects held in names,
with targets and attributes; zip files and filtered calls stay silent."""

import shutil
import tarfile
import zipfile
from tarfile import open as open_tar

SAFE_FILTER = "data"
TRUSTED = "fully_trusted"


def install_bundle(path, dest):
    with tarfile.open(path, "r:gz") as bundle:
        bundle.extractall(dest)  # [unsafe-archive-extraction]
        bundle.extractall(dest, filter="data")
        bundle.extractall(dest, filter=SAFE_FILTER)
        bundle.extractall(dest, filter=TRUSTED)  # [unsafe-archive-extraction]
        bundle.extractall(dest, filter=tarfile.fully_trusted_filter)  # [unsafe-archive-extraction]
        member = bundle.getmember("VERSION")
        bundle.extract(member, dest)  # [unsafe-archive-extraction]
        bundle.extract(member, dest, filter="tar")
    archive = open_tar(path)
    archive.extractall(dest)  # [unsafe-archive-extraction]
    options = {"filter": "data"}
    archive.extractall(dest, **options)
    archive.extractall(dest, members=_checked(archive, dest))


def _checked(archive, dest):
    for member in archive.getmembers():
        if member.name.startswith(("/", "..")):
            raise ValueError(f"{member.name} escapes {dest}")
        yield member


class Installer:
    def __init__(self, path):
        self.archive = tarfile.open(path)

    def install(self, dest):
        self.archive.extractall(dest)  # [unsafe-archive-extraction]


def unpack(path, dest):
    shutil.unpack_archive("release.tar.gz", dest)  # [unsafe-archive-extraction]
    shutil.unpack_archive(path, dest, format="gztar")  # [unsafe-archive-extraction]
    shutil.unpack_archive(path, dest, format="gztar", filter="data")
    shutil.unpack_archive("release.zip", dest)
    shutil.unpack_archive(path, dest)
    with zipfile.ZipFile(path) as bundle:
        bundle.extractall(dest)


class Cabinet:
    """Not a tar file: its extractall files papers."""

    def extractall(self, dest):
        return dest


def file_papers(dest):
    Cabinet().extractall(dest)
