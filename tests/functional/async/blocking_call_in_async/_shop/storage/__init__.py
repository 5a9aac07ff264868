from .disk import pause, read_blob

__all__ = ["pause", "read_blob"]
