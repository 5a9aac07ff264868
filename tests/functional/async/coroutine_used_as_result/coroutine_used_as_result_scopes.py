"""Comprehensions that bind the same name as a held coroutine are their own
scope: their reads are of their own variable, not of the coroutine."""

import asyncio
from dataclasses import dataclass


@dataclass
class Row:
    id: int
    active: bool


class Repository:
    async def fetch_rows(self, table: str) -> list[Row]:
        await asyncio.sleep(0)
        return [Row(1, True)] if table else []

    async def fetch_one(self, key: int) -> Row:
        return Row(key, True)


async def export(repo: Repository, rows: list[Row]) -> list[int]:
    row = repo.fetch_one(1)
    ids = [row.id for row in rows]
    active = {row.id for row in rows if row.active}
    index = {row.id: row for row in rows}
    total = sum(row.id for row in rows)
    flags = [r for r in rows for row in (r.active, not r.active) if row]
    first = await row
    return [first.id, len(ids), len(active), len(index), total, len(flags)]


async def still_reported(repo: Repository, rows: list[Row]) -> list[int]:
    row = repo.fetch_one(2)
    ids = [item.id for item in rows if item.id != row.id]  # [coroutine-used-as-result]
    keys = [key for key in row]  # [coroutine-used-as-result]
    nested = [[cell for cell in row] for _ in rows]  # [coroutine-used-as-result]
    await row
    return ids + keys + nested


async def outer_iterable(repo: Repository) -> list[int]:
    row = repo.fetch_rows("users")
    copied = [row for row in row]  # [coroutine-used-as-result]
    await row
    return copied
