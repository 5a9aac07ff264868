"""Values the fixture imports: constants, annotated factories, str subclasses."""

from decimal import Decimal

TAX_RATE = Decimal("0.20")
DEFAULT_CURRENCY = "EUR"


def parse_amount(text: str) -> Decimal:
    return Decimal(text)


def format_amount(amount) -> str:
    return f"{amount:.2f}"


class Sku(str):
    """A str subclass that keeps str's methods."""


class Currency(str):
    """A str subclass whose upper() registers the code: it acts."""

    registry: list = []

    def upper(self):
        self.registry.append(self)
        return str.upper(self)
