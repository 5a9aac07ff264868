"""Prices as named tuples."""
from __future__ import annotations

import collections
import datetime
import typing
from decimal import Decimal

from _catalog_app.products import Label


class Price(typing.NamedTuple):
    amount: Decimal
    currency: str
    valid_from: datetime.date
    tag: Label


LegacyPrice = collections.namedtuple("LegacyPrice", "amount currency")
