"""Extraction options held in a dict and unpacked with ``**``: an item
assigned after the display counts."""

import tarfile
import sys

EXTRACT_OPTIONS = {}
if sys.version_info >= (3, 12):
    EXTRACT_OPTIONS["filter"] = "data"


def unpack_release(path, dest):
    options = {}
    options["filter"] = "data"
    with tarfile.open(path) as bundle:
        bundle.extractall(dest, **options)


def unpack_compat(path, dest):
    with tarfile.open(path) as bundle:
        bundle.extractall(dest, **EXTRACT_OPTIONS)


def unpack_trusted(path, dest):
    options = {"numeric_owner": True}
    options["filter"] = "fully_trusted"
    with tarfile.open(path) as bundle:
        bundle.extractall(dest, **options)  # [unsafe-archive-extraction]


def unpack_plain(path, dest):
    options = {"numeric_owner": True}
    with tarfile.open(path) as bundle:
        bundle.extractall(dest, **options)  # [unsafe-archive-extraction]


def _checked(bundle, dest):
    return [member for member in bundle.getmembers() if member.name.startswith(dest)]


def unpack_every_member(blob, dest):
    with tarfile.open(fileobj=blob, mode="r:*") as bundle:
        bundle.extractall(path=dest, members=bundle.getmembers())  # [unsafe-archive-extraction]
        bundle.extractall(dest, bundle)  # [unsafe-archive-extraction]
        bundle.extractall(dest, members=_checked(bundle, dest))
        bundle.extractall(dest, members=bundle.getmembers()[:10])
