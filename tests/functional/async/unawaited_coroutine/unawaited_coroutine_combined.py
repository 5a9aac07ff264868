"""Combinations of what works alone: partials of decorated coroutine functions
held in attributes, and decorators that hand the function back."""

import functools

from _unawaited_lib.ki import enable_ki_protection, log_calls, register

HANDLERS = []


def retry(func):
    @functools.wraps(func)
    async def wrapper(*args, **kwargs):
        return await func(*args, **kwargs)

    return wrapper


@retry
async def push(channel, payload):
    return channel, payload


@enable_ki_protection
async def checkpoint():
    return None


@register(HANDLERS)
async def on_message(message):
    return message


@log_calls
async def wrapped_sync(value):
    return value


class Publisher:
    def __init__(self, channel):
        self.channel = channel
        self.publish = functools.partial(push, channel)
        self.label = functools.partial(str, channel)

    def flush(self, payload):
        self.publish(payload)  # [unawaited-coroutine]
        self.label()

    async def tick(self):
        checkpoint()  # [unawaited-coroutine]
        on_message("hi")  # [unawaited-coroutine]
        wrapped_sync(1)  # [unawaited-coroutine]
        await self.publish("done")
