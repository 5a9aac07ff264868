"""A namespace formatted as one value is no mapping: only a template that
names keys reads its names."""

import logging

LOG = logging.getLogger(__name__)
STATE = "state: %s"


class Task:
    def __init__(self, task_id):
        self.task_id = task_id

    def __repr__(self):
        return "Task(%r)" % vars(self)

    def describe(self):
        return "Task %(task_id)s" % vars(self)  # [format-from-locals]


def dump(job):
    LOG.info("state: %s", locals())
    LOG.info(STATE, vars())
    LOG.info("job %(job)s", locals())  # [format-from-locals]
    return "%s" % locals()
