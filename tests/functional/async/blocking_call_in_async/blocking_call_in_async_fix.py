"""Fixes: time.sleep becomes await asyncio.sleep (asyncio imported here
by the fix); other blocking calls go to asyncio.to_thread (unsafe), but not
sqlite3's, whose objects refuse other threads."""

import sqlite3
import subprocess
import time
from time import sleep


async def poll(path):
    time.sleep(0.5)  # [blocking-call-in-async]
    sleep(1)  # [blocking-call-in-async]
    subprocess.run(["ls", path], check=True)  # [blocking-call-in-async]
    with open(path, encoding="utf-8") as stream:  # [blocking-call-in-async]
        return stream


async def nested(paths):
    return list(open(path) for path in paths)  # [blocking-call-in-async]


async def record(connection: sqlite3.Connection):
    connection.execute("SELECT 1")  # [blocking-call-in-async]
