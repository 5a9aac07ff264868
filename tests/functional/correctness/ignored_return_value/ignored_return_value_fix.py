"""Fixes (unsafe): assign the result back when the message says it can be."""

from decimal import Decimal

LIMIT = "  x  "


def tidy(name: str, price: Decimal, items):
    name.strip()  # [ignored-return-value]
    price.quantize(Decimal("0.01"))  # [ignored-return-value]
    sorted(items)  # [ignored-return-value]
    LIMIT.strip()  # [ignored-return-value]
    return name, price
