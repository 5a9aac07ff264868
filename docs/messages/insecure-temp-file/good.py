import os
import tempfile
from pathlib import Path

LOCK_DIR = Path(os.environ.get("XDG_RUNTIME_DIR", "/run/user/1000"))


def take_lock():
    with open(LOCK_DIR / "inventory.lock", "w", encoding="utf-8") as lock:
        lock.write("1")


def export():
    handle, target = tempfile.mkstemp(suffix=".csv")
    with os.fdopen(handle, "w", encoding="utf-8") as out:
        out.write("id,name\n")
    return target
