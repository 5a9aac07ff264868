"""Log templates resolved through names, classes and wrappers, checked
against the arguments actually passed."""

import logging
from gettext import gettext as _

LOG = logging.getLogger(__name__)
TEMPLATE = "user %s logged in from %s"
SAVED = "saved %(count)d rows into %(table)s"
PREFIX = "job %s: "
PROGRESS = "50% done, 100% soon"  # '% d' and '% s' here are prose, not placeholders


class Messages:
    DONE = "finished %s in %.1fs"


class AuditLogger(logging.Logger):
    """A user subclass of Logger: still a logger."""


AUDIT = AuditLogger("audit")


class Worker:
    def __init__(self):
        self.log = logging.getLogger("worker")
        self.adapter = logging.LoggerAdapter(self.log, {"worker": 1})

    def run(self, name, elapsed):
        self.log.info(Messages.DONE, name)  # [logging-format-mismatch]
        self.log.info(Messages.DONE, name, elapsed)
        self.adapter.warning(TEMPLATE, name)  # [logging-format-mismatch]
        self.log.debug(PREFIX + "started", name)
        self.log.debug(PREFIX + "step %s", name)  # [logging-format-mismatch]


def handlers(user, host, rows):
    LOG.info(TEMPLATE, user)  # [logging-format-mismatch]
    LOG.info(TEMPLATE, user, host, rows)  # [logging-format-mismatch]
    LOG.info(TEMPLATE)  # [logging-format-mismatch]
    LOG.info(TEMPLATE, user, host)
    logging.warning(_("disk %s is %d%% full"), user)  # [logging-format-mismatch, translation-positional-placeholders]
    logging.warning(_("disk %s is %d%% full"), user, 93)  # [translation-positional-placeholders]
    AUDIT.error(TEMPLATE, user)  # [logging-format-mismatch]
    LOG.log(logging.INFO, TEMPLATE, user)  # [logging-format-mismatch]
    LOG.log(logging.INFO, TEMPLATE, user, host)
    LOG.info(SAVED, {"count": rows})  # [logging-format-mismatch]
    LOG.info(SAVED, {"count": rows, "table": "users"})
    LOG.info("saved %(count)d rows into %(table)s", {"count": rows})  # [logging-format-mismatch]
    LOG.info(SAVED, int(rows))  # [logging-format-mismatch]
    LOG.info(SAVED, rows)
    LOG.info(SAVED)  # [logging-format-mismatch]


class Printer:
    """Not a logger, though it has an info method."""

    def info(self, message, *args):
        print(message % args)


def look_alikes(user, args, template, options):
    LOG.info("user %s", user, user)  # a literal template: pylint's own check
    LOG.info(TEMPLATE, *args)
    LOG.info(template, user)
    LOG.info(TEMPLATE, user, "h", exc_info=True, stacklevel=2)
    LOG.exception(TEMPLATE, user, "h")
    mapping = {"count": 1, "table": "t"}
    LOG.info(SAVED, mapping)
    LOG.info(SAVED, options)
    LOG.info(TEMPLATE % (user, "h"))
    LOG.info("no placeholders at all")
    LOG.info(PROGRESS)
    Printer().info(TEMPLATE, user)
    print(TEMPLATE, user)


def shout(text):
    """Not a translation function: astroid's stub for ``str.upper`` infers
    ``''``, a placeholder, not the template's text."""
    return text.upper()


def templates_from_calls(user, host):
    LOG.warning(shout("user %s on %s"), user, host)
    LOG.warning(" ".join(["user %s", "on %s"]).strip(), user, host)
    LOG.warning(TEMPLATE.capitalize(), user, host)
