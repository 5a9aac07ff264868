"""A local name holding a coroutine, tested for truth: always true."""

import asyncio


class FeatureFlags:
    async def enabled(self, name):
        await asyncio.sleep(0)
        return name == "beta"

    def enabled_cached(self, name):
        return name == "beta"


async def is_ok(url):
    return bool(url)


async def handle(flags: FeatureFlags, url, urls):
    ok = is_ok(url)
    if ok:  # [coroutine-in-boolean-context]
        print("ok")
    beta = flags.enabled("beta")
    label = "beta" if beta else "stable"  # [coroutine-in-boolean-context]
    checks = [is_ok(u) for u in urls]
    pending = is_ok(url)
    while not pending:  # [coroutine-in-boolean-context]
        break
    return label, checks


async def look_alikes(flags: FeatureFlags, url):
    cached = flags.enabled_cached("beta")
    if cached:
        print("cached")
    awaited = is_ok(url)
    awaited = await awaited
    if awaited:
        print("awaited")
    gathered = is_ok(url)
    results = await asyncio.gather(gathered)
    if gathered is not None and results:
        print("gathered")
    task = asyncio.ensure_future(is_ok(url))
    if task:
        await task
