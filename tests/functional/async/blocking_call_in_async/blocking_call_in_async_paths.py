"""Paths joined with ``/``: the most common spelling of file I/O in modern code."""

import asyncio
from pathlib import Path, PurePosixPath

BASE_DIR = Path(__file__).resolve().parent
TEMPLATES = BASE_DIR / "templates"


class Url:
    """A look-alike: its ``/`` and ``read_text`` are pure string work."""

    def __init__(self, text):
        self.text = text

    def __truediv__(self, other):
        return Url(f"{self.text}/{other}")

    def read_text(self):
        return self.text


class Renderer:
    def __init__(self, root):
        self.root = Path(root)
        self.api = Url("https://example.com")

    async def render(self, name, user):
        template = (TEMPLATES / name).read_text(encoding="utf-8")  # [blocking-call-in-async]
        with (self.root / "users" / user).open("w") as stream:  # [blocking-call-in-async]
            stream.write(template)
        (Path.home() / ".cache" / name).write_bytes(b"")  # [blocking-call-in-async]
        return template

    async def look_alikes(self, name):
        endpoint = (self.api / "v1" / name).read_text()
        relative = PurePosixPath("static") / name
        target = TEMPLATES / name
        content = await asyncio.to_thread((TEMPLATES / name).read_text)
        return endpoint, relative.suffix, target.name, content

    def render_sync(self, name):
        return (TEMPLATES / name).read_text(encoding="utf-8")
