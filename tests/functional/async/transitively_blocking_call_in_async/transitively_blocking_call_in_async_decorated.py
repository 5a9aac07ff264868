"""Sync helpers behind sync wrappers (timing, retry): the chain goes through."""

import subprocess
from pathlib import Path

from _transitive_lib.instrument import in_pool, retry, timed


@timed
def load_manifest(path):
    return Path(path).read_text(encoding="utf-8")


@retry(attempts=5)
def deploy(target):
    return subprocess.run(["deploy", target], check=True)


@in_pool
def archive(path):
    return subprocess.run(["tar", "czf", path], check=True)


@timed
def checksum(data):
    return sum(data)


class Release:
    @timed
    def upload(self, path):
        return load_manifest(path)


async def release(path, target):
    load_manifest(path)  # [transitively-blocking-call-in-async]
    deploy(target)  # [transitively-blocking-call-in-async]
    Release().upload(path)  # [transitively-blocking-call-in-async]
    archive(path)
    return checksum(b"abc")
