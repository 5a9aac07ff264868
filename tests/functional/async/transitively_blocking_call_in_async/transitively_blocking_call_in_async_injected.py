"""A sleep function injected through the constructor, with a default: a
subclass whose own __init__ passes another default on to super().__init__
holds that one (tenacity's AsyncRetrying), the base's default otherwise."""

import asyncio
import time


def nap(seconds):
    time.sleep(seconds)


async def _portable_async_sleep(seconds):
    await asyncio.sleep(seconds)


class BaseRetrying:
    def __init__(self, sleep=nap):
        self.sleep = sleep


class AsyncRetrying(BaseRetrying):
    def __init__(self, sleep=_portable_async_sleep, **kwargs):
        super().__init__(sleep=sleep, **kwargs)

    async def call(self):
        await self.sleep(1)


class SyncRetrying(BaseRetrying):
    async def call(self):
        self.sleep(1)  # [transitively-blocking-call-in-async]
