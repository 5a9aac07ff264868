"""Fixes (unsafe): filter="data"."""

import shutil
import tarfile


def unpack(path, target):
    with tarfile.open(path) as archive:
        archive.extractall(target)  # [unsafe-archive-extraction]
        archive.extractall()  # [unsafe-archive-extraction]
        archive.extract("member", target, filter="fully_trusted")  # [unsafe-archive-extraction]
    shutil.unpack_archive("release.tar.gz", target)  # [unsafe-archive-extraction]
