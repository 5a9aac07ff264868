"""Fixes: one value per key, when the value can be built again for each
key; a value held in a name, or a call of the project's, is left alone."""

import collections

EMPTY = []


def make():
    return []


def tables(keys):
    first = dict.fromkeys(keys, [])  # [mutable-fromkeys-value]
    second = dict.fromkeys(["a", "b"], {"total": 0})  # [mutable-fromkeys-value]
    third = dict.fromkeys(keys, collections.defaultdict(list))  # [mutable-fromkeys-value]
    key = "k"
    fourth = dict.fromkeys(keys, [key])  # [mutable-fromkeys-value]
    fifth = dict.fromkeys(keys, EMPTY)  # [mutable-fromkeys-value]
    sixth = dict.fromkeys(keys, make())  # [mutable-fromkeys-value]
    return first, second, third, fourth, fifth, sixth
