import re

TAG_RE = re.compile(r"<[^>]+>")
CASELESS = re.IGNORECASE | re.MULTILINE


def strip_tags(html):
    return TAG_RE.sub("", html, re.I)  # [regex-flag-as-positional]


def normalise(text):
    return re.sub(r"\s+", " ", text, CASELESS)  # [regex-flag-as-positional]
