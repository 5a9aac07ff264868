"""Sync pass-through decorators keep an async def async (tornado's @authenticated)."""

from tornado import web

from _handlers.auth import Traced, authenticated, authorized, blocking, logged


class PageHandler(web.RequestHandler):
    @web.authenticated
    async def get(self, path):
        self.write(path)

    @authenticated
    async def put(self, path):
        self.write(path)

    @logged
    async def delete(self, path):
        self.write(path)

    @blocking
    async def options(self, *args):
        self.write("ok")

    async def post(self, path):
        self.get(path)  # [unawaited-coroutine]
        self.put(path)  # [unawaited-coroutine]
        self.delete(path)  # [unawaited-coroutine]
        self.options(path)
        await self.get(path)


class FilesHandler(web.RequestHandler):
    """jupyter_server's FilesHandler.head, which drops a coroutine."""

    @web.authenticated
    @authorized
    def head(self, path):
        self.get(path, include_body=False)  # [unawaited-coroutine]
        return self.get(path, include_body=False)

    @web.authenticated
    @authorized("read", "contents")
    async def get(self, path, include_body=True):
        self.write(path if include_body else "")


@Traced
async def ping(host):
    return host


@logged
def plain(value):
    return value


async def main():
    ping("example.org")  # [unawaited-coroutine]
    plain(1)
    await ping("example.org")
