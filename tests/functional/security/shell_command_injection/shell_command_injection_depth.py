"""security-wrapper-depth=1: only direct wrappers are followed."""

import os

from _ops import run_remote
from _ops.remote import ssh


def maintenance():
    host = os.environ["TARGET"]
    run_remote("ssh " + host + " uptime")  # [shell-command-injection]
    ssh(host, "uptime")
