"""A small service SDK: the package re-exports what callers use."""

from .client import AdminClient, ApiClient, fetch_json
from .health import is_healthy

__all__ = ["AdminClient", "ApiClient", "fetch_json", "is_healthy"]
