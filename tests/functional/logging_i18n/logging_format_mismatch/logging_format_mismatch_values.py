"""Templates held in enum members and settings fields, in another module."""

import logging

from _jobs.events import MESSAGES, JobEvent

LOG = logging.getLogger(__name__)


def finished(job, seconds):
    LOG.info(JobEvent.DONE.value, job)  # [logging-format-mismatch]
    LOG.info(JobEvent["DONE"].value, job, seconds, "extra")  # [logging-format-mismatch]
    LOG.warning(MESSAGES.failed, job)  # [logging-format-mismatch]


# Look-alikes: the same templates with the right arguments.


def started(job, seconds, attempts):
    LOG.info(JobEvent.STARTED.value, job)
    LOG.info(JobEvent.DONE.value, job, seconds)
    LOG.warning(MESSAGES.failed, job, attempts)
    LOG.warning(MESSAGES.retry, job)
