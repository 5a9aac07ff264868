"""Predictable names in shared temporary directories, through names and modules."""

import os
import tempfile
from pathlib import Path
from tempfile import mktemp as scratch_name

from _paths.constants import LOCK_FILE, SCRATCH, SHM_BUFFER, SPOOL_DIR

PID_FILE = "/var/tmp/inventory.pid"


def take_lock():
    with open(LOCK_FILE, "w", encoding="utf-8") as lock:  # [insecure-temp-file]
        lock.write(str(os.getpid()))
    fd = os.open(SHM_BUFFER, os.O_CREAT | os.O_WRONLY)  # [insecure-temp-file]
    os.close(fd)
    with open(PID_FILE, "w", encoding="utf-8") as pid:  # [insecure-temp-file]
        pid.write("1")


def scratch_files():
    name = tempfile.mktemp(suffix=".csv")  # [insecure-temp-file]
    other = scratch_name()  # [insecure-temp-file]
    handle, safe = tempfile.mkstemp(suffix=".csv")
    os.close(handle)
    with tempfile.NamedTemporaryFile("w") as named:
        named.write("x")
    return name, other, safe


def paths():
    Path("/tmp/inventory.json").write_text("{}", encoding="utf-8")  # [insecure-temp-file]
    report = Path("/tmp") / "report.txt"
    report.open("w")  # [insecure-temp-file]
    Path(SPOOL_DIR, "out.txt").write_text("", encoding="utf-8")
    Path(SCRATCH, "out.txt").write_text("", encoding="utf-8")
    with open(os.path.join(SPOOL_DIR, "queue"), encoding="utf-8") as queue:
        return queue.read()


def tmp_look_alikes(root):
    with open(root + "/tmp/cache", encoding="utf-8") as cache:
        cache.read()
    message = "/tmp/inventory is written by the sync job"
    return message
