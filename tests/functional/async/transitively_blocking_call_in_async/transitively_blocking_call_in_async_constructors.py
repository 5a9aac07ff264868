"""Building an object of the code base runs its __init__: one step of the chain."""

import asyncio
import time
from dataclasses import dataclass

from _clients.config import CachedSettings, FileSettings, Limits, Manifest
from _clients.transport import Connection, LazyConnection, Throttle


class Client:
    """Waits for the server in __init__ (a handshake with a sleep)."""

    def __init__(self, url):
        self.url = url
        time.sleep(0.1)


class Registry:
    """A class without __init__ of its own: object's does nothing."""

    items: dict = {}


@dataclass
class Job:
    name: str
    retries: int = 3


class AsyncClient:
    """Built cheaply; its I/O is async."""

    def __init__(self, url):
        self.url = url

    async def fetch(self):
        await asyncio.sleep(0)
        return self.url


def make_client(url):
    return Client(url)


def build_client(url):
    """Three steps to the sleep: deeper than blocking-call-depth=2."""
    return make_client(url)


def make_lazy(host):
    return LazyConnection(host, 80)


async def handler(url, host):
    client = Client(url)  # [transitively-blocking-call-in-async]
    conn = Connection(host, 5432)  # [transitively-blocking-call-in-async]
    settings = FileSettings("/etc/app.json")  # [transitively-blocking-call-in-async]
    cached = CachedSettings("/etc/app.json")  # [transitively-blocking-call-in-async]
    other = make_client(url)  # [transitively-blocking-call-in-async]
    manifest = Manifest("/etc/manifest.json")  # [transitively-blocking-call-in-async]
    return client, conn, settings, cached, other, manifest


async def look_alikes(url, host):
    """Objects whose __init__ does no I/O, and objects built in a thread."""
    lazy = LazyConnection(host, 80)
    maker = make_lazy(host)
    deep = build_client(url)
    throttle = Throttle(0.5)
    limits = Limits(rate=5)
    registry = Registry()
    job = Job("sync")
    fetched = await AsyncClient(url).fetch()
    threaded = await asyncio.to_thread(Client, url)
    loop = asyncio.get_running_loop()
    pooled = await loop.run_in_executor(None, Connection, host, 5432)
    return lazy, maker, deep, throttle, limits, registry, job, fetched, threaded, pooled
