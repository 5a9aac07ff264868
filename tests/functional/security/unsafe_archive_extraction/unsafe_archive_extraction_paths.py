"""A tar archive known by the end of its path: joined, concatenated,
formatted or divided, through module constants."""

import os
import shutil
from pathlib import Path

BACKUP_DIR = "/srv/ops/backups"
LATEST_TARBALL = os.path.join(BACKUP_DIR, "latest.tar.gz")
LATEST_ZIP = os.path.join(BACKUP_DIR, "latest.zip")
SNAPSHOTS = Path(BACKUP_DIR) / "snapshots"


def restore_latest(dest):
    shutil.unpack_archive(LATEST_TARBALL, dest)  # [unsafe-archive-extraction]
    shutil.unpack_archive(LATEST_TARBALL, dest, filter="data")
    shutil.unpack_archive(LATEST_ZIP, dest)


def restore_named(name, dest):
    shutil.unpack_archive(f"{BACKUP_DIR}/{name}.tar.gz", dest)  # [unsafe-archive-extraction]
    shutil.unpack_archive(SNAPSHOTS / f"{name}.tgz", dest)  # [unsafe-archive-extraction]
    shutil.unpack_archive(f"{BACKUP_DIR}/{name}", dest)
    shutil.unpack_archive(os.path.join(BACKUP_DIR, name), dest)
