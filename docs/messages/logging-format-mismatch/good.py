import logging

RETRY = "retrying %s (attempt %d of %d)"
MAX_ATTEMPTS = 3


class Downloader:
    def __init__(self):
        self.log = logging.getLogger("downloads")

    def fetch(self, url, attempt):
        self.log.warning(RETRY, url, attempt, MAX_ATTEMPTS)
