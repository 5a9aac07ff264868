"""Loggers and templates that live in other modules of the package."""

from _logmsg_lib import messages
from _logmsg_lib.logs import get_logger
from _logmsg_lib.messages import RETRY


class Downloader:
    log = get_logger()

    def fetch(self, url, attempt):
        self.log.warning(RETRY, url)  # [logging-format-mismatch]
        self.log.warning(RETRY, url, attempt)
        get_logger().error(messages.FAILED, url, attempt)  # [logging-format-mismatch]
        get_logger().error(messages.FAILED, url)
