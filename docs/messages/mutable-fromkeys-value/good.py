from collections import OrderedDict, deque

WAREHOUSES = ("north", "south", "east")


def empty_stock():
    return {warehouse: [] for warehouse in WAREHOUSES}


def shortages():
    return {key: [] for key in WAREHOUSES}


def pending_orders(customers):
    return OrderedDict((customer, deque()) for customer in customers)
