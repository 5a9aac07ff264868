"""A held coroutine updated in place or given an attribute: ``total += 1``
reads the coroutine first (TypeError), ``row.seen = True`` sets an attribute
on the coroutine (AttributeError)."""

import asyncio


class Counter:
    async def count(self, table: str) -> int:
        await asyncio.sleep(0)
        return len(table)

    def cached(self, table: str) -> int:
        return len(table)


class Record:
    seen = False


async def load(key: int) -> Record:
    return Record() if key else Record()


async def tally(counter: Counter, tables: list[str]) -> int:
    total = counter.count("users")
    total += 1  # [coroutine-used-as-result]
    record = load(1)
    record.seen = True  # [coroutine-used-as-result]
    await record
    return total + len(tables)


async def look_alikes(counter: Counter, tables: list[str]) -> int:
    total = counter.cached("users")
    total += 1
    awaited = counter.count("users")
    awaited = await awaited
    awaited += 1
    for table in tables:
        pending = counter.count(table)
        done = await pending
        done += 1
    record = load(2)
    record.__qualname__ = "renamed"
    task = asyncio.ensure_future(record)
    task.seen = True
    return total + awaited + len(tables)
