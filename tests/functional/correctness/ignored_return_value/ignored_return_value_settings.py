"""Values held by another module's constants: imported by name, read as a
module attribute, or an alias of another constant there."""

from _billing import schedule
from _billing.schedule import EPOCH, GRACE, REMINDER, TIMEOUT, WINDOW


def plan(start):
    GRACE.total_seconds()  # [ignored-return-value]
    schedule.GRACE.total_seconds()  # [ignored-return-value]
    REMINDER.total_seconds()  # [ignored-return-value]
    EPOCH.replace(year=2000)  # [ignored-return-value]
    schedule.EPOCH.isoformat()  # [ignored-return-value]
    schedule.EPOCH.replace(year=2000)  # [ignored-return-value]
    return start


def look_alikes(start):
    WINDOW.total_seconds()  # rebound to a class whose method widens it in place
    schedule.WINDOW.total_seconds()
    TIMEOUT.strip()  # may be None; the attribute error is the point of the line
    schedule.Window().total_seconds()
    return start
