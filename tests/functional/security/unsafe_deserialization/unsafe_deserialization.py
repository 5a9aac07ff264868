"""Deserialisers judged by the loader they get, under any alias."""

import marshal
import pickle as pkl
import shelve
from pickle import loads as from_bytes

import dill
import jsonpickle
import numpy as np
import pandas as pd
import torch
import yaml
from yaml import load as yload

from _loaders import UNSAFE, ConfigLoader, DefaultLoader, FastLoader, PluginLoader, TrustedLoader


def read_config(stream):
    yaml.load(stream)  # [unsafe-deserialization]
    yaml.load(stream, Loader=yaml.SafeLoader)
    yaml.load(stream, yaml.CSafeLoader)
    yaml.load(stream, Loader=DefaultLoader)
    yaml.load(stream, Loader=FastLoader)
    yaml.load(stream, Loader=ConfigLoader)
    yload(stream, Loader=yaml.BaseLoader)
    yaml.load_all(stream, Loader=TrustedLoader)  # [unsafe-deserialization]
    yload(stream, Loader=UNSAFE)  # [unsafe-deserialization]
    yaml.load(stream, Loader=PluginLoader)  # [unsafe-deserialization]
    yaml.unsafe_load(stream)  # [unsafe-deserialization]
    yaml.safe_load(stream)
    chosen = yaml.SafeLoader
    yaml.load(stream, Loader=chosen)


def read_cache(blob, path):
    pkl.loads(blob)  # [unsafe-deserialization]
    from_bytes(blob)  # [unsafe-deserialization]
    pkl.loads(pkl.dumps({"copy": "of our own data"}))
    with open(path, "rb") as handle:
        pkl.Unpickler(handle).load()  # [unsafe-deserialization]
        dill.load(handle)  # [unsafe-deserialization]
    marshal.loads(blob)  # [unsafe-deserialization]
    with shelve.open(path) as db:  # [unsafe-deserialization]
        return db.get("k")


def read_models(path, allow):
    jsonpickle.decode(open(path, encoding="utf-8").read())  # [unsafe-deserialization]
    pd.read_pickle(path)  # [unsafe-deserialization]
    np.load(path)
    np.load(path, allow_pickle=True)  # [unsafe-deserialization]
    np.load(path, allow_pickle=allow)
    torch.load(path)  # [unsafe-deserialization]
    torch.load(path, weights_only=False)  # [unsafe-deserialization]
    torch.load(path, weights_only=True)
    options = {"weights_only": True}
    torch.load(path, **options)


class RestrictedUnpickler(pkl.Unpickler):
    """Only builtins may be loaded: the safe pattern from the pickle docs."""

    def find_class(self, module, name):
        if module == "builtins":
            return super().find_class(module, name)
        raise pkl.UnpicklingError(name)


def restricted(handle):
    return RestrictedUnpickler(handle).load()
