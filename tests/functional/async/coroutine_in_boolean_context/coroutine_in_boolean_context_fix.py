"""Fixes: ``if await ready():`` inside an ``async def``."""

import asyncio


async def ready():
    await asyncio.sleep(0)
    return True


async def wait_for_it():
    while not ready():  # [coroutine-in-boolean-context]
        await asyncio.sleep(1)
    if ready() and ready():  # [coroutine-in-boolean-context, coroutine-in-boolean-context]
        return True
    assert ready()  # [coroutine-in-boolean-context]
    return False


def sync_check():
    return not ready()  # [coroutine-in-boolean-context]
