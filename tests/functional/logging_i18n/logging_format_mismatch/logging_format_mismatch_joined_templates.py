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
