"""Scheduling settings: constants built once at import time, some of them
rebound by configuration."""
import datetime
import os

from _billing.models import Ticket

GRACE = datetime.timedelta(days=3)
EPOCH = datetime.datetime(2020, 1, 1, tzinfo=datetime.timezone.utc)
REMINDER = GRACE


class Window:
    """A window that a deployment can widen in place."""

    def __init__(self):
        self.seconds = 3600

    def total_seconds(self):
        self.seconds *= 2
        return self.seconds


WINDOW = datetime.timedelta(hours=1)
if os.environ.get("WIDE_WINDOWS"):
    WINDOW = Window()

TIMEOUT = os.environ.get("TIMEOUT")
DEFAULT_TICKET = Ticket
