"""Regex flags passed where re expects a count, maxsplit, pos or endpos."""

import re
import re as regex_lib
from re import DOTALL, IGNORECASE
from re import split as re_split
from re import sub as re_sub

VERBOSE_FLAGS = re.IGNORECASE | re.VERBOSE
WORD_RE = re.compile(r"\w+")
MAX_REPLACEMENTS = 2  # an int that only looks like a setting: a real count


class Slugger:
    FLAGS = re.IGNORECASE | re.UNICODE

    def __init__(self):
        self._spaces = re.compile(r"\s+")
        self._strip = re.compile(r"[^\w-]", re.UNICODE)

    def slug(self, text):
        text = self._spaces.sub("-", text, self.FLAGS)  # [regex-flag-as-positional]
        return self._strip.sub("", text, count=0)


def module_functions(text):
    re.sub(r"a+", "b", text, re.I)  # [regex-flag-as-positional]
    re.subn(r"a+", "b", text, re.IGNORECASE | re.MULTILINE)  # [regex-flag-as-positional]
    re.split(r",\s*", text, re.M)  # [regex-flag-as-positional]
    re.split(r",\s*", text, 0, re.M)
    regex_lib.sub(r"x", "y", text, VERBOSE_FLAGS)  # [regex-flag-as-positional]
    re_sub(r"x", "y", text, IGNORECASE)  # [regex-flag-as-positional]
    re_split(r";", text, DOTALL)  # [regex-flag-as-positional]
    return re.sub(r"x", "y", text, re.RegexFlag.ASCII)  # [regex-flag-as-positional]


def flags_in_local_names(text):
    flags = re.I
    flags |= re.S
    combined = flags | re.M
    re.sub(r"\d", "#", text, combined)  # [regex-flag-as-positional]


def compiled_patterns(text):
    WORD_RE.sub("_", text, re.I)  # [regex-flag-as-positional]
    WORD_RE.subn("_", text, re.I)  # [regex-flag-as-positional]
    WORD_RE.split(text, re.I)  # [regex-flag-as-positional]
    WORD_RE.search(text, re.M)  # [regex-flag-as-positional]
    WORD_RE.finditer(text, 0, re.M)  # [regex-flag-as-positional]
    local = re.compile("[aeiou]")
    return local.findall(text, re.IGNORECASE)  # [regex-flag-as-positional]


def correct_calls(text, *args):
    """Look-alikes: flags by keyword or in a flags slot, real counts."""
    re.sub(r"a", "b", text, flags=re.I)
    re.sub(r"a", "b", text, 1, re.I)
    re.sub(r"a", "b", text, MAX_REPLACEMENTS)
    re.subn(r"a", "b", text, count=2, flags=VERBOSE_FLAGS)
    re.findall(r"a", text, re.I)
    re.search(r"a", text, re.I)
    re.match(r"a", text, re.I | re.M)
    re.compile(r"a", re.I)
    re.split(r",", text, maxsplit=1, flags=re.I)
    re.sub(*args)
    WORD_RE.sub("_", text, 3)
    WORD_RE.search(text, 5, 10)
    WORD_RE.split(text, maxsplit=2)
    text.split(",", 1)


class Calculator:
    """A class whose methods share re's names but not its signatures."""

    def sub(self, left, right, flags=0):
        return left - right - flags

    def split(self, text, flags=0):
        return text.split(), flags


def user_methods_named_like_re(text):
    calculator = Calculator()
    calculator.sub(1, 2, re.I)
    calculator.split(text, re.I)
