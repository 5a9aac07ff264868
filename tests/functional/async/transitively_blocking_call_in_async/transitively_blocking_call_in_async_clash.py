"""A chain that ends in another file of the same name says which one."""

from _transitive_lib.transitively_blocking_call_in_async_clash import resolve_localhost


def local_address():
    return resolve_localhost()


async def connect():
    return local_address()  # [transitively-blocking-call-in-async]
