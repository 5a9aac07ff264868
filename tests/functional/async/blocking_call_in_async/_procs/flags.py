"""Wait options kept in one place, as supervisors do."""

import os

POLL = os.WNOHANG
POLL_STOPPED = os.WNOHANG | os.WUNTRACED
BLOCK = 0
STOPPED = os.WUNTRACED
