"""Sync helpers of this code base that block, called from async def."""

import asyncio
import functools
import subprocess
import time

import requests
from asgiref.sync import sync_to_async

from _transitive_lib.settings import load_settings, parse_settings


def read_file(path):
    with open(path, encoding="utf-8") as stream:
        return stream.read()


def load_config(path):
    return read_file(path)


def helper(path):
    return load_config(path)


def too_deep(path):
    return helper(path)


def wait_a_bit():
    time.sleep(0.5)


def countdown(n):
    """Recursive: the summary must terminate."""
    if n:
        return countdown(n - 1)
    return 0


def ping_pong(n):
    return pong(n)


def pong(n):
    return ping_pong(n - 1) if n else requests.get("https://example.com")


def safe_helper(path):
    def deferred():
        return read_file(path)

    return deferred


@sync_to_async
def read_in_thread(path):
    """Runs in a worker thread: calling it returns an awaitable."""
    return read_file(path)


def offload(func):
    """An unknown decorator: it may run the function anywhere."""
    return func if func else None


@offload
def maybe_offloaded(path):
    return read_file(path)


@functools.lru_cache(maxsize=None)
def cached_settings(path):
    return read_file(path)


class Deployer:
    def _run(self, command):
        return subprocess.run(command, check=True)

    def _prepare(self):
        return self._run(["make"])

    async def deploy(self):
        self._prepare()  # [transitively-blocking-call-in-async]
        await asyncio.sleep(0)


async def main(path):
    wait_a_bit()  # [transitively-blocking-call-in-async]
    read_file(path)  # [transitively-blocking-call-in-async]
    helper(path)  # [transitively-blocking-call-in-async]
    load_settings(path)  # [transitively-blocking-call-in-async]
    ping_pong(3)  # [transitively-blocking-call-in-async]
    too_deep(path)
    countdown(3)
    safe_helper(path)
    parse_settings("a=1")
    await asyncio.to_thread(helper, path)
    await read_in_thread(path)
    maybe_offloaded(path)
    cached_settings(path)  # [transitively-blocking-call-in-async]
