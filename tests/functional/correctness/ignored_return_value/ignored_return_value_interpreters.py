"""The same findings whatever module implements the type on this interpreter.

``datetime`` is ``_datetime`` or ``_pydatetime``, ``decimal.Decimal`` is
``_decimal`` or ``_pydecimal``, ``pathlib.Path`` lives in ``pathlib._local``
on 3.13: each is one type, known by its public name.
"""
# pylint: disable=missing-docstring,too-few-public-methods
from __future__ import annotations

import datetime
import decimal
from dataclasses import dataclass
from datetime import date, time, timedelta, timezone
from decimal import Decimal
from fractions import Fraction
from pathlib import Path, PurePath

from _billing import settings
from _billing.clock import Clock
from _billing.settings import MINIMUM


def stamp(when: datetime.datetime) -> datetime.datetime:
    when.replace(tzinfo=timezone.utc)  # [ignored-return-value]
    return when


def seconds(window: timedelta) -> float:
    window.total_seconds()  # [ignored-return-value]
    return 0.0


def rounded(price: Decimal) -> Decimal:
    price.quantize(Decimal("0.01"))  # [ignored-return-value]
    return price


def built_here() -> None:
    when = datetime.datetime.now(timezone.utc)
    when.replace(microsecond=0)  # [ignored-return-value]
    window = timedelta(hours=1)
    window.total_seconds()  # [ignored-return-value]
    price = Decimal("19.999")
    price.quantize(Decimal("0.01"))  # [ignored-return-value]
    rate = decimal.Decimal("0.2")
    rate.normalize()  # [ignored-return-value]
    share = Fraction(1, 3)
    share.limit_denominator(10)  # [ignored-return-value]
    day = date.today()
    day.isoformat()  # [ignored-return-value]
    noon = time(12, 0)
    noon.replace(hour=13)  # [ignored-return-value]


def from_settings() -> None:
    MINIMUM.normalize()  # [ignored-return-value]
    minimum = settings.MINIMUM
    minimum.quantize(Decimal("1"))  # [ignored-return-value]


def from_a_clock(clock: Clock) -> None:
    clock.now().replace(second=0)  # [ignored-return-value]
    clock.today().isoformat()  # [ignored-return-value]


@dataclass
class Statement:
    issued: datetime.datetime
    total: Decimal
    archive: Path

    def close(self) -> None:
        self.issued.replace(tzinfo=timezone.utc)  # [ignored-return-value]
        self.total.quantize(Decimal("0.01"))  # [ignored-return-value]
        self.archive.with_suffix(".pdf")  # [ignored-return-value]
        PurePath(self.archive.name).with_name("old.pdf")  # [ignored-return-value]
        # Path methods that act on the file system stay silent.
        self.archive.touch()
        self.archive.unlink(missing_ok=True)


# -- silent look-alikes ------------------------------------------------------


class Ledger:
    """A class of our own whose ``replace`` and ``quantize`` change it."""

    def __init__(self) -> None:
        self.entries: list[str] = []

    def replace(self, **changes: str) -> None:
        self.entries.extend(changes.values())

    def quantize(self, step: Decimal) -> None:
        self.entries.append(str(step))


def look_alikes(ledger: Ledger) -> datetime.datetime:
    ledger.replace(tzinfo="UTC")
    ledger.quantize(Decimal("0.01"))
    when = datetime.datetime.now(timezone.utc)
    when = when.replace(microsecond=0)
    return when
