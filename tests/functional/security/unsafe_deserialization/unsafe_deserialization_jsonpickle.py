"""jsonpickle's Unpickler.restore builds any class its input names, like decode."""

import json
from dataclasses import dataclass

import jsonpickle
from jsonpickle import Unpickler as JsonUnpickler
from jsonpickle import unpickler
from jsonpickle.unpickler import Unpickler

from _state.codec import UNPICKLER, Codec, make_unpickler


@dataclass
class Snapshot:
    payload: str


class Restorer:
    """A project class with a restore method of its own."""

    def restore(self, state):
        return dict(state)


def load_snapshot(snapshot: Snapshot, codec: Codec):
    data = json.loads(snapshot.payload)
    Unpickler().restore(data)  # [unsafe-deserialization]
    reader = unpickler.Unpickler(keys=True)
    reader.restore(data, reset=False)  # [unsafe-deserialization]
    jsonpickle.unpickler.Unpickler().restore(data)  # [unsafe-deserialization]
    JsonUnpickler().restore(data)  # [unsafe-deserialization]
    UNPICKLER.restore(data)  # [unsafe-deserialization]
    make_unpickler().restore(data)  # [unsafe-deserialization]
    jsonpickle.decode(snapshot.payload)  # [unsafe-deserialization]
    return codec.restore(snapshot.payload)


def look_alikes(snapshot: Snapshot, backup):
    """Building an Unpickler loads nothing; other restore methods are not jsonpickle's."""
    reader = Unpickler()
    Restorer().restore(json.loads(snapshot.payload))
    backup.restore(snapshot.payload)
    jsonpickle.encode(snapshot)
    return reader
