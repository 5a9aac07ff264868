"""Wiring of a service: a container built per request, a shortcut made with
functools.partial, clients injected with defaults."""

import functools
from typing import Optional

from .client import AdminClient, ApiClient, fetch_json

fetch_admin_page = functools.partial(fetch_json, "https://admin.example")


class Cache:
    def has(self, key):
        return bool(key)


class Container:
    """Built once per request; attributes declared in the class body."""

    api: ApiClient
    admin: AdminClient
    cache: Cache

    def __init__(self, api: Optional[ApiClient] = None):
        self.api = api or ApiClient()
        self.admin = AdminClient()
        self.cache = Cache()

    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc_info):
        return None

    def __enter__(self):
        return self

    def __exit__(self, *exc_info):
        return None


class Switchboard:
    """An attribute that may hold either of two classes: no verdict."""

    def __init__(self, admin=False):
        if admin:
            self.client = AdminClient()
        else:
            self.client = Cache()


class Injected:
    """One assignment says what the caller passes, the other a client."""

    def __init__(self, client):
        self.client = client

    def reset(self):
        self.client = AdminClient()
