"""Fixes: flags by keyword for the module functions; a compiled pattern's
method has no flags argument, so no fix there."""

import re

FLAGS = re.IGNORECASE | re.MULTILINE
WORD = re.compile(r"\w+")


def clean(text):
    first = re.sub(r"\s+", " ", text, re.I)  # [regex-flag-as-positional]
    parts = re.split(r",", text, FLAGS)  # [regex-flag-as-positional]
    second = WORD.sub("", text, re.I)  # [regex-flag-as-positional]
    return first, parts, second
