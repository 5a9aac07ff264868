"""Blocking helpers reached through a package's re-exports, annotated locals
and context managers that hand back the client itself."""

import requests
from _shop import Inventory, make_session, pause
from _shop.storage import pause as nap


class Catalogue:
    """Same method name as Inventory.count: no I/O."""

    def __init__(self):
        self.items = {}

    def __enter__(self):
        return self.items

    def __exit__(self, *exc):
        return None

    def count(self, sku):
        return len(self.items.get(sku, ()))


async def restock(sku):
    pause(1)  # [blocking-call-in-async]
    nap(1)  # [blocking-call-in-async]
    session: requests.Session = make_session(user="shop")
    session.get("https://example.com")  # [blocking-call-in-async]
    pending: requests.Session = ...
    pending.post("https://example.com")  # [blocking-call-in-async]
    with Inventory("https://inventory") as inventory:
        inventory.count(sku)  # [transitively-blocking-call-in-async]
    async with Inventory("https://inventory") as remote:
        remote.count(sku)  # [transitively-blocking-call-in-async]
    with Catalogue() as items:
        items.get(sku)
    catalogue = Catalogue()
    return catalogue.count(sku)
