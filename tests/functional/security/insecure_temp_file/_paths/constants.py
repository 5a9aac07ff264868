"""Paths shared by the jobs."""

import tempfile

LOCK_FILE = "/tmp/inventory-sync.lock"
SPOOL_DIR = "/var/spool/inventory"
SHM_BUFFER = "/dev/shm/inventory.buf"
SCRATCH = tempfile.gettempdir()
