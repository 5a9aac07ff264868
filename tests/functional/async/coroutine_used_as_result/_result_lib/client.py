import functools
from dataclasses import dataclass, field


@dataclass
class Response:
    status: int
    body: dict = field(default_factory=dict)

    def json(self):
        return self.body

    def __getitem__(self, key):
        return self.body[key]


def traced(func):
    @functools.wraps(func)
    async def wrapper(*args, **kwargs):
        return await func(*args, **kwargs)

    return wrapper


class BaseClient:
    async def request(self, method, path):
        return Response(200, {"method": method, "path": path})

    def request_cached(self, method, path):
        return Response(200, {"method": method, "path": path})


class ApiClient(BaseClient):
    @traced
    async def get(self, path):
        return await self.request("GET", path)

    def get_cached(self, path):
        return self.request_cached("GET", path)

    async def count(self, path):
        return len(path)


class AdminClient(ApiClient):
    async def audit(self):
        return ["login", "logout"]


async def fetch_json(url):
    return {"url": url, "items": [1, 2]}
