"""Billing models: dataclasses with declared fields, a NamedTuple, helpers
that return typed values."""

import dataclasses
import enum
import datetime
from decimal import Decimal
from typing import NamedTuple


@dataclasses.dataclass
class Ticket:
    number: int
    opened: datetime.datetime
    price: Decimal = Decimal("0")


class Money(NamedTuple):
    amount: Decimal
    currency: str = "EUR"


class Ledger:
    """Not a NamedTuple: its ``_replace`` changes the ledger in place."""

    def __init__(self):
        self.entries = []

    def _replace(self, **changes):
        self.entries.append(changes)
        return self


def unit_price() -> Decimal:
    return Decimal("9.99")


class Currency(str, enum.Enum):
    EUR = "EUR"
