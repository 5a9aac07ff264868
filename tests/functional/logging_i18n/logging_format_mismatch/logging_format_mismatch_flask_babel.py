"""Flask-Babel's functions format the translated text themselves: the plural
ones always (``num`` is filled in), the others when given keyword variables.
What they return is a finished message, not a template awaiting arguments."""

import logging

from flask_babel import gettext, lazy_gettext, lazy_ngettext, ngettext

log = logging.getLogger(__name__)


def report(user, count):
    log.info(ngettext("%(num)d upload", "%(num)d uploads", count))
    log.info(lazy_ngettext("%(num)d file", "%(num)d files", count))
    log.info(gettext("Welcome, %(user)s", user=user))
    log.info(lazy_gettext("Bye, %(user)s", user=user))
    # Without variables Flask-Babel's gettext returns the text untouched:
    # the placeholders are still there for logging to fill.
    log.info(gettext("Welcome, %(user)s"))  # [logging-format-mismatch]
    log.info(gettext("Welcome, %(user)s"), {"user": user})
    log.info(gettext("Seen %(user)s"), {"name": user})  # [logging-format-mismatch]
