"""Products whose display values are properties."""
from __future__ import annotations

import functools
from pathlib import Path


class Label:
    """A mutable label of our own, with str-like method names."""

    def __init__(self, text: str) -> None:
        self.text = text

    def strip(self) -> None:
        self.text = self.text.strip()


class Product:
    def __init__(self, code: str, store: Path) -> None:
        self.code = code
        self.store = store

    @property
    def title(self) -> str:
        return self.code.title()

    @functools.cached_property
    def image(self) -> Path:
        return self.store / self.code

    @property
    def label(self) -> Label:
        return Label(self.code)

    @property
    def anything(self):
        return self.code

    def slug(self) -> str:
        return self.code.lower()


class Shelf:
    def __init__(self, root: Path) -> None:
        self.root = root
