"""Fixes: a direct call used as its result is awaited, in parentheses where
an attribute or subscript follows; a name holding the coroutine is not."""

import asyncio


class Page:
    title = ""


async def fetch() -> Page:
    await asyncio.sleep(0)
    return Page()


async def ids():
    await asyncio.sleep(0)
    return [1, 2]


async def show():
    print(fetch().title)  # [coroutine-used-as-result]
    first = ids()[0]  # [coroutine-used-as-result]
    total = len(ids())  # [coroutine-used-as-result]
    page = fetch()
    return first, total, page.title  # [coroutine-used-as-result]
