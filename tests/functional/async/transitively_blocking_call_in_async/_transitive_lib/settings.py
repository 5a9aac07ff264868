import json
from pathlib import Path


def load_settings(path):
    return parse_settings(Path(path).read_text(encoding="utf-8"))


def parse_settings(text):
    return json.loads(text)
