"""Coroutine functions held as class attributes by staticmethod() or
classmethod() calls: the call form of the decorators keeps them async."""

import asyncio


async def fetch_json(path):
    await asyncio.sleep(0)
    return {"data": path}


async def fetch_for(cls, path):
    await asyncio.sleep(0)
    return {"kind": cls.__name__, "data": path}


def read_local(path):
    return {"data": path}


class Loader:
    load = staticmethod(fetch_json)
    load_for = classmethod(fetch_for)
    load_local = staticmethod(read_local)

    async def remote(self, path):
        return self.load(path)["data"]  # [coroutine-used-as-result]

    async def typed(self, path):
        return self.load_for(path)["kind"]  # [coroutine-used-as-result]

    async def awaited(self, path):
        return (await self.load(path))["data"]

    def local(self, path):
        return self.load_local(path)["data"]


class CachedLoader(Loader):
    async def remote(self, path):
        self.load(path)  # [unawaited-coroutine]
        return await self.load(path)


async def direct(path):
    if Loader.load(path):  # [coroutine-in-boolean-context]
        return Loader.load(path)["data"]  # [coroutine-used-as-result]
    return Loader.load_local(path)["data"]
