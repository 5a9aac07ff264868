"""Tasks whose only reference is dropped may be garbage-collected mid-flight."""

import asyncio
from asyncio import create_task as spawn
from asyncio import ensure_future

BACKGROUND = set()


async def work(n):
    await asyncio.sleep(n)


class Worker:
    def __init__(self):
        self.loop = asyncio.get_event_loop()
        self.tasks = []

    def start(self):
        self.loop.create_task(work(1))  # [dangling-task]
        self.tasks.append(self.loop.create_task(work(2)))


async def main():
    asyncio.create_task(work(1))  # [dangling-task]
    spawn(work(2))  # [dangling-task]
    ensure_future(work(3))  # [dangling-task]
    loop = asyncio.get_running_loop()
    loop.create_task(work(4))  # [dangling-task]


class Scheduler:
    """Not an event loop: its create_task returns nothing to keep."""

    def create_task(self, job):
        return job


async def correct(scheduler):
    """Look-alikes: kept, awaited, returned, passed on, or owned by a group."""
    task = asyncio.create_task(work(1))
    task.add_done_callback(BACKGROUND.discard)
    BACKGROUND.add(asyncio.create_task(work(2)))
    await asyncio.create_task(work(3))
    async with asyncio.TaskGroup() as group:
        group.create_task(work(4))
    scheduler.create_task(work)
    Scheduler().create_task(work)
    await asyncio.gather(asyncio.ensure_future(work(5)))
    return asyncio.create_task(work(6)), task
