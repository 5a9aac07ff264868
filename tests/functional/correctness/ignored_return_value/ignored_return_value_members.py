"""Members read from the owner's class: typed properties, a path's parent."""
# pylint: disable=missing-docstring,too-few-public-methods
from __future__ import annotations

from _catalog_app import LegacyPrice, Price, Product, Shelf


class Listing:
    def __init__(self, product: Product, shelf: Shelf) -> None:
        self.product = product
        self.shelf = shelf

    @property
    def heading(self) -> str:
        return self.product.title

    def render(self) -> None:
        self.heading.center(40)  # [ignored-return-value]
        self.product.title.upper()  # [ignored-return-value]
        self.product.image.with_suffix(".webp")  # [ignored-return-value]
        self.shelf.root.parent.joinpath("archive")  # [ignored-return-value]

    def lookalikes(self) -> None:
        self.product.label.strip()  # a Label of our own: strip mutates it
        self.product.anything.strip()  # no annotation: unknown
        self.product.slug.upper()  # a method, not a property: no such attribute
        self.shelf.root.parent.mkdir()  # acts on the file system


def describe(product: Product) -> None:
    product.title.lower()  # [ignored-return-value]
    product.image.parent.as_posix()  # [ignored-return-value]


def quote(price: Price, legacy: LegacyPrice) -> None:
    price.currency.upper()  # [ignored-return-value]
    price.amount.quantize(1)  # [ignored-return-value]
    price.valid_from.isoformat()  # [ignored-return-value]
    price.tag.strip()  # a Label of our own
    legacy.currency.upper()  # an untyped namedtuple: unknown
