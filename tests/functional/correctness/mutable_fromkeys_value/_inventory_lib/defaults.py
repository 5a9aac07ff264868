"""Default values, some mutable, some not."""

import collections

EMPTY_TAGS = []
NO_TAGS = ()
EMPTY_COUNTS = collections.Counter()
BLANK = ""
WAREHOUSES = ["north", "south"]


class Registry(dict):
    """A dict subclass: fromkeys is dict's."""


class Index(dict):
    """A dict subclass with its own fromkeys that copies the value."""

    @classmethod
    def fromkeys(cls, keys, value=None):
        return cls((key, list(value or ())) for key in keys)
