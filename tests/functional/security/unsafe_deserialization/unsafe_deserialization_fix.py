"""Fixes (unsafe): a safe YAML loader, weights_only=True for torch; no fix
for pickle."""

import pickle

import torch
import yaml
from yaml import load


def read(path, stream, options):
    yaml.load(stream, Loader=yaml.Loader)  # [unsafe-deserialization]
    yaml.load(stream, yaml.FullLoader)  # [unsafe-deserialization]
    yaml.unsafe_load(stream)  # [unsafe-deserialization]
    load(stream, Loader=yaml.UnsafeLoader)  # [unsafe-deserialization]
    torch.load(path)  # [unsafe-deserialization]
    torch.load(path, weights_only=False)  # [unsafe-deserialization]
    torch.load(path, **options)
    return pickle.load(stream)  # [unsafe-deserialization]
