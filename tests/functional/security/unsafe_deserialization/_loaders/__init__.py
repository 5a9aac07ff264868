"""Loader choices made in one place and re-exported."""

import yaml
from yaml import CSafeLoader as FastLoader

try:
    from yaml import CSafeLoader as DefaultLoader
except ImportError:
    from yaml import SafeLoader as DefaultLoader

TrustedLoader = yaml.FullLoader
UNSAFE = yaml.UnsafeLoader


class ConfigLoader(yaml.SafeLoader):
    """A project loader with extra tags: still a SafeLoader."""


class PluginLoader(yaml.Loader):
    """A project loader on the full Loader: constructs arbitrary objects."""


__all__ = ["ConfigLoader", "DefaultLoader", "FastLoader", "PluginLoader", "TrustedLoader",
           "UNSAFE"]
