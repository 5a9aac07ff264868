from __future__ import annotations

from collections.abc import Callable

from astroid import nodes

from checkers_pkg.checkers.asynchronous.coroutines import is_coroutine_function, self_member
from checkers_pkg.inference._cache import memoise_per_node
from checkers_pkg.inference.decorators import DecoratorEffect, decorator_effect
from tests.unit.conftest import extract

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


def test_result_use_names_each_kind_of_use() -> None:
    from checkers_pkg.checkers.asynchronous.coroutine_uses import result_use

    uses = extract(
        """
        import json
        c = None
        c.json  #@
        c.close  #@
        c["k"]  #@
        [x for x in c]  #@
        "k" in c  #@
        c in ("k",)  #@
        c + 1  #@
        c < 2  #@
        c == 0  #@
        c == d  #@
        c is None  #@
        len(c)  #@
        json.dumps(c)  #@
        repr(c)  #@
        f"{c}"  #@
        "%s" % c  #@
        "{}".format(c)  #@
        {**c}  #@
        """
    )
    found = []
    for use in uses:
        names = [n for n in use.nodes_of_class(nodes.Name) if n.name == "c"]
        found.append(result_use(names[0]))
    assert found[0] == "'.json' is looked up on the coroutine, not on its result"
    assert found[1] is None  # the coroutine's own attribute
    assert found[2] == "it is subscripted, but a coroutine has no items"
    assert found[3] == "it is iterated, but a coroutine is not iterable"
    assert found[4] == "'in' looks in the coroutine, not in its result"
    assert found[5] is None  # the left operand of 'in' is not looked into
    assert found[6] == "'+' is applied to the coroutine, not to its result"
    assert found[7] == "'<' compares the coroutine, not its result"
    assert found[8] == "'==' compares the coroutine, not its result"
    assert found[9] is None  # could be comparing two coroutines
    assert found[10] is None
    assert found[11] == "len() receives the coroutine, not its result"
    assert found[12] == "json.dumps() receives the coroutine, not its result"
    assert found[13] is None
    assert found[14] == found[15] == found[16]
    assert "formatted" in found[14]
    assert found[17] == "it is unpacked, but a coroutine is not iterable"


def test_held_coroutine_call_follows_the_name_until_it_escapes() -> None:
    from checkers_pkg.checkers.asynchronous.coroutine_uses import held_coroutine_call

    reads = extract(
        """
        async def fetch():
            return {}

        async def main(flag, queue):
            a = fetch()
            a["k"]  #@
            b = fetch()
            await b
            b["k"]  #@
            c = fetch()
            queue.append(c)
            c.x  #@
            d = fetch()
            if flag:
                d = {}
            d["k"]  #@
            e = fetch()
            (lambda: e.x)  #@
        """
    )

    def first_name(node: nodes.NodeNG) -> nodes.Name:
        return next(n for n in node.nodes_of_class(nodes.Name) if len(n.name) == 1)

    held = [held_coroutine_call(first_name(read)) for read in reads]
    assert held[0] is not None and held[0].func.as_string() == "fetch"
    assert held[1:] == [None, None, None, None]


def test_decorator_returning_an_alias_of_its_function_keeps_it_async() -> None:
    (call,) = extract(
        """
        def protect(fn, /):
            orig = fn
            fn = getattr(fn, "__wrapped__", fn)
            return orig

        @protect
        async def work():
            return 1

        work()  #@
        """
    )
    assert is_coroutine_function(call.func)


def test_partial_held_in_an_instance_attribute() -> None:
    (call,) = extract(
        """
        import functools

        async def push(channel, payload):
            return payload

        class Publisher:
            def __init__(self):
                self.publish = functools.partial(push, "c")

            def flush(self):
                self.publish(1)  #@
        """
    )
    assert is_coroutine_function(call.func)


def test_coroutine_functions_reached_under_names_no_async_def_carries() -> None:
    """Why a gate on "is the attribute's name some ``async def``'s name" is
    unsound: aliases, factories, decorators and async-callable instances give
    coroutine functions names that no ``async def`` spells. Kept as a guard
    for any future shortcut on the callee's name (see benchmarks notes)."""
    assert verdicts(
        """
        import functools
        async def _fetch(url): pass
        def make_getter():
            async def getter(): pass
            return getter
        def to_async(fn):
            async def wrapper(*args):
                return fn(*args)
            return wrapper
        class Handler:
            async def __call__(self): pass
        class Client:
            get = _fetch
            @to_async
            def put(self): pass
            def __init__(self):
                self.load = make_getter()
                self.hook = Handler()
                self.send = _fetch
            def run(self):
                self.get  #@
                self.put  #@
                self.load  #@
                self.hook  #@
                self.send  #@
                self.run  #@
        """
    ) == [True, True, True, True, True, False]


def test_self_members_of_one_class_share_one_answer() -> None:
    """``self.<member>`` is asked once per class: astroid infers ``self`` as
    the same instance in every method. A subclass, a rebound ``self`` and a
    nested function's parameter are other questions."""
    in_run, in_stop, in_subclass, rebound, nested = extract(
        """
        class Client:
            async def close(self): ...
            def run(self):
                self.close()  #@
            def stop(self):
                self.close()  #@

        class Quiet(Client):
            def close(self): ...
            def run(self):
                self.close()  #@

        class Proxy(Client):
            def run(self, other):
                self = other
                self.close()  #@
            def later(self):
                def hook(self):
                    self.close()  #@
                return hook
        """
    )
    client, quiet = in_run.scope().parent, in_subclass.scope().parent
    assert self_member(in_run.func) == self_member(in_stop.func) == (client, ("close",))
    assert self_member(in_subclass.func) == (quiet, ("close",))
    assert self_member(rebound.func) is None and self_member(nested.func) is None
    assert is_coroutine_function(in_run.func) and is_coroutine_function(in_stop.func)
    assert not is_coroutine_function(in_subclass.func)


def test_memoise_per_node_shares_answers_by_key() -> None:
    calls = []

    @memoise_per_node(on_cycle=None, same_answer_as=lambda value: value % 10 or None)
    def ask(value: int) -> int:
        calls.append(value)
        return value

    assert [ask(3), ask(13), ask(20), ask(30)] == [3, 3, 20, 30]
    assert calls == [3, 20, 30]  # 13 shares 3's key; None keys by the argument
