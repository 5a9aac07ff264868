"""Items of annotated containers: a mapping's values, a sequence's items."""
# pylint: disable=missing-docstring,too-few-public-methods
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Optional

from _catalog_app import Product


class Settings:
    def __init__(self, raw: dict[str, str], dates: Mapping[str, datetime.date]) -> None:
        self.raw = raw
        self.dates = dates
        self.extra: Optional[dict[str, str]] = None

    def normalise(self, names: list[str]) -> None:
        self.raw["region"].lower()  # [ignored-return-value]
        self.dates["start"].isoformat()  # [ignored-return-value]
        names[0].strip()  # [ignored-return-value]
        if self.extra is not None:
            self.extra["zone"].upper()  # [ignored-return-value]


def lookalikes(
    loose: dict[str, Any],
    products: dict[str, Product],
    buffers: dict[str, bytearray],
    rows: list[list[str]],
    untyped: dict,
) -> None:
    loose["name"].strip()  # Any: unknown
    products["p1"].slug()  # a class of our own
    buffers["b"].strip()  # bytearray is mutable: not listed
    rows[0].sort()  # a list sorted in place
    untyped["k"].strip()  # no item type
