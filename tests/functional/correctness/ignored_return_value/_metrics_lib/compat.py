"""Helpers named like builtins, with effects of their own."""

import builtins
import logging

LOG = logging.getLogger(__name__)
TOTALS: dict[str, float] = {}


def sum(name, value):  # pylint: disable=redefined-builtin
    """Adds to a running total: called for its effect."""
    TOTALS[name] = TOTALS.get(name, 0.0) + value
    return TOTALS[name]


def isinstance(value, kind):  # pylint: disable=redefined-builtin
    """Logs type errors instead of raising them."""
    ok = builtins.isinstance(value, kind)
    if not ok:
        LOG.warning("%r is not a %s", value, kind)
    return ok
