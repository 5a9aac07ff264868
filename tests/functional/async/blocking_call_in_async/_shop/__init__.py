"""A shop package: the blocking helpers are re-exported from a submodule."""

from .storage import pause, read_blob
from .clients import Inventory, make_session

__all__ = ["Inventory", "make_session", "pause", "read_blob"]
