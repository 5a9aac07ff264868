import asyncio
import json


def read_settings(path):
    with open(path, encoding="utf-8") as stream:
        return json.load(stream)


def load_settings(path):
    return read_settings(path)


async def start(path):
    settings = await asyncio.to_thread(load_settings, path)
    return settings["workers"]
