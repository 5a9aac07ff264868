"""The sync module whose name the async one shares (redis/cluster.py beside
redis/asyncio/cluster.py)."""

import functools
import socket


@functools.cache
def resolve_localhost():
    return socket.gethostbyname("localhost")
