"""Sync decorators of the code base: they wrap and call the function."""

import functools
import logging
import time
from concurrent.futures import ThreadPoolExecutor

LOG = logging.getLogger(__name__)
POOL = ThreadPoolExecutor()


def timed(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        started = time.monotonic()
        try:
            return func(*args, **kwargs)
        finally:
            LOG.debug("%s took %.3fs", func.__name__, time.monotonic() - started)

    return wrapper


def retry(attempts=3):
    def decorate(func):
        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            for _ in range(attempts - 1):
                try:
                    return func(*args, **kwargs)
                except OSError:
                    continue
            return func(*args, **kwargs)

        return wrapper

    return decorate


def in_pool(func):
    """Runs the function in a worker thread: calling it does not block."""

    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        return POOL.submit(func, *args, **kwargs)

    return wrapper


def backoff(delay=0.5, attempts=3):
    """Retries with a pause between attempts: the wrapper itself sleeps."""

    def decorate(func):
        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            for _ in range(attempts - 1):
                try:
                    return func(*args, **kwargs)
                except OSError:
                    time.sleep(delay)
            return func(*args, **kwargs)

        return wrapper

    return decorate


def audited(func):
    """Records each call: the wrapper does not block, nor does it call the
    function it wraps more than once."""

    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        LOG.info("calling %s", func.__name__)
        return func(*args, **kwargs)

    return wrapper
