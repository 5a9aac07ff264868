from collections import OrderedDict, deque

WAREHOUSES = ("north", "south", "east")
NO_ITEMS = []


def empty_stock():
    return dict.fromkeys(WAREHOUSES, NO_ITEMS)  # [mutable-fromkeys-value]


def shortages():
    return dict.fromkeys(WAREHOUSES, [])  # [mutable-fromkeys-value]


def pending_orders(customers):
    queue = deque()
    return OrderedDict.fromkeys(customers, queue)  # [mutable-fromkeys-value]
