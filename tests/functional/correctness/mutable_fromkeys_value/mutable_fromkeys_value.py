"""dict.fromkeys with one mutable value shared by every key."""
# pylint: disable=missing-docstring
import collections
from collections import OrderedDict as Ordered

from _inventory_lib import defaults
from _inventory_lib.defaults import EMPTY_TAGS, WAREHOUSES, Index, Registry

SLOTS = ("a", "b")


def stock_by_warehouse():
    return dict.fromkeys(WAREHOUSES, [])  # [mutable-fromkeys-value]


def tags_by_sku(skus):
    tags = dict.fromkeys(skus, EMPTY_TAGS)  # [mutable-fromkeys-value]
    counts = dict.fromkeys(skus, defaults.EMPTY_COUNTS)  # [mutable-fromkeys-value]
    return tags, counts


def grouped(names):
    empty = set()
    seen = {}.fromkeys(names, empty)  # [mutable-fromkeys-value]
    ordered = Ordered.fromkeys(names, {})  # [mutable-fromkeys-value]
    queues = collections.OrderedDict.fromkeys(names, collections.deque())  # [mutable-fromkeys-value]
    registry = Registry.fromkeys(names, bytearray())  # [mutable-fromkeys-value]
    buckets = dict.fromkeys(SLOTS, [0 for _ in range(4)])  # [mutable-fromkeys-value]
    by_key = dict.fromkeys(SLOTS, collections.defaultdict(list))  # [mutable-fromkeys-value]
    return seen, ordered, queues, registry, buckets, by_key


# -- silent look-alikes -------------------------------------------------------


def immutable_values(names, flag):
    totals = dict.fromkeys(names, 0)
    labels = dict.fromkeys(names, defaults.BLANK)
    tags = dict.fromkeys(names, defaults.NO_TAGS)
    frozen = dict.fromkeys(names, frozenset())
    nothing = dict.fromkeys(names)
    none = dict.fromkeys(names, None)
    maybe = dict.fromkeys(names, [] if flag else None)
    return totals, labels, tags, frozen, nothing, none, maybe


def copies_per_key(names):
    index = Index.fromkeys(names, [])  # its own fromkeys copies the value
    fresh = {name: [] for name in names}
    return index, fresh


def unknown(names, value):
    return dict.fromkeys(names, value)
