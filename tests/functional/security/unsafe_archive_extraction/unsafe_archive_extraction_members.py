"""members= makes an extraction safe only when each member's path was checked."""

import os
import tarfile
from dataclasses import dataclass
from pathlib import Path

from _bundles.selection import (
    data_files,
    is_within_directory,
    py_files,
    regular_files,
    safe_members,
)

WANTED = {"VERSION", "data.csv"}


@dataclass
class Release:
    path: str
    dest: str


def install(release: Release, wanted):
    """Members chosen by what they are or what they are called: still ../ paths."""
    with tarfile.open(release.path) as bundle:
        bundle.extractall(release.dest, members=[m for m in bundle.getmembers() if m.isfile()])  # [unsafe-archive-extraction]
        bundle.extractall(release.dest, members=[m for m in bundle if m.name in WANTED])  # [unsafe-archive-extraction]
        bundle.extractall(release.dest, members=(m for m in bundle.getmembers() if m.name in wanted))  # [unsafe-archive-extraction]
        bundle.extractall(release.dest, members=regular_files(bundle))  # [unsafe-archive-extraction]
        bundle.extractall(release.dest, members=data_files(bundle))  # [unsafe-archive-extraction]
        bundle.extractall(release.dest, members=None)  # [unsafe-archive-extraction]
        files = [m for m in bundle.getmembers() if m.isreg() and not m.issym()]
        bundle.extractall(release.dest, members=files)  # [unsafe-archive-extraction]
        bundle.extractall(release.dest, members=[m for m in bundle.getmembers() if m.name.startswith("data/")])  # [unsafe-archive-extraction]
        bundle.extractall(release.dest, members=[m for m in bundle if m.name.split("/")[0] in WANTED])  # [unsafe-archive-extraction]
        bundle.extractall(release.dest, members=strip_prefix(bundle))  # [unsafe-archive-extraction]
        bundle.extractall(release.dest, members=py_files(bundle))  # [unsafe-archive-extraction]
        subdir = [tarinfo for tarinfo in bundle.getmembers()]
        bundle.extractall(release.dest, members=subdir)  # [unsafe-archive-extraction]


PREFIX = "package/"


def strip_prefix(archive):
    """Moves the members out of their top folder: chosen by a constant prefix."""
    for member in archive.getmembers():
        if member.path.startswith(PREFIX):
            member.path = member.path[len(PREFIX):]
            yield member


def install_checked(release: Release, members):
    """Selections that resolve or compare each member's path, an empty list,
    members chosen by the caller, and a filter."""
    dest = os.path.realpath(release.dest)
    with tarfile.open(release.path) as bundle:
        bundle.extractall(dest, members=[])
        bundle.extractall(dest, members=safe_members(bundle, dest))
        bundle.extractall(
            dest,
            members=[
                m for m in bundle.getmembers()
                if os.path.realpath(os.path.join(dest, m.name)).startswith(dest + os.sep)
            ],
        )
        bundle.extractall(dest, members=[m for m in bundle if ".." not in m.name and not m.name.startswith("/")])
        bundle.extractall(dest, members=[m for m in bundle if not os.path.isabs(m.name) and ".." not in Path(m.name).parts])
        bundle.extractall(dest, members=[m for m in bundle if is_within_directory(dest, os.path.join(dest, m.name))])
        bundle.extractall(dest, members=[m for m in bundle if os.path.commonpath([dest, os.path.normpath(os.path.join(dest, m.name))]) == dest])
        bundle.extractall(dest, members=members)
        bundle.extractall(dest, members=[m for m in bundle.getmembers() if m.isfile()], filter="data")
        bundle.extractall(dest, members=[bundle.getmember(name) for name in ("VERSION", "data.csv")])


def safe_extract(tar, path=".", members=None, *, numeric_owner=False):
    """The recipe pasted into thousands of projects: every member checked first."""
    for member in tar.getmembers():
        member_path = os.path.join(path, member.name)
        if not is_within_directory(path, member_path):
            raise ValueError("Attempted Path Traversal in Tar File")
    tar.extractall(path, members, numeric_owner=numeric_owner)
