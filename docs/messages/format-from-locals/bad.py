import logging

LOG = logging.getLogger(__name__)


def export(volume_id, host):
    text = "Cannot export %(volume_id)s to %(host)s" % locals()  # [format-from-locals]
    LOG.error(text)
