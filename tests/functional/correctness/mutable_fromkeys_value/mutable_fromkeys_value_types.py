"""Values typed by the stubs of C-implemented calls and by the abstract
bases a class derives from: an array, a copy of a list, a set union, a
project's own MutableSequence."""
# pylint: disable=missing-docstring
import array
import collections.abc
import copy

DEFAULT_ROWS = [0, 0]
DEFAULT_TAGS = frozenset({"new"})


class History(collections.abc.MutableSequence):
    """A project's own mutable sequence."""

    def __init__(self):
        self._items = []

    def __getitem__(self, index):
        return self._items[index]

    def __setitem__(self, index, value):
        self._items[index] = value

    def __delitem__(self, index):
        del self._items[index]

    def __len__(self):
        return len(self._items)

    def insert(self, index, value):
        self._items.insert(index, value)


class Snapshot(collections.abc.Sequence):
    """Read-only: a Sequence, not a MutableSequence."""

    def __getitem__(self, index):
        return index

    def __len__(self):
        return 0


def samples(sensors):
    return dict.fromkeys(sensors, array.array("d"))  # [mutable-fromkeys-value]


def rows(names):
    return dict.fromkeys(names, copy.copy(DEFAULT_ROWS))  # [mutable-fromkeys-value]


def ordered_tags(names):
    return dict.fromkeys(names, sorted(DEFAULT_TAGS))  # [mutable-fromkeys-value]


def members(groups, extra):
    return dict.fromkeys(groups, set().union(extra))  # [mutable-fromkeys-value]


def histories(users):
    return dict.fromkeys(users, History())  # [mutable-fromkeys-value]


# Look-alikes: immutable values, typed the same ways.


def tags(names):
    return dict.fromkeys(names, copy.copy(DEFAULT_TAGS))


def snapshots(users):
    return dict.fromkeys(users, Snapshot())


def frozen(groups, extra):
    return dict.fromkeys(groups, frozenset().union(extra))
