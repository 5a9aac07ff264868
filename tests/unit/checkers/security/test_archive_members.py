"""Which members an extractall(members=...) hands over (*Chosen members*)."""

from __future__ import annotations

from astroid import nodes

from checkers_pkg.checkers.security.archive_members import Members, chosen_members
from tests.unit.conftest import extract


def _chosen(call: nodes.Call) -> Members:
    members = next(keyword.value for keyword in call.keywords if keyword.arg == "members")
    return chosen_members(members, call.func.expr)


def test_selections_that_never_look_at_the_paths_are_unchecked() -> None:
    calls = extract(
        """
        import tarfile
        WANTED = {"a"}

        def regular(archive):
            for member in archive.getmembers():
                if member.isfile():
                    yield member

        tar = tarfile.open("x.tar")
        tar.extractall("d", members=[m for m in tar.getmembers() if m.isfile()])  #@
        tar.extractall("d", members=(m for m in tar if m.name in WANTED))  #@
        tar.extractall("d", members=regular(tar))  #@
        chosen = [m for m in tar.getmembers() if m.isreg()]
        tar.extractall("d", members=chosen)  #@
        tar.extractall("d", members=tar.getmembers())  #@
        tar.extractall("d", members=None)  #@
        """
    )
    assert [_chosen(call) for call in calls] == [Members.UNCHECKED] * 4 + [Members.ALL] * 2


def test_checked_paths_empty_lists_and_unknown_selections_are_not_answers() -> None:
    calls = extract(
        """
        import os, tarfile
        from pathlib import Path

        def inside(root, path):
            return os.path.commonpath([root, os.path.realpath(path)]) == root

        def checked(archive, dest):
            root = Path(dest).resolve()
            for member in archive.getmembers():
                if (root / member.name).resolve().is_relative_to(root):
                    yield member

        def extract_all(tar, dest, members):
            tar.extractall("d", members=[])  #@
            tar.extractall("d", members=checked(tar, dest))  #@
            tar.extractall("d", members=[m for m in tar if ".." not in m.name])  #@
            tar.extractall("d", members=[m for m in tar if inside(dest, m.name)])  #@
            tar.extractall("d", members=[m for m in tar if m.name.startswith(dest)])  #@
            tar.extractall("d", members=members)  #@
            tar.extractall("d", members=[tar.getmember(n) for n in ("a", "b")])  #@
        """
    )
    assert [_chosen(call) for call in calls] == [Members.SAFE_OR_UNKNOWN] * 7
