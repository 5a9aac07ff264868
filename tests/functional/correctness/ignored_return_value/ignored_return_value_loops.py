"""Values updated in place with augmented assignment in a loop keep their type."""

from dataclasses import dataclass

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
