"""A storage layer: connections made in one module, used in others."""

from _store.db import connect, Repository

__all__ = ["connect", "Repository"]
