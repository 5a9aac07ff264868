"""Results of pure calls dropped on the floor, and look-alikes that act."""
# pylint: disable=missing-docstring,too-few-public-methods
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction
from pathlib import Path, PurePosixPath

import pytest

from _pricing_lib import TAX_RATE, Currency, Sku, format_amount, parse_amount
from _pricing_lib.money import DEFAULT_CURRENCY


def clean_name(name: str) -> str:
    name.strip()  # [ignored-return-value]
    name.replace("\t", " ")  # [ignored-return-value]
    return name


def normalise_codes(codes: list[str]) -> None:
    for code in codes:
        code.upper()  # [ignored-return-value]
    DEFAULT_CURRENCY.lower()  # [ignored-return-value]


def total(lines) -> Decimal:
    amount = parse_amount("12.50")
    amount.quantize(Decimal("0.01"))  # [ignored-return-value]
    TAX_RATE.normalize()  # [ignored-return-value]
    format_amount(amount).rjust(10)  # [ignored-return-value]
    sorted(lines)  # [ignored-return-value]
    reversed(lines)  # [ignored-return-value]
    map(print, lines)  # [ignored-return-value]
    len(lines)  # [ignored-return-value]
    return amount


@dataclass
class Invoice:
    number: str
    issued: dt.datetime
    archive: Path

    def finalise(self, tz: dt.tzinfo) -> None:
        self.number.zfill(8)  # [ignored-return-value]
        self.issued.replace(tzinfo=tz)  # [ignored-return-value]
        self.issued.date().isoformat()  # [ignored-return-value]
        self.archive.with_suffix(".pdf")  # [ignored-return-value]
        self.archive.resolve()  # [ignored-return-value]
        # Path methods that act on the file system stay silent.
        self.archive.mkdir(parents=True, exist_ok=True)
        self.archive.touch()
        self.archive.replace(self.archive.with_name("old.pdf"))


def rates(ratio: Fraction, window: dt.timedelta, raw: bytes, key: PurePosixPath):
    ratio.limit_denominator(100)  # [ignored-return-value]
    window.total_seconds()  # [ignored-return-value]
    raw.decode("utf-8")  # [ignored-return-value]
    key.joinpath("index")  # [ignored-return-value]
    "-".join(["a", "b"])  # [ignored-return-value]
    (1, 2, 3).count(2)  # [ignored-return-value]
    frozenset({1}).union({2})  # [ignored-return-value]


def sku_label(sku: Sku, currency: Currency) -> None:
    sku.strip()  # [ignored-return-value]
    currency.upper()  # overridden by the subclass: it registers the code


# -- silent look-alikes -----------------------------------------------------


class Buffer:
    """A class of our own with str-like method names that mutate."""

    def __init__(self) -> None:
        self.parts: list[str] = []

    def strip(self) -> None:
        self.parts = [part.strip() for part in self.parts]

    def replace(self, old: str, new: str) -> None:
        self.parts = [new if part == old else part for part in self.parts]


def mutate_in_place(items: list[int], table: dict, blob: bytearray, buf: Buffer) -> None:
    items.sort()
    items.reverse()
    table.update(a=1)
    blob.extend(b"x")
    buf.strip()
    buf.replace("a", "b")


def unknown_or_mixed(value, flag: bool):
    value.strip()  # type unknown
    text = ""
    if flag:
        text = value.read()  # may be anything
    text.strip()
    maybe = "x" if flag else Buffer()
    maybe.strip()  # a str or a Buffer


def probes_for_errors(text: str, when: dt.datetime) -> bool:
    try:
        text.encode("ascii")
    except UnicodeEncodeError:
        return False
    try:
        when.astimezone()
    except (OverflowError, ValueError):
        return False
    return True


def test_rejects_missing_separator(text: str) -> None:
    with pytest.raises(ValueError):
        text.index("|")


def kept(name: str, items: list[str]) -> tuple[str, list[str]]:
    name = name.strip()
    ordered = sorted(items)
    print(name.upper())
    return name, ordered


def close_all(handlers, items: list[str]) -> None:
    # Consuming the generator runs the calls: a short-circuiting loop.
    any(handler.close() for handler in handlers)
    all(map(str.strip, items))
    max(items, key=lambda item: item.count("a"))  # [ignored-return-value]
    filter(None, items)  # [ignored-return-value]


def lookup_code() -> str:
    return CODES.get("default")  # astroid cannot tell; the annotation can


CODES: dict = {}


def shapes(names: list[str], roots: tuple[Path, ...], header: str | None, base: Path) -> None:
    for name in names:
        name.strip()  # [ignored-return-value]
    for root in roots:
        root.resolve()  # [ignored-return-value]
    for field in header.split(","):
        field.strip()  # [ignored-return-value]
    lookup_code().lower()  # [ignored-return-value]
    (base / "archive").with_suffix(".zip")  # [ignored-return-value]
    f"{base}".upper()  # [ignored-return-value]
    for item in CODES:
        item.strip()  # keys of an untyped dict: unknown


class LazyRows:
    """A lazy collection: len() runs the query and caches the rows."""

    def __init__(self) -> None:
        self.rows: list[str] | None = None

    def __len__(self) -> int:
        self.rows = self.rows or ["a"]
        return len(self.rows)


def force(rows: list[str]) -> None:
    lazy = LazyRows()
    len(lazy)  # evaluates the query, on purpose
    len(rows)  # [ignored-return-value]


def check_inside(path: Path, root: Path, codes: tuple[str, ...]) -> None:
    # Called for the exception they raise: validation, not a dropped result.
    path.relative_to(root)
    path.resolve(strict=True)
    codes.index("EUR")


def test_timezone_conversion_does_not_raise(when: dt.datetime, items: list[str]) -> None:
    # In a test, a bare call checks that it does not raise.
    when.astimezone(dt.timezone.utc)
    when.strftime("%f")
    sorted(items)
    map(str.strip, items)  # [ignored-return-value]


def chained(raw: str, template: str, count: int) -> None:
    raw.strip().lower()  # [ignored-return-value]
    template.format(count).center(40)  # [ignored-return-value]
