"""The store's codec: one Unpickler kept for the process."""

import json

import jsonpickle
from jsonpickle.unpickler import Unpickler

UNPICKLER = Unpickler(keys=True)


class Codec:
    """Restores objects from the JSON the store keeps."""

    def __init__(self):
        self.unpickler = jsonpickle.unpickler.Unpickler()

    def restore(self, text):
        return self.unpickler.restore(json.loads(text))


def make_unpickler():
    return Unpickler(safe=True)
