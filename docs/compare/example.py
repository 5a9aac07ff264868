"""A price service: four real bugs, each written the way projects write it."""

import logging
import re

import requests

LOG = logging.getLogger(__name__)
RETRY = "retry %d of %d for %s"
IGNORE_CASE = re.IGNORECASE
TICKER = re.compile(r"[^A-Z.]")


class PriceFeed:
    def __init__(self) -> None:
        self.session = requests.Session()

    async def audit(self, symbol: str) -> None:
        LOG.info("audited %s", symbol)

    async def latest(self, raw: str, attempt: int) -> float:
        symbol = TICKER.sub("", raw, IGNORE_CASE)
        LOG.warning(RETRY, attempt, symbol)
        self.audit(symbol)
        reply = self.session.get(f"https://prices.example/{symbol}", timeout=5)
        return float(reply.text)
