import asyncio


async def refresh_cache():
    await asyncio.sleep(60)


async def main():
    asyncio.create_task(refresh_cache())  # [dangling-task]
    loop = asyncio.get_running_loop()
    loop.create_task(refresh_cache())  # [dangling-task]
