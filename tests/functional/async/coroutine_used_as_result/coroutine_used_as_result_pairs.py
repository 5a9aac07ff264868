"""Names bound together from a display of calls: each holds its own call."""

import asyncio


async def fetch_json(path):
    await asyncio.sleep(0)
    return {"data": path, "etag": hash(path)}


def read_local(path):
    return {"data": path}


async def both(left, right):
    first, second = fetch_json(left), fetch_json(right)
    if second:  # [coroutine-in-boolean-context]
        return first["data"]  # [coroutine-used-as-result]
    return None


async def mixed(left, right):
    remote, local = fetch_json(left), read_local(right)
    return local["data"], await remote


async def gathered(left, right):
    first, second = fetch_json(left), fetch_json(right)
    results = await asyncio.gather(first, second)
    return results[0]["data"]


async def swapped(left, right):
    first, second = fetch_json(left), fetch_json(right)
    first, second = second, first
    return first["data"], await second


async def listed(left, right):
    [first, second] = [fetch_json(left), fetch_json(right)]
    return len(second), await first  # [coroutine-used-as-result]
