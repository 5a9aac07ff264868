from __future__ import annotations

from collections.abc import Callable

from checkers_pkg.inference.coroutines import (
    DecoratorEffect,
    decorator_effect,
    is_coroutine_function,
)

from .conftest import extract

DECORATORS = """
import functools, asyncio, contextlib

def keep(fn):
    @functools.wraps(fn)
    async def wrapper(*args, **kwargs):
        return await fn(*args, **kwargs)
    return wrapper

def identity(fn):
    return fn

def to_async(fn):
    async def wrapper(*args):
        return fn(*args)
    return wrapper

def to_sync(fn):
    def wrapper(*args):
        return asyncio.run(fn(*args))
    return wrapper

def retry(times):
    def decorate(fn):
        @functools.wraps(fn)
        async def wrapper(*args):
            return await fn(*args)
        return wrapper
    return decorate

def undecidable(fn):
    if fn:
        return fn
    return print
"""


def verdicts(code: str) -> list[bool]:
    return [is_coroutine_function(node) for node in extract(code)]


def test_plain_functions_and_methods_through_the_hierarchy() -> None:
    assert verdicts(
        """
        import asyncio
        async def fetch(): pass
        def compute(): pass
        async def stream(): yield 1
        class Base:
            async def load(self): pass
            def save(self): pass
        class Child(Base):
            async def run(self):
                self.load  #@
                self.save  #@
        fetch  #@
        compute  #@
        stream  #@
        asyncio.sleep  #@
        Child().load  #@
        Base.load  #@
        """
    ) == [True, False, True, False, False, True, True, True]


def test_partials_callables_and_mocks() -> None:
    assert verdicts(
        """
        import functools
        from unittest import mock
        async def fetch(url, timeout=1): pass
        bound = functools.partial(fetch, "u")
        bare = functools.partial(fetch)
        class Handler:
            async def __call__(self): pass
        class SyncHandler:
            def __call__(self): pass
        bound  #@
        bare  #@
        functools.partial(fetch, timeout=3)  #@
        Handler()  #@
        SyncHandler()  #@
        mock.AsyncMock()  #@
        Handler  #@
        """
    ) == [True, True, True, True, False, False, False]


def test_decorators_that_keep_make_or_break_async() -> None:
    assert verdicts(
        DECORATORS
        + """
@keep
async def kept(): pass
@identity
async def same(): pass
@to_async
def made(): pass
@to_sync
async def broken(): pass
@retry(3)
async def retried(): pass
@contextlib.asynccontextmanager
async def managed(): yield
@undecidable
async def unsure(): pass
@functools.lru_cache
async def cached(): pass
kept  #@
same  #@
made  #@
broken  #@
retried  #@
managed  #@
unsure  #@
cached  #@
"""
    ) == [True, True, True, False, True, False, False, True]


def test_decorator_effects_are_named() -> None:
    nodes = extract(DECORATORS + "\nkeep  #@\nto_sync  #@\nundecidable  #@\nretry(2)  #@\nmystery  #@\n")
    assert [decorator_effect(node) for node in nodes] == [
        DecoratorEffect.MAKES_ASYNC,
        DecoratorEffect.MAKES_SYNC,
        DecoratorEffect.UNKNOWN,
        DecoratorEffect.MAKES_ASYNC,
        DecoratorEffect.UNKNOWN,
    ]


def test_base_class_in_another_module(package: Callable[..., str]) -> None:
    pkg = package(
        {
            "base.py": """
                class Repository:
                    async def get(self, key): pass
                    def key_for(self, item): pass
                """
        }
    )
    assert verdicts(
        f"""
        from {pkg}.base import Repository
        class Users(Repository):
            async def find(self):
                self.get  #@
                self.key_for  #@
        """
    ) == [True, False]


def test_unknown_and_recursive_things_are_not_coroutines() -> None:
    assert verdicts(
        """
        def f(callback):
            callback  #@
            undefined  #@
        def recurse(fn):
            return recurse(fn)
        @recurse
        async def odd(): pass
        odd  #@
        """
    ) == [False, False, False]
