import re

CASELESS = re.IGNORECASE | re.UNICODE
LIMIT = 3
TOKEN_RE = re.compile(r"\W+")


class Tokenizer:
    def __init__(self):
        self.pattern = re.compile(r"\s+")
