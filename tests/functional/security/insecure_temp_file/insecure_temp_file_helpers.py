"""Paths built by the project's helpers from the names their callers pass."""

from pathlib import Path

from _state.locations import (
    chosen_path,
    data_path,
    joined,
    lock_for,
    nightly_path,
    spool_entry,
    spool_path,
)


def write_job(data):
    with open(spool_path("job.txt"), "w") as fh:  # [insecure-temp-file]
        fh.write(data)
    spool_entry("nightly").write_text(data)  # [insecure-temp-file]
    with open(joined("/var/tmp", "state.json"), "w") as fh:  # [insecure-temp-file]
        fh.write(data)
    lock_for("billing").write_text("1")  # [insecure-temp-file]
    nightly_path().write_text(data)  # [insecure-temp-file]


def relay(name, data):
    with open(spool_path(name), "w") as fh:  # the name comes from the caller: unknown path
        fh.write(data)


def look_alikes(data, shared):
    with open(data_path("job.txt"), "w") as fh:  # not a shared temporary directory
        fh.write(data)
    with open(chosen_path("job.txt", shared), "w") as fh:  # two possible places
        fh.write(data)
    with open(joined(Path.home(), "job.txt"), "w") as fh:
        fh.write(data)
