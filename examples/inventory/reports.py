"""Stock reports, logged and translated."""

import logging
from gettext import gettext as _

LOG = logging.getLogger(__name__)
LOW_STOCK = "low stock for %s: %d left (threshold %d)"


def report_low(sku, count):
    LOG.warning(LOW_STOCK, sku, count)
    return _("Only %d left of %s" % (count, sku))


def describe(sku, count):
    return _("%s: %d in stock") % (sku, count)


def export_failed(sku, warehouse):
    LOG.error(_("Cannot export %(sku)s to %(warehouse_name)s") % locals())
    return warehouse


def category_label(category):
    return _(category).title()
