"""A coroutine-function call wrapped in an assignment expression, used as if it
were its awaited result."""

import asyncio


class Api:
    async def get(self, path: str) -> dict:
        await asyncio.sleep(0)
        return {"path": path}

    def cached(self, path: str) -> dict:
        return {"path": path}


async def render(api: Api) -> str:
    title = (resp := api.get("/title"))["text"]  # [coroutine-used-as-result]
    await resp
    body = (page := api.get("/body")).content  # [coroutine-used-as-result]
    size = len(page)  # [coroutine-used-as-result]
    await page
    return f"{title} {body} {size}"


async def look_alikes(api: Api) -> str:
    title = (resp := api.cached("/title"))["text"]
    body = (await (page := api.get("/body")))["text"]
    done = asyncio.ensure_future(task := api.get("/footer"))
    task.close()
    return f"{title} {body} {resp} {page} {done}"
