import json
import pathlib

SETTINGS_PATH = pathlib.Path("settings.json")


def load():
    return json.loads(SETTINGS_PATH.read_text(encoding="utf-8"))


def defaults():
    return {"currency": "EUR"}
