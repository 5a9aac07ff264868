"""Tasks discarded inside a display or a conditional expression statement."""

import asyncio

PENDING = []


async def refresh(key):
    await asyncio.sleep(0)
    return key


class Warmer:
    def __init__(self, loop: asyncio.AbstractEventLoop):
        self.loop = loop

    def warm(self, keys):
        [self.loop.create_task(refresh(key)) for key in keys]  # a comprehension: not a display
        (self.loop.create_task(refresh("a")), self.loop.create_task(refresh("b")))  # [dangling-task, dangling-task]


async def start(urgent):
    [asyncio.create_task(refresh("x")), asyncio.create_task(refresh("y"))]  # [dangling-task, dangling-task]
    {asyncio.ensure_future(refresh("z"))}  # [dangling-task]
    asyncio.create_task(refresh("u")) if urgent else None  # [dangling-task]
    None if urgent else (asyncio.create_task(refresh("v")),)  # [dangling-task]


async def kept(urgent):
    """Look-alikes: the display or the expression is kept, awaited or passed on."""
    tasks = [asyncio.create_task(refresh("x")), asyncio.create_task(refresh("y"))]
    PENDING.extend([asyncio.create_task(refresh("z"))])
    chosen = asyncio.create_task(refresh("u")) if urgent else None
    await asyncio.gather(*(asyncio.create_task(refresh("w")),))
    asyncio.create_task(refresh("t")) if urgent else None  # [dangling-task]
    [refresh("a"), refresh("b")]  # coroutines, not tasks: another message's business
    return tasks, chosen
