"""Settings read from disk when the object is built."""

import json
from dataclasses import dataclass


class FileSettings:
    """Reads its file in __init__."""

    def __init__(self, path):
        with open(path, encoding="utf-8") as stream:
            self.values = json.load(stream)


class CachedSettings(FileSettings):
    """Inherits the reading __init__."""


@dataclass
class Limits:
    """A generated __init__ only stores its fields."""

    rate: int = 10
    burst: int = 20


@dataclass
class Manifest:
    """A dataclass that reads its file in __post_init__: building it reads."""

    path: str
    entries: list = None

    def __post_init__(self):
        with open(self.path, encoding="utf-8") as stream:
            self.entries = json.load(stream)
