"""Keeping stock levels in step with the warehouse."""

import asyncio

from inventory.storage import StockStore, load_levels


class WarehouseSync:
    def __init__(self, database, snapshot):
        self.store = StockStore(database)
        self.snapshot = snapshot

    async def is_stale(self):
        await asyncio.sleep(0)
        return True

    async def pull(self):
        if not self.is_stale():
            return {}
        levels = load_levels(self.snapshot)
        for sku, count in levels.items():
            self.store.record(sku, count)
        return levels

    async def run_forever(self):
        while True:
            asyncio.create_task(self.pull())
            await asyncio.sleep(60)
