from .i18n import _, _l, _n

__all__ = ["_", "_l", "_n"]
