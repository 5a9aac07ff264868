"""Fixes: an explicit mapping of the template's keys, when the template is
known and every key is bound; not when a key is missing."""

import logging

LOG = logging.getLogger(__name__)
TEMPLATE = "%(sku)s: %(count)d"


class Item:
    def __init__(self, sku):
        self.sku = sku

    def label(self):
        return "{sku}".format(**vars(self))  # [format-from-locals]


def describe(sku, count):
    first = "%(sku)s has %(count)d" % locals()  # [format-from-locals]
    second = "{sku} x{count}".format(**locals())  # [format-from-locals]
    third = TEMPLATE % locals()  # [format-from-locals]
    LOG.info("%(sku)s left", locals())  # [format-from-locals]
    width = 10
    padded = "{sku:^{width}}".format_map(locals())  # [format-from-locals]
    fourth = "%(sku)s %(missing)s" % locals()  # [format-from-locals, format-key-not-in-scope]
    return first, second, third, fourth, padded
