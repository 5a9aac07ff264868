import logging

LOG = logging.getLogger(__name__)


def export(volume_id, host):
    LOG.error("Cannot export volume %(volume_id)s to %(host)s" % locals())  # [format-from-locals]
