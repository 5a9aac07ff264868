"""Fetching supplier price lists."""

import asyncio
from dataclasses import dataclass


@dataclass
class PriceList:
    supplier: str
    prices: dict

    def price_of(self, sku):
        return self.prices.get(sku)


class SupplierClient:
    async def price_list(self, supplier):
        await asyncio.sleep(0)
        return PriceList(supplier, {"A-1": 3})


async def cheapest(client: SupplierClient, suppliers, sku):
    offers = []
    for supplier in suppliers:
        price_list = client.price_list(supplier)
        offers.append((price_list.price_of(sku), supplier))
    return min(offers)
