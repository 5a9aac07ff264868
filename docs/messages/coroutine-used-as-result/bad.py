import asyncio


class Response:
    def __init__(self, body):
        self.body = body

    def json(self):
        return self.body


async def fetch(url):
    await asyncio.sleep(0)
    return Response({"url": url, "items": [1, 2]})


async def item_count(url):
    response = fetch(url)
    data = response.json()  # [coroutine-used-as-result]
    return len(data["items"])


async def title(url):
    return f"page {fetch(url)}"  # [coroutine-used-as-result]
