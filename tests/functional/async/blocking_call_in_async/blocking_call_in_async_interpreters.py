"""Path, file and socket I/O found whatever module implements the type on this
interpreter (``pathlib.Path`` is ``pathlib._local.Path`` on 3.13, ``os.path``
is ``posixpath``, sockets are ``_socket``, ``io.open`` is ``_io.open``)."""
# pylint: disable=missing-docstring
from __future__ import annotations

import asyncio
import io
import os.path
import pathlib
import socket
from pathlib import Path

from _uploads import settings
from _uploads.settings import MEDIA_ROOT
from _uploads.store import FileStore


async def load(name: str) -> str:
    return Path(name).read_text()  # [blocking-call-in-async]


async def save(path: Path, payload: bytes) -> None:
    path.write_bytes(payload)  # [blocking-call-in-async]
    pathlib.Path(path.parent, "done").write_text("")  # [blocking-call-in-async]


async def from_settings(name: str) -> bytes:
    settings.MEDIA_ROOT.joinpath(name).open("rb").close()  # [blocking-call-in-async]
    return (MEDIA_ROOT / name).read_bytes()  # [blocking-call-in-async]


class Uploads:
    def __init__(self, store: FileStore) -> None:
        self.store = store
        self.inbox = Path("/srv/inbox")

    async def accept(self, name: str) -> None:
        payload = (self.inbox / name).read_bytes()  # [blocking-call-in-async]
        await asyncio.to_thread(self.store.path_of(name).write_bytes, payload)
        with io.open(self.store.path_of("log"), "a", encoding="utf-8") as log:  # [blocking-call-in-async]
            log.write(name)

    async def notify(self, host: str) -> None:
        conn = socket.create_connection((host, 25))  # [blocking-call-in-async]
        conn.sendall(b"HELO")  # [blocking-call-in-async]


# -- silent look-alikes ------------------------------------------------------


async def pure_path_work(name: str) -> str:
    # Building and reading path names touches no file.
    target = Path("/srv") / name
    joined = os.path.join("/srv", name)
    return f"{target.name}{target.suffix}{os.path.basename(joined)}"


async def in_a_thread(name: str) -> str:
    return await asyncio.to_thread(Path(name).read_text)


def sync_helper(name: str) -> str:
    return Path(name).read_text()
