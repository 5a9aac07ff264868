"""Coroutine functions reached through a registry's method decorator, an
awaited async classmethod or staticmethod factory, and an async context
manager method."""

import contextlib


class Bus:
    def __init__(self):
        self.handlers = {}

    def on(self, event):
        def register(handler):
            self.handlers.setdefault(event, []).append(handler)
            return handler

        return register

    def wrap(self, event):
        def register(handler):
            def sync_handler(payload):
                return event, handler, payload

            return sync_handler

        return register


bus = Bus()


@bus.on("message")
async def on_message(payload):
    return payload


@bus.wrap("ping")
async def on_ping(payload):
    return payload


class Conn:
    async def execute(self, sql):
        return sql

    def close(self):
        return None


class Client:
    @classmethod
    async def connect(cls, url):
        return cls()

    @staticmethod
    async def default():
        return Client()

    async def send(self, text):
        return text

    @contextlib.asynccontextmanager
    async def session(self):
        yield Conn()


async def main(payload):
    on_message(payload)  # [unawaited-coroutine]
    on_ping(payload)
    client = await Client.connect("wss://example.invalid")
    client.send("hi")  # [unawaited-coroutine]
    fallback = await Client.default()
    fallback.send("hi")  # [unawaited-coroutine]
    await client.send("bye")


async def query(sql):
    client = Client()
    async with client.session() as conn:
        conn.execute(sql)  # [unawaited-coroutine]
        conn.close()
        return await conn.execute(sql)


@contextlib.asynccontextmanager
async def api_session(url):
    client = await Client.connect(url)
    try:
        yield client
    finally:
        await client.send("bye")


class Repository:
    def __init__(self, client: Client):
        self.client = client

    async def touch(self, key):
        async with self.client.session() as conn:
            conn.execute(f"UPDATE items SET seen = now() WHERE id = {key}")  # [unawaited-coroutine]


async def shutdown(url):
    async with api_session(url) as client:
        client.send("stopping")  # [unawaited-coroutine]
        await client.send("stopped")
