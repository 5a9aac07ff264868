"""yaml.load judged by what its Loader is built from, not what it is called."""

import yaml

from _yaml_build.yaml_loaders import AnsibleLoader, SafeConfigLoader


def load_playbook(text):
    return yaml.load(text, Loader=AnsibleLoader)


def load_fast(text):
    return yaml.load(text, Loader=yaml.CBaseLoader)


def load_config(text):
    return yaml.load(text, Loader=SafeConfigLoader)  # [unsafe-deserialization]


class StrictLoader(yaml.SafeLoader):
    """A project's own subclass of SafeLoader stays safe."""


class PluginLoader(yaml.FullLoader):
    """Named like nothing in particular, built on FullLoader: unsafe."""


def load_strict(text):
    return yaml.load(text, Loader=StrictLoader)


def load_plugins(text):
    return yaml.load(text, Loader=PluginLoader)  # [unsafe-deserialization]
