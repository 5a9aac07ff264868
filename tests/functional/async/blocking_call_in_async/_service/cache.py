"""Cache clients: redis-py's sync client, its asyncio twin, and a look-alike."""

import redis
from redis import asyncio as aioredis

from . import settings


def get_redis() -> redis.Redis:
    return redis.Redis.from_url(settings.REDIS_URL, decode_responses=True)


def get_async_redis():
    return aioredis.from_url(settings.REDIS_URL)


class LocalCache:
    """An in-process cache with redis-like method names."""

    def __init__(self):
        self._data = {}

    def get(self, key):
        return self._data.get(key)

    def set(self, key, value):
        self._data[key] = value


class Cache:
    def __init__(self, url=settings.REDIS_URL):
        self.client = redis.Redis.from_url(url)
        self.aclient = aioredis.Redis.from_url(url)
        self.local = LocalCache()

    def remember(self, key, value):
        self.local.set(key, value)
        return self.client.setex(key, 60, value)
