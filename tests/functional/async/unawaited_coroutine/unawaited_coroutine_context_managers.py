"""The instance a ``with`` / ``async with`` target holds: ``__aenter__``
returning ``self``, or a ``@contextlib.asynccontextmanager`` yielding one."""

import contextlib
from contextlib import asynccontextmanager, contextmanager
from typing import Self


class HttpClient:
    def __init__(self, base: str) -> None:
        self.base = base

    async def get(self, path: str) -> str:
        return self.base + path

    def url(self, path: str) -> str:
        return self.base + path

    async def __aenter__(self) -> "HttpClient":
        return self

    async def __aexit__(self, *exc: object) -> None:
        return None


class Pool:
    async def acquire(self) -> None:
        return None

    async def __aenter__(self) -> Self:
        await self.acquire()
        return self

    async def __aexit__(self, *exc: object) -> None:
        return None


class TracedClient(HttpClient):
    """Inherits ``__aenter__``: ``self`` is the subclass."""

    async def trace(self) -> None:
        return None


class Transaction:
    async def commit(self) -> None:
        return None


class Database:
    async def execute(self, sql: str) -> None:
        return None

    async def __aenter__(self) -> Transaction:
        return Transaction()

    async def __aexit__(self, *exc: object) -> None:
        return None


class SyncFactory:
    async def build(self) -> None:
        return None

    def __enter__(self):
        return self

    def __exit__(self, *exc: object) -> None:
        return None


@contextlib.asynccontextmanager
async def session(base: str):
    yield HttpClient(base)


@asynccontextmanager
async def either(base: str, pooled: bool):
    if pooled:
        yield Pool()
    else:
        yield HttpClient(base)


@contextmanager
def factory():
    yield SyncFactory()


async def handler(base: str) -> None:
    async with HttpClient(base) as client:
        client.get("/a")  # [unawaited-coroutine]
        client.url("/a")
    async with session(base) as api:
        api.get("/b")  # [unawaited-coroutine]
    async with Pool() as pool, TracedClient(base) as traced:
        pool.acquire()  # [unawaited-coroutine]
        traced.trace()  # [unawaited-coroutine]
    with SyncFactory() as made, factory() as built:
        made.build()  # [unawaited-coroutine]
        built.build()  # [unawaited-coroutine]


async def look_alikes(base: str) -> None:
    async with Database() as tx:
        tx.execute("select 1")  # __aenter__ hands back a Transaction, not the Database
    async with either(base, True) as conn:
        conn.get("/c")  # a Pool or an HttpClient: unsure
    async with HttpClient(base) as client:
        await client.get("/d")
