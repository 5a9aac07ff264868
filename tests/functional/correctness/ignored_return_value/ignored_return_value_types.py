"""Receivers typed by declarations and by the stubs of C-implemented calls:
dataclass fields, NamedTuple copies, Decimal arithmetic, StringIO values,
copies and sorted lists."""

import copy
import io
from decimal import Decimal

from _billing.models import Currency, Ledger, Money, Ticket, unit_price


def close(ticket: Ticket, tz):
    ticket.opened.astimezone(tz)  # [ignored-return-value]
    ticket.opened.replace(microsecond=0)  # [ignored-return-value]
    ticket.price.quantize(Decimal("0.01"))  # [ignored-return-value]


def total(price: Decimal, quantity: Decimal):
    (price * quantity).quantize(Decimal("0.01"))  # [ignored-return-value]
    unit_price().quantize(Decimal("0.01"))  # [ignored-return-value]
    return price * quantity


def convert(money: Money):
    money._replace(currency="USD")  # [ignored-return-value]
    Currency.EUR.value.lower()  # [ignored-return-value]
    return money


def render(lines):
    stream = io.StringIO()
    for line in lines:
        stream.write(line)
    stream.getvalue().strip()  # [ignored-return-value]
    next(io.StringIO("title\nbody")).upper()  # [ignored-return-value]
    copy.copy("title").title()  # [ignored-return-value]
    return stream


# Look-alikes: a user class's _replace acts in place; list methods mutate.


def record(ledger: Ledger):
    ledger._replace(kind="refund")
    entries = sorted(ledger.entries)
    entries.append("x")
    copy.copy(ledger.entries).append("y")
    return entries
