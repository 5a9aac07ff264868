"""Unpickler subclasses: the restricted unpickler of the pickle docs
(find_class overridden, here or in a base of the project) is safe; a
subclass that only adds logging loads any global, as its base does."""

import builtins
import io
import pickle
from pickle import Unpickler

SAFE_BUILTINS = {"range", "complex", "set", "frozenset", "slice"}


class RestrictedUnpickler(pickle.Unpickler):
    def find_class(self, module, name):
        if module == "builtins" and name in SAFE_BUILTINS:
            return getattr(builtins, name)
        raise pickle.UnpicklingError(f"global '{module}.{name}' is forbidden")


class AuditedUnpickler(RestrictedUnpickler):
    def load(self):
        print("loading")
        return super().load()


class LoggingUnpickler(Unpickler):
    def load(self):
        print("loading")
        return super().load()


class Unpickled:
    """Not an unpickler: a value object whose name says so."""

    def __init__(self, payload):
        self.payload = payload


def restricted_loads(data):
    return RestrictedUnpickler(io.BytesIO(data)).load()


def audited_loads(data):
    return AuditedUnpickler(io.BytesIO(data)).load()


def logged_loads(data):
    return LoggingUnpickler(io.BytesIO(data)).load()  # [unsafe-deserialization]


def wrap(data):
    return Unpickled(data)
