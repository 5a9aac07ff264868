"""A small catalogue package: products with typed properties."""
from _catalog_app.pricing import LegacyPrice, Price
from _catalog_app.products import Product, Shelf

__all__ = ["LegacyPrice", "Price", "Product", "Shelf"]
