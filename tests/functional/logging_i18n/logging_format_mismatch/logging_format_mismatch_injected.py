"""Loggers injected with a default, from a project factory, and templates
built from constants of other modules."""

import logging
from typing import Optional

from _projects.nova import labels
from _projects.nova.i18n import _, _LW
from _projects.nova.labels import FAULT_PREFIX
from _projects.nova.log import get_logger

TEMPLATES = {"start": "starting %s on %s", "stop": "stopping %s"}
PARTS = ("volume %s", "on host %s")


class Scheduler:
    def __init__(self, logger=None):
        self.logger = logger or get_logger("scheduler")

    def schedule(self, host, volume):
        self.logger.info(" ".join(["scheduling %s", "on %s"]), volume)  # [logging-format-mismatch]
        self.logger.info(" ".join(PARTS), volume, host)
        self.logger.info(" ".join(PARTS), volume)  # [logging-format-mismatch]
        self.logger.warning(FAULT_PREFIX + labels.FAULT_SUFFIX, host)  # [logging-format-mismatch]
        self.logger.warning(FAULT_PREFIX + labels.FAULT_SUFFIX, host, volume)


class Exporter:
    def __init__(self, logger: Optional[logging.Logger] = None):
        self.log = logger if logger is not None else logging.getLogger("export")

    def export(self, volume):
        self.log.info(TEMPLATES["start"], volume)  # [logging-format-mismatch]
        self.log.info(TEMPLATES["stop"], volume)
        self.log.error(_LW("Volume %s is busy on %s"), volume)  # [logging-format-mismatch, translation-positional-placeholders]


def sync(volume, host, log: logging.Logger | None = None):
    log = log or get_logger("sync")
    log.info(labels.FAULT_PREFIX, volume, host)  # [logging-format-mismatch]
    log.info(_("Synced %(volume)s"), {"host": host})  # [logging-format-mismatch]
    log.info(_("Synced %(volume)s"), {"volume": volume})


class Report:
    """Not a logger: has an info method, and a logger-like name."""

    def __init__(self, logger=None):
        self.logger = logger or []

    def info(self, template, *args):
        return template % args

    def add(self, volume):
        self.info(TEMPLATES["start"], volume)
