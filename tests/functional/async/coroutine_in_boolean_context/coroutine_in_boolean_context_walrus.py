"""A coroutine-function call wrapped in an assignment expression is still
tested for truth: ``(pending := fetch())`` is the coroutine."""

import asyncio


class Queue:
    async def next_job(self) -> dict | None:
        await asyncio.sleep(0)
        return None

    def peek(self) -> dict | None:
        return None


async def drain(queue: Queue) -> int:
    handled = 0
    if (job := queue.next_job()):  # [coroutine-in-boolean-context]
        await job
    while (more := queue.next_job()):  # [coroutine-in-boolean-context]
        await more
        handled += 1
    label = "busy" if (probe := queue.next_job()) else "idle"  # [coroutine-in-boolean-context]
    await probe
    if not (last := queue.next_job()):  # [coroutine-in-boolean-context]
        return handled
    if last:  # [coroutine-in-boolean-context]
        return handled
    return handled + len(label)


async def look_alikes(queue: Queue) -> int:
    if (seen := queue.peek()):
        return len(seen)
    if (job := await queue.next_job()):
        return len(job)
    task = asyncio.create_task(pending := queue.next_job())
    if pending:
        await task
    return 0
