"""Comprehensions in an async def run on the event loop, as its body does; a
generator expression runs where it is consumed."""

# pylint: disable=expression-not-assigned

import asyncio
import sqlite3
import time
from pathlib import Path


class Snapshotter:
    def __init__(self, db_path):
        self.conn = sqlite3.connect(db_path)

    async def snapshot(self, tables):
        return {table: self.conn.execute(f"SELECT * FROM {table}") for table in tables}  # [blocking-call-in-async, sql-query-injection]

    async def sizes(self, paths):
        return [Path(path).read_bytes() for path in paths if path]  # [blocking-call-in-async]

    async def pause_each(self, delays):
        [time.sleep(delay) for delay in delays]  # [blocking-call-in-async]
        {time.sleep(delay) for delay in delays}  # [blocking-call-in-async]
        return any(time.sleep(delay) for delay in delays)  # [blocking-call-in-async]

    async def walk(self, roots):
        for text in (Path(root).read_text() for root in roots):  # [blocking-call-in-async]
            yield text

    async def loaded(self, roots):
        return sorted(text async for text in self.walk(roots))


async def in_threads(paths, delays):
    # handed to a thread, or deferred: nothing runs on the loop here
    sizes = await asyncio.to_thread(lambda: [Path(path).read_bytes() for path in paths])
    pending = (time.sleep(delay) for delay in delays)
    await asyncio.to_thread(list, pending)
    await asyncio.to_thread(sorted, (Path(path).read_text() for path in paths))
    later = [lambda delay=delay: time.sleep(delay) for delay in delays]
    return sizes, later


def not_async(delays):
    return [time.sleep(delay) for delay in delays]


async def awaited(delays):
    return [await asyncio.sleep(delay) for delay in delays]
