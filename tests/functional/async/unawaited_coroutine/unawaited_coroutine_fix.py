"""Fixes: ``await`` the call inside an ``async def``; elsewhere no fix."""

import asyncio


class Store:
    async def save(self, item):
        await asyncio.sleep(0)
        return item


async def refresh(store: Store, items):
    store.save(items[0])  # [unawaited-coroutine]
    for item in items:
        store.save(item)  # [unawaited-coroutine]
    await store.save(None)


def sync_caller(store: Store):
    store.save(1)  # [unawaited-coroutine]


async def in_lambda(store: Store):
    return lambda: store.save(2)
