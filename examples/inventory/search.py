"""Splitting search queries into terms."""

import re as regex

from inventory.text import CASE_INSENSITIVE

SEPARATORS = r"[,;]\s*"


def terms(query):
    # Bug: the flags are read as maxsplit.
    return [term for term in regex.split(SEPARATORS, query, CASE_INSENSITIVE) if term]


def terms_correct(query):
    return [term for term in regex.split(SEPARATORS, query, flags=CASE_INSENSITIVE) if term]
