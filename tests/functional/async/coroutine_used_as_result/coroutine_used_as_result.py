"""Coroutines used as if they were already their awaited results."""

import asyncio
import functools
import json
from dataclasses import dataclass

from _result_lib import AdminClient, ApiClient, fetch_json, is_healthy
from _result_lib.client import traced
from _result_lib.health import is_enabled


async def load_user(user_id):
    await asyncio.sleep(0)
    return {"id": user_id, "roles": ["admin"]}


async def load_count():
    return 3


async def load_pair():
    return 1, 2


@traced
async def load_settings():
    return {"debug": False}


@dataclass
class UserService:
    client: ApiClient

    async def profile(self, user_id):
        response = self.client.get(f"/users/{user_id}")
        return response.json()  # [coroutine-used-as-result]

    async def roles(self, user_id):
        user = load_user(user_id)
        return user["roles"]  # [coroutine-used-as-result]

    async def status(self):
        return self.client.get("/health").status  # [coroutine-used-as-result]

    async def audit_size(self):
        return len(AdminClient().audit())  # [coroutine-used-as-result]


class Reporter:
    def __init__(self, client: ApiClient):
        self.client = client
        self.loader = functools.partial(load_user, 0)

    async def first_item(self):
        return self.client.get("/items")["first"]  # [coroutine-used-as-result]

    async def owner(self):
        return self.loader()["id"]  # [coroutine-used-as-result]


async def direct_uses(url, client: ApiClient):
    items = fetch_json(url).get("items")  # [coroutine-used-as-result]
    for item in fetch_json(url):  # [coroutine-used-as-result]
        print(item)
    first, second = load_pair()  # [coroutine-used-as-result]
    found = "items" in fetch_json(url)  # [coroutine-used-as-result]
    total = load_count() + 1  # [coroutine-used-as-result]
    many = client.count("/x") > 3  # [coroutine-used-as-result]
    none_yet = load_count() == 0  # [coroutine-used-as-result]
    text = str(load_user(1))  # [coroutine-used-as-result]
    dumped = json.dumps(load_settings())  # [coroutine-used-as-result]
    merged = {**load_settings(), "debug": True}  # [coroutine-used-as-result]
    label = f"user {load_user(1)}"  # [coroutine-used-as-result]
    old_style = "user %s" % load_user(1)  # [coroutine-used-as-result]
    formatted = "user {}".format(load_user(1))  # [coroutine-used-as-result]
    return items, first, second, found, total, many, none_yet, text, dumped, merged, label, old_style, formatted


async def through_names(url):
    settings = load_settings()
    debug = settings["debug"]  # [coroutine-used-as-result]
    payload = fetch_json(url)
    size = len(payload)  # [coroutine-used-as-result]
    ok = is_healthy()
    if ok:  # [coroutine-in-boolean-context]
        print("healthy")
    return debug, size


async def poll(user_ids):
    for user_id in user_ids:
        pending = load_user(user_id)
        print(pending["id"])  # [coroutine-used-as-result]
        await pending


def sync_caller():
    """Sync code makes the same mistake: the coroutine never runs."""
    summary = load_user(7)
    return summary["id"]  # [coroutine-used-as-result]


# -- look-alikes that must stay silent ---------------------------------------


class LocalClient:
    """Same method name as ApiClient.get, but sync."""

    def get(self, path):
        return {"path": path}


async def awaited_first(client: ApiClient, url):
    response = await client.get("/a")
    body = response.json()
    data = await fetch_json(url)
    size = len(data)
    pending = load_user(1)
    user = await pending
    return body, size, user["id"], (await load_user(2))["roles"]


async def handed_on(url, queue):
    first = fetch_json(url)
    second = fetch_json(url)
    results = await asyncio.gather(first, second)
    task = asyncio.create_task(load_user(1))
    task.add_done_callback(print)
    job = load_user(2)
    queue.append(job)
    job_name = job.cr_code
    timed = load_user(3)
    timed_out = await asyncio.wait_for(timed, 1)
    return results[0]["items"], job_name, timed_out["id"]


async def own_attributes_and_identity():
    coro = load_user(1)
    name = coro.__qualname__
    if coro is not None:
        print(repr(coro), type(coro), isinstance(coro, object), f"{coro!r}")
    coro.close()
    return name


async def rebound_on_some_path(flag):
    data = load_user(1)
    if flag:
        data = {"id": 0}
    return data["id"]


async def stored_and_returned(registry):
    pending = load_user(1)
    registry["user"] = pending
    later = load_user(2)
    callback = lambda: later.cr_running  # noqa: E731
    return pending, callback


async def sync_look_alikes(client: ApiClient):
    enabled = is_enabled()
    if enabled:
        print(client.get_cached("/x").json())
    print(LocalClient().get("/x")["path"])
    same = load_count() == client  # not a literal: could compare coroutines
    return same


async def awaited_in_loop():
    pending = load_user(1)
    for _ in range(2):
        print(pending.cr_running)
        await pending


def returns_awaitable():
    """A sync function that hands back a coroutine: not a coroutine function."""
    return load_user(1)


async def not_coroutine_functions(mocked):
    value = returns_awaitable()
    return value.cr_frame, mocked.fetch()["x"]


async def debug_repr():
    pending = load_user(9)
    label = f"waiting on {pending!r}"
    return label, await pending
