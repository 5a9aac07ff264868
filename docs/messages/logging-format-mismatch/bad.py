import logging

RETRY = "retrying %s (attempt %d of %d)"


class Downloader:
    def __init__(self):
        self.log = logging.getLogger("downloads")

    def fetch(self, url, attempt):
        self.log.warning(RETRY, url, attempt)  # [logging-format-mismatch]
