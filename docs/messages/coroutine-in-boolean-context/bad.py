class Inventory:
    async def in_stock(self, sku):
        return sku.startswith("A")


async def reserve(sku):
    inventory = Inventory()
    if inventory.in_stock(sku):  # [coroutine-in-boolean-context]
        return "reserved"
    return "backordered"
