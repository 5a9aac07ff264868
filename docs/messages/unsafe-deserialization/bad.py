import pickle

import yaml

PluginLoader = yaml.FullLoader


def load_settings(stream):
    return yaml.load(stream, Loader=PluginLoader)  # [unsafe-deserialization]


def load_session(blob):
    return pickle.loads(blob)  # [unsafe-deserialization]
