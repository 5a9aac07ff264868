"""Paths under /tmp held in enum members, settings fields and path
constructions of constants from another module."""

from pathlib import Path

from _state.paths import (
    DATA_ROOT,
    PRIVATE,
    PRIVATE_CACHE,
    PRIVATE_QUEUE,
    PRIVATE_STORE,
    SHARED,
    SHARED_CACHE,
    SPOOL,
    StateFile,
)


def take_lock():
    with open(StateFile.LOCK.value, "w", encoding="utf-8") as lock:  # [insecure-temp-file]
        lock.write("1")


def scratch_file():
    return open(SHARED.scratch, "w", encoding="utf-8")  # [insecure-temp-file]


def spool_entry(text):
    Path(SPOOL, "queue").joinpath("next.txt").write_text(text, encoding="utf-8")  # [insecure-temp-file]


def shared_cache():
    return open(SHARED_CACHE.cache_file, "w", encoding="utf-8")  # [insecure-temp-file]


# Look-alikes: the same shapes holding private paths.


def private_cache():
    return open(PRIVATE_CACHE.cache_file, "w", encoding="utf-8")


def read_cache():
    with open(StateFile.CACHE.value, "w", encoding="utf-8") as cache:
        cache.write("{}")


def private_scratch():
    return open(PRIVATE.scratch, "w", encoding="utf-8")


def data_entry(text):
    Path(DATA_ROOT, "queue").joinpath("next.txt").write_text(text, encoding="utf-8")


def private_store():
    """Class defaults under /tmp, overridden by the constructor call."""
    with open(PRIVATE_STORE.cache_file, "w", encoding="utf-8") as cache:
        cache.write("{}")
    return open(PRIVATE_QUEUE.spool_file, "a", encoding="utf-8")
