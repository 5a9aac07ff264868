"""Templates defined in another module as a translator call whose callee is a
translation function only by its role (oslo.i18n's ``_LI``): the template is
the message of that call, read where it is defined."""

import logging

from _projects.nova import notices
from _projects.nova.notices import DELETING, DETACHING, SWITCHED

LOG = logging.getLogger(__name__)


class VolumeManager:
    def __init__(self, logger: logging.Logger | None = None):
        self.logger = logger or logging.getLogger("volumes")

    def delete(self, volume_id):
        LOG.info(DELETING, {"volume_id": volume_id})
        LOG.info(DELETING, {"id": volume_id})  # [logging-format-mismatch]
        LOG.info(DELETING)  # [logging-format-mismatch]
        self.logger.info(notices.DELETING, {"volume_id": volume_id})

    def detach(self, volume_id, host):
        self.logger.warning(DETACHING, volume_id, host)
        self.logger.warning(DETACHING, volume_id)  # [logging-format-mismatch]

    def switch(self, host):
        # Two definitions with different texts: which one is unknown, silent.
        self.logger.info(SWITCHED, host)
        self.logger.info(SWITCHED, host, host)
