"""Values updated in place with augmented assignment in a loop keep their type."""

from dataclasses import dataclass
from decimal import Decimal

GREETING = "Hello {name}"


def build(parts):
    label = "total"
    for _ in parts:
        label += "-x"
    label.upper()  # [ignored-return-value]
    return label


def tally(items):
    count = 0
    while items:
        count += 1
        items.pop()
    count.bit_length()  # [ignored-return-value]
    return count


@dataclass(frozen=True)
class Account:
    number: str

    def normalised(self):
        self.number.upper()  # [ignored-return-value]
        return self


def outer(name):
    prefix = f"{name}-"

    def inner():
        prefix.strip()  # [ignored-return-value]
        return prefix

    return inner


def greet(customer, names, separator):
    GREETING.format(name=customer)  # [ignored-return-value]
    separator.join(names)
    ", ".join(names)  # [ignored-return-value]
    return GREETING


def total(prices):
    amount = Decimal("0")
    for price in prices:
        amount += Decimal(price)
    amount.quantize(Decimal("0.01"))  # [ignored-return-value]
    return amount


def mixed(prices):
    amount = 0
    for price in prices:
        amount += Decimal(price)
    amount.quantize(Decimal("0.01"))
    return amount
