"""Templates read from the environment or a settings object with a literal
default: the default is one possible template, not the template."""

import logging
import os

LOG_FORMAT = os.environ.get("APP_LOG_FORMAT", "%s")
FALLBACK = "synced %s"


class Syncer:
    def __init__(self, logger=None):
        self.logger = logger or logging.getLogger(__name__)
        self.template = os.environ.get("SYNC_TEMPLATE", "synced %s")

    def run(self, count, source):
        self.logger.info(LOG_FORMAT, count, source)
        self.logger.info(self.template, count, source)
        template = os.getenv("SYNC_DONE", "done %s")
        self.logger.info(template, count, source)
        self.logger.info(FALLBACK, count, source)  # [logging-format-mismatch]
