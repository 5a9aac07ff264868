import json


def read_settings(path):
    with open(path, encoding="utf-8") as stream:
        return json.load(stream)


def load_settings(path):
    return read_settings(path)


async def start(path):
    settings = load_settings(path)  # [transitively-blocking-call-in-async]
    return settings["workers"]
