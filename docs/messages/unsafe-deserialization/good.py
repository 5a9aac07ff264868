import json

import yaml

ConfigLoader = yaml.SafeLoader


def load_settings(stream):
    return yaml.load(stream, Loader=ConfigLoader)


def load_session(blob):
    return json.loads(blob)
