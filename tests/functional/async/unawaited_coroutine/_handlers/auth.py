"""Decorators of the kind web frameworks ship: sync wrappers that pass through."""

import functools
from typing import cast


def authenticated(method):
    """Like tornado's ``web.authenticated``: refuse, or return the call."""

    @functools.wraps(method)
    def wrapper(self, *args, **kwargs):
        if not self.current_user:
            self.redirect("/login")
            return None
        return method(self, *args, **kwargs)

    return wrapper


def logged(method):
    def wrapper(*args, **kwargs):
        result = method(*args, **kwargs)
        print("called", method.__name__)
        return result

    return wrapper


def blocking(method):
    """Runs the coroutine to completion: the wrapper is a plain function."""

    def wrapper(*args, **kwargs):
        import asyncio

        return asyncio.run(method(*args, **kwargs))

    return wrapper


class Traced:
    """A class-based pass-through decorator."""

    def __init__(self, func):
        self.func = func
        functools.update_wrapper(self, func)

    def __call__(self, *args, **kwargs):
        return self.func(*args, **kwargs)


def authorized(action=None, resource=None):
    """Like jupyter_server's ``@authorized``: bare or with arguments; its
    inner wrapper is async and awaits what the method returns."""

    def wrapper(method):
        @functools.wraps(method)
        async def inner(self, *args, **kwargs):
            if not self.is_allowed(action, resource):
                raise PermissionError(action)
            out = method(self, *args, **kwargs)
            if hasattr(out, "__await__"):
                return await out
            return out

        return inner

    if callable(action):
        method = action
        action = None
        return cast("FuncT", wrapper(method))
    return cast("FuncT", wrapper)
