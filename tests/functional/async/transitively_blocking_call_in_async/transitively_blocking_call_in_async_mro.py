"""Methods looked up on self follow Python's method resolution order (C3),
not a depth-first walk of the bases: in Both(SyncSub, AsyncBase) the async
_copy of AsyncBase is found before Base._copy (as on jupyter_server)."""

import asyncio
import shutil


class Base:
    def _copy(self, source, target):
        shutil.copyfile(source, target)


class SyncSub(Base):
    def describe(self):
        return "sync"


class AsyncBase(Base):
    async def _copy(self, source, target):
        await asyncio.to_thread(shutil.copyfile, source, target)


class Both(SyncSub, AsyncBase):
    async def save(self, source, target):
        await self._copy(source, target)

    async def forget(self, source, target):
        self._copy(source, target)  # [unawaited-coroutine]


class OnlySync(SyncSub):
    async def save(self, source, target):
        self._copy(source, target)  # [transitively-blocking-call-in-async]


async def save_with(store: Both, source, target):
    """A receiver known by its annotation only: the member is found in C3
    order too."""
    await store._copy(source, target)
    store._copy(source, target)  # [unawaited-coroutine]
