"""Coroutines used as results through a project's wiring: a partial imported
from another module, members of a container entered with ``async with`` or
typed by a parameter's annotation."""

import asyncio

from _result_lib.wiring import Container, Injected, Switchboard, fetch_admin_page


async def admin_items():
    page = fetch_admin_page()
    return page["items"]  # [coroutine-used-as-result]


async def admin_items_directly():
    return fetch_admin_page()["items"]  # [coroutine-used-as-result]


async def recent_audit():
    async with Container() as container:
        entries = container.admin.audit()
        return list(entries)[-5:]  # [coroutine-used-as-result]


async def audit_size():
    with Container() as container:
        return len(container.admin.audit())  # [coroutine-used-as-result]


async def api_is_counted(container: Container):
    if container.api.count("/users"):  # [coroutine-in-boolean-context]
        return True
    return False


# Look-alikes that must stay silent.


async def admin_items_awaited():
    page = await fetch_admin_page()
    return page["items"]


async def recent_audit_awaited():
    async with Container() as container:
        entries = await container.admin.audit()
        return list(entries)[-5:]


async def audit_gathered(container: Container):
    entries = container.admin.audit()
    done = await asyncio.gather(entries)
    return done[0]


async def cache_checked(container: Container):
    if container.cache.has("users"):  # Cache.has is a plain method
        return True
    return False


async def switchboard_member(board: Switchboard):
    return len(board.client.audit())  # AdminClient or Cache: unknown


async def injected_member(holder: Injected):
    return len(holder.client.audit())  # the caller's client: unknown
