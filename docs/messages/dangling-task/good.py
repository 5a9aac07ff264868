import asyncio

BACKGROUND_TASKS = set()


async def refresh_cache():
    await asyncio.sleep(60)


async def main():
    task = asyncio.create_task(refresh_cache())
    BACKGROUND_TASKS.add(task)
    task.add_done_callback(BACKGROUND_TASKS.discard)
    async with asyncio.TaskGroup() as group:
        group.create_task(refresh_cache())
