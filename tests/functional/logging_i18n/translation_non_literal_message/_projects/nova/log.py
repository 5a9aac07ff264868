"""The service's logger factory: every module asks for a child of the root."""

import logging

ROOT = logging.getLogger("nova")


def get_logger(name):
    return ROOT.getChild(name)
