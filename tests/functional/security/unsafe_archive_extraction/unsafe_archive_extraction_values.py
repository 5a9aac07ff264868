"""The extraction filter held in an enum member or a settings field: judged
by the value it holds, not by how it is spelled."""

import tarfile

from _restore.policy import DEFAULT_RESTORE, LEGACY_RESTORE, ArchivePolicy, ExtractFilter


def restore_compat(path):
    with tarfile.open(path) as archive:
        archive.extractall("/srv/restore", filter=ArchivePolicy.COMPAT.value)  # [unsafe-archive-extraction]


def restore_by_name(path, policy_name="COMPAT"):
    with tarfile.open(path) as archive:
        archive.extractall("/srv/restore", filter=ArchivePolicy["COMPAT"].value)  # [unsafe-archive-extraction]
    del policy_name


def restore_legacy(path):
    with tarfile.open(path) as archive:
        archive.extractall(LEGACY_RESTORE.target, filter=LEGACY_RESTORE.tar_filter)  # [unsafe-archive-extraction]


def restore_str_member(path):
    with tarfile.open(path) as archive:
        archive.extractall("/srv/restore", filter=ExtractFilter.TRUSTED)  # [unsafe-archive-extraction]


# Look-alikes: the member or the field holds the safe filter.


def restore_str_member_safe(path):
    with tarfile.open(path) as archive:
        archive.extractall("/srv/restore", filter=ExtractFilter.DATA)


def restore_safe(path):
    with tarfile.open(path) as archive:
        archive.extractall("/srv/restore", filter=ArchivePolicy.SAFE.value)


def restore_default(path):
    with tarfile.open(path) as archive:
        archive.extractall(DEFAULT_RESTORE.target, filter=DEFAULT_RESTORE.tar_filter)
