"""Member selections, as projects write them."""

import os
from pathlib import Path

ALLOWED_SUFFIXES = (".csv", ".json")


def is_within_directory(directory, target):
    """The CVE-2007-4559 recipe: compare absolute paths."""
    abs_directory = os.path.abspath(directory)
    abs_target = os.path.abspath(target)
    return os.path.commonprefix([abs_directory, abs_target]) == abs_directory


def safe_members(archive, dest):
    """Yields only members that resolve inside dest."""
    root = Path(dest).resolve()
    for member in archive.getmembers():
        if (root / member.name).resolve().is_relative_to(root):
            yield member


def regular_files(archive):
    """Yields the regular files: their names are not checked."""
    for member in archive.getmembers():
        if member.isfile():
            yield member


def data_files(archive):
    """A list of members chosen by suffix only."""
    chosen = []
    for member in archive.getmembers():
        if member.name.endswith(ALLOWED_SUFFIXES):
            chosen.append(member)
    return chosen


def py_files(members):
    """The tarfile docs' example: chosen by extension only."""
    for tarinfo in members:
        if os.path.splitext(tarinfo.name)[1] == ".py":
            yield tarinfo
