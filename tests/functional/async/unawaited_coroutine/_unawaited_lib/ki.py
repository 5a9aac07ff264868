"""trio-style decorators: they mark the function and hand it back."""

import functools

_PROTECTED = {}


def enable_ki_protection(func, /):
    orig = func
    if isinstance(func, functools.partial):
        func = func.func
    _PROTECTED[func.__code__] = True
    return orig


def register(registry):
    def decorate(func):
        registry.append(func.__name__)
        return func

    return decorate


def log_calls(func):
    """Hands back a sync wrapper that returns the call: the function stays async
    (*Keeps a function async*)."""

    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        return func(*args, **kwargs)

    return wrapper
