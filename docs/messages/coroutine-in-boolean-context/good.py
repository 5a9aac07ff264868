class Inventory:
    async def in_stock(self, sku):
        return sku.startswith("A")


async def reserve(sku):
    inventory = Inventory()
    if await inventory.in_stock(sku):
        return "reserved"
    return "backordered"
