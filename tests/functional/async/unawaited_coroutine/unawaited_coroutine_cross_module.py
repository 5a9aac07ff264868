"""Coroutine functions and methods defined in another module of the package."""

from _unawaited_lib import api
from _unawaited_lib.base import Repository
from _unawaited_lib.api import refresh as refresh_cache


class UserRepository(Repository):
    def table(self):
        return "users"

    async def sync(self):
        self.save({"id": 1})  # [unawaited-coroutine]
        self.table()
        self.close()  # [unawaited-coroutine]
        await self.save({"id": 2})


async def main():
    api.refresh()  # [unawaited-coroutine]
    refresh_cache()  # [unawaited-coroutine]
    api.cached_names()
    api.Client().get("/users")  # [unawaited-coroutine]
    await api.Client().get("/users")
    repository = UserRepository()
    repository.save({})  # [unawaited-coroutine]
    repository.table()
