"""A small pricing package: its names are re-exported here."""

from .money import Currency, Sku, format_amount, parse_amount, TAX_RATE

__all__ = ["Currency", "Sku", "format_amount", "parse_amount", "TAX_RATE"]
