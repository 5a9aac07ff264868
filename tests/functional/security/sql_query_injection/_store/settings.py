"""Report settings kept as constants."""

import enum

REPORT_FIELDS = ("id", "customer", "total", "created")
DEFAULT_TABLE = "orders"
SORTABLE = frozenset({"created", "total"})


class Table(str, enum.Enum):
    ORDERS = "orders"
    CUSTOMERS = "customers"
