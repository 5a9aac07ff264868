"""A coroutine object is always true: the test never sees the result."""

import asyncio


class Cache:
    async def contains(self, key):
        return key == "hit"

    async def is_fresh(self, key):
        return bool(key)


async def user_exists(user_id):
    await asyncio.sleep(0)
    return user_id > 0


async def checks(user_id, keys):
    cache = Cache()
    if user_exists(user_id):  # [coroutine-in-boolean-context]
        pass
    elif cache.contains("k"):  # [coroutine-in-boolean-context]
        pass
    while not cache.is_fresh("k"):  # [coroutine-in-boolean-context]
        break
    assert user_exists(user_id), "missing"  # [coroutine-in-boolean-context]
    ready = "yes" if Cache().is_fresh("k") else "no"  # [coroutine-in-boolean-context]
    fresh = [key for key in keys if Cache().contains(key)]  # [coroutine-in-boolean-context]
    if user_id and user_exists(user_id):  # [coroutine-in-boolean-context]
        pass
    if user_exists(user_id) or user_id:  # [coroutine-in-boolean-context]
        pass
    return ready, fresh


async def unknown_receiver(cache):
    """Nothing says what `cache` is: no finding rather than a guess."""
    if cache.contains("k"):
        pass


async def correct(user_id):
    """Look-alikes: awaited tests, and a coroutine as a value, not a test."""
    cache = Cache()
    if await user_exists(user_id):
        pass
    while not await cache.is_fresh("k"):
        break
    assert await cache.contains("k")
    pending = user_id or user_exists(user_id)
    if asyncio.iscoroutinefunction(user_exists):
        pass
    if callable(cache.contains):
        pass
    if cache.contains:  # a bound method, not a call
        pass
    return await pending
