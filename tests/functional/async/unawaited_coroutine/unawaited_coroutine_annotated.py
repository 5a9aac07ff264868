"""Receivers known only by their annotations: parameters, ``self`` attributes
bound from them, dataclass fields, ``Optional`` and ``| None``."""
from __future__ import annotations

import asyncio
from dataclasses import dataclass
from typing import Any, Optional, Protocol, Union
from unittest import mock

from _unawaited_lib.api import Client
from _unawaited_lib.base import Repository


class Cache(Protocol):
    async def get(self, key: str) -> bytes: ...

    def stats(self) -> dict: ...


@dataclass
class Context:
    client: Client
    cache: Optional[Cache] = None


class Job:
    def __init__(self, repo: Repository, context: Context, cache: Cache | None = None):
        self.repo = repo
        self.context = context
        self.cache = cache

    async def run(self, record):
        self.repo.save(record)  # [unawaited-coroutine]
        self.context.client.get("/jobs")  # [unawaited-coroutine]
        self.context.cache.get("job")  # [unawaited-coroutine]
        self.cache.get("job")  # [unawaited-coroutine]
        self.cache.stats()
        self.repo.table()
        await self.repo.close()
        return record


async def handle(client: Client, cache: Cache, fallback: Union[Cache, None] = None):
    client.get("/health")  # [unawaited-coroutine]
    if cache.get("flag"):  # [coroutine-in-boolean-context]
        fallback.get("flag")  # [unawaited-coroutine]
    await asyncio.gather(client.get("/a"), cache.get("b"))
    pending = [cache.get(key) for key in "abc"]
    return pending


async def look_alikes(
    anything: Any,
    either: Client | Cache,
    named: "Client",
    stub: mock.MagicMock,
    *clients: Client,
    **caches: Cache,
):
    anything.get("x")
    either.stats()
    named.get("x")  # a string annotation is not read
    stub.get("x")
    clients.count(None)  # pylint: disable=ignored-return-value
    caches.get("x")
    await either.get("x")
