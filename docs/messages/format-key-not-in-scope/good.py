import logging

LOG = logging.getLogger(__name__)
TEMPLATE = "Cannot export %(volume_id)s to %(hostname)s"


def export(volume_id, host):
    LOG.error(TEMPLATE, {"volume_id": volume_id, "hostname": host})
