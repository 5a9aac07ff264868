"""Prices: rounding, discounts per category, and the test of the price feed."""

import unittest
from decimal import ROUND_HALF_UP, Decimal
from unittest import mock

CENT = Decimal("0.01")
CATEGORIES = ("tools", "garden", "paint")


def rounded(price: Decimal) -> Decimal:
    # Bug: Decimal is immutable; the rounded value is dropped.
    price.quantize(CENT, rounding=ROUND_HALF_UP)
    return price


def discounts_by_category(rules):
    # Bug: every category shares one list.
    table = dict.fromkeys(CATEGORIES, [])
    for category, rule in rules:
        table[category].append(rule)
    return table


def refresh(feed, catalogue):
    for sku, price in feed.fetch():
        catalogue[sku] = rounded(Decimal(price))


class RefreshTest(unittest.TestCase):
    def test_refresh_reads_the_feed_once(self):
        feed = mock.Mock()
        feed.fetch.return_value = [("SKU-1", "9.999")]
        refresh(feed, {})
        # Bug: a misspelt assertion is one more recorded call; it always passes.
        feed.fetch.called_once_with()
