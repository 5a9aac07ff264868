"""Patterns and flags defined in another module of the package."""

from _regex_flag_lib import DEFAULT_FLAGS, normalise
from _regex_flag_lib import patterns as pats
from _regex_flag_lib.patterns import TOKEN_RE, Tokenizer


def tokenize(text):
    pats.TOKEN_RE.split(text, DEFAULT_FLAGS)  # [regex-flag-as-positional]
    TOKEN_RE.sub(" ", text, pats.CASELESS)  # [regex-flag-as-positional]
    return TOKEN_RE.findall(text)


class LoudTokenizer(Tokenizer):
    def shout(self, text):
        return self.pattern.sub("!", text, DEFAULT_FLAGS)  # [regex-flag-as-positional]


def fine(text):
    normalise(text, DEFAULT_FLAGS)
    return pats.TOKEN_RE.sub(" ", text, pats.LIMIT)
