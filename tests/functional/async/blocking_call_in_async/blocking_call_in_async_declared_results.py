"""Receivers typed by what their call or operation is declared to return:
a helper's return annotation, a path joined with '/', a library call the
stubs type (as black's cache helpers do)."""

import io
from pathlib import Path


def cache_file(mode: str, cache_dir: Path) -> Path:
    return cache_dir / f"cache.{mode}"


def settings_text(root: Path) -> str:
    return str(root)


async def load(cache_dir: Path):
    index = (cache_dir / "index.json").read_text(encoding="utf-8")  # [blocking-call-in-async]
    with cache_file("fast", cache_dir).open("rb") as stream:  # [blocking-call-in-async]
        return index, stream.read()


# Look-alikes: the same shapes on values that do no I/O.


async def describe(cache_dir: Path):
    backup = (cache_dir / "index.json").with_suffix(".bak")
    text = settings_text(cache_dir).strip()
    buffer = io.StringIO("x")
    return backup, text, buffer.getvalue().upper(), cache_file("fast", cache_dir).name
