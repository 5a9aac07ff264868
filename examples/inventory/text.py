"""Normalising what people type into SKU and product-name fields."""

import re

CASE_INSENSITIVE = re.IGNORECASE | re.UNICODE
SKU_NOISE = re.compile(r"[^A-Z0-9-]")


class Normaliser:
    """Cleans free text before it is stored."""

    def __init__(self):
        self._spaces = re.compile(r"\s+")

    def name(self, raw):
        # Bug: re.UNICODE lands in `count`, so only the first 32 runs collapse.
        return self._spaces.sub(" ", raw.strip(), re.UNICODE)

    def sku(self, raw):
        # Bug: the flag lands in `count`: case is not ignored, replacements capped.
        return SKU_NOISE.sub("", raw.upper(), CASE_INSENSITIVE)
