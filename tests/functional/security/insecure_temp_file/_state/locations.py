"""Helpers that build the service's file locations from a name."""

import os
from pathlib import Path

from _state.paths import DATA_ROOT, SPOOL


def spool_path(name):
    return Path("/tmp") / name


def spool_entry(name, suffix=".job"):
    base = Path(SPOOL)
    return base.joinpath(name + suffix)


def joined(directory, name):
    return os.path.join(directory, name)


def data_path(name):
    return Path(DATA_ROOT) / name


def chosen_path(name, shared):
    if shared:
        return Path("/tmp") / name
    return Path(DATA_ROOT) / name


def lock_for(service):
    directory = Path("/var/tmp")
    return directory / f"{service}.lock"


def nightly_path():
    return spool_path("nightly.txt")
