"""Templates another module builds with ``sep.join([...])`` of constants,
which astroid's inference leaves open: read where they are defined."""

import logging

from _projects.nova.notices import COPIED, MOVED


class Mover:
    def __init__(self, logger=None):
        self.logger = logger if logger is not None else logging.getLogger("mover")

    def copy(self, src, dst):
        self.logger.info(COPIED, src, dst)
        self.logger.info(COPIED, src)  # [logging-format-mismatch]
        self.logger.info(MOVED, src, dst)
        self.logger.info(MOVED, src, dst, "extra")  # [logging-format-mismatch]


def moved_through_module(src, dst):
    from _projects.nova import notices  # pylint: disable=import-outside-toplevel

    log = logging.getLogger("mover")
    log.info(notices.COPIED, src)  # [logging-format-mismatch]
    log.info(notices.COPIED, src, dst)


def resized(name, old, new):
    log = logging.getLogger("cache")
    record = {"name": name, "old": old}
    record["new"] = new
    log.info("cache %(name)s resized from %(old)d to %(new)d", record)
    fields = {"user": name}
    fields.setdefault("ip", "-")
    log.info("user %(user)s logged in from %(ip)s", fields)
    fixed = {"name": name}
    log.info("evicted %(name)s (%(reason)s)", fixed)  # [logging-format-mismatch]


def low_stock(items):
    log = logging.getLogger("stock")
    for sku, left in items:
        ctx = {"sku": sku}
        log.warning("Low stock for %(sku)s: %(left)d left", ctx)  # [logging-format-mismatch]
        ctx["left"] = left
        log.warning("Low stock for %(sku)s: %(left)d left", ctx)
    totals = {"count": 0}
    for _ in items:
        log.info("seen %(count)d, last %(last)s", totals)
        totals["last"] = "x"
