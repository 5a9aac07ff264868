"""The blocking-functions option adds names to the built-in list."""

import asyncio

from _blocking_lib.legacy import LegacyClient, fetch_report
from _blocking_lib import legacy


async def refresh():
    fetch_report("daily")  # [blocking-call-in-async]
    legacy.fetch_report("weekly")  # [blocking-call-in-async]
    client = LegacyClient()
    client.download("a.csv")  # [blocking-call-in-async]
    client.ping()
    await asyncio.sleep(0)
