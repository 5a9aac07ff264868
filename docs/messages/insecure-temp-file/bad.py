import tempfile
from pathlib import Path

LOCK_FILE = "/tmp/inventory.lock"


def take_lock():
    with open(LOCK_FILE, "w", encoding="utf-8") as lock:  # [insecure-temp-file]
        lock.write("1")


def export():
    target = tempfile.mktemp(suffix=".csv")  # [insecure-temp-file]
    Path(target).write_text("id,name\n", encoding="utf-8")
    return target
