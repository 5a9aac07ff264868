"""Coroutine functions called as bare statements: the body never runs."""

import asyncio
import contextlib
import functools
from unittest import mock


async def fetch_user(user_id):
    await asyncio.sleep(0)
    return {"id": user_id}


def fetch_later(user_id):
    """A sync function that merely returns an awaitable."""
    return fetch_user(user_id)


def retry(times):
    def decorate(func):
        @functools.wraps(func)
        async def wrapper(*args, **kwargs):
            for _ in range(times):
                return await func(*args, **kwargs)
            return None

        return wrapper

    return decorate


def run_sync(func):
    @functools.wraps(func)
    def wrapper(*args):
        return asyncio.run(func(*args))

    return wrapper


def to_async(func):
    async def wrapper(*args):
        return func(*args)

    return wrapper


@retry(3)
async def flaky_save(record):
    return record


@run_sync
async def blocking_entry():
    return 1


@to_async
def compute_total(values):
    return sum(values)


@contextlib.asynccontextmanager
async def transaction():
    yield


async def numbers():
    yield 1


class Notifier:
    async def send(self, message):
        return message

    async def __call__(self, message):
        return await self.send(message)

    def schedule(self, message):
        self.send(message)  # [unawaited-coroutine]


class LoudNotifier(Notifier):
    async def send(self, message):
        return message.upper()

    async def broadcast(self, messages):
        for message in messages:
            self.send(message)  # [unawaited-coroutine]
            await self.send(message)


async def handler(user_id):
    fetch_user(user_id)  # [unawaited-coroutine]
    asyncio.sleep(1)  # [unawaited-coroutine]
    flaky_save({"id": user_id})  # [unawaited-coroutine]
    compute_total([1, 2])  # [unawaited-coroutine]
    notifier = Notifier()
    notifier(f"user {user_id}")  # [unawaited-coroutine]
    LoudNotifier().send("hi")  # [unawaited-coroutine]
    save_now = functools.partial(flaky_save, {"id": 0})
    save_now()  # [unawaited-coroutine]
    functools.partial(fetch_user, user_id)()  # [unawaited-coroutine]


async def correct(user_id):
    """Look-alikes: awaited, passed on, stored, returned, or not coroutines."""
    await fetch_user(user_id)
    user = await fetch_user(user_id)
    pending = fetch_user(user_id)
    await pending
    await asyncio.gather(fetch_user(1), fetch_user(2))
    task = asyncio.create_task(fetch_user(user_id))
    await asyncio.wait_for(flaky_save(user), timeout=1)
    fetch_later(user_id)
    blocking_entry()
    transaction()
    numbers()
    async with transaction():
        pass
    async for number in numbers():
        print(number)
    mock.AsyncMock()()
    mocked = mock.MagicMock()
    mocked.fetch_user(user_id)
    print(fetch_user)
    return fetch_user(user_id), task


def sync_entry():
    asyncio.run(fetch_user(1))
    loop = asyncio.new_event_loop()
    loop.run_until_complete(fetch_user(2))


class Connection:
    async def close(self):
        return None


async def connect():
    return Connection()


def abandon_connection():
    """The coroutine object's own close (it returns None), not Connection.close."""
    pending = connect()
    pending.close()
    connect().close()


async def close_connection():
    connection = Connection()
    connection.close()  # [unawaited-coroutine]


class ConnectionPool:
    async def acquire(self):
        return Connection()


class SyncConnection:
    def close(self):
        return None


async def release(pool: ConnectionPool):
    """What awaiting a plain async def gives is what it returns."""
    pooled = await pool.acquire()
    pooled.close()  # [unawaited-coroutine]
    direct = await connect()
    direct.close()  # [unawaited-coroutine]


async def release_either(pool: ConnectionPool, pooled):
    if pooled:
        connection = await pool.acquire()
    else:
        connection = SyncConnection()
    connection.close()  # a Connection or a SyncConnection: unknown
