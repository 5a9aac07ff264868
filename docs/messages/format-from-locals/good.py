import logging

LOG = logging.getLogger(__name__)


def export(volume_id, host):
    LOG.error(
        "Cannot export %(volume_id)s to %(host)s",
        {"volume_id": volume_id, "host": host},
    )
