"""A small catalogue package: products with typed properties."""
from _catalog_app.products import Product, Shelf

__all__ = ["Product", "Shelf"]
