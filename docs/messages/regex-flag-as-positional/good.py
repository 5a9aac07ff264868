import re

TAG_RE = re.compile(r"<[^>]+>", re.I)
CASELESS = re.IGNORECASE | re.MULTILINE


def strip_tags(html):
    return TAG_RE.sub("", html)


def normalise(text):
    return re.sub(r"\s+", " ", text, flags=CASELESS)
