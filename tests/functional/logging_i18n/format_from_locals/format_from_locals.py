"""String formatting fed by locals(), vars() or an object's own __dict__."""

import logging
from gettext import gettext as _

LOG = logging.getLogger(__name__)


class Volume:
    def __init__(self, volume_id, size):
        self.volume_id = volume_id
        self.size = size

    def describe(self):
        return "%(volume_id)s: %(size)d GB" % vars(self)  # [format-from-locals]

    def label(self):
        return "{volume_id}".format(**self.__dict__)  # [format-from-locals]


def export(volume_id, host):
    LOG.error(_("Cannot confirm exported volume id:%(volume_id)s.") % locals())  # [format-from-locals]
    message = "volume {volume_id} on {host}".format(**locals())  # [format-from-locals]
    LOG.info("exporting %(volume_id)s", locals())  # [format-from-locals]
    summary = "{host}".format_map(vars())  # [format-from-locals]
    return message, summary


def look_alikes(volume, options, volume_id):
    by_vars = "%(size)s" % vars(volume)
    by_dict = "{size}".format(**volume.__dict__)
    explicit = "%(volume_id)s" % {"volume_id": volume_id}
    passed = "{a}".format(**options)
    LOG.info("exporting %(volume_id)s", {"volume_id": volume_id})
    return by_vars, by_dict, explicit, passed


def shadowed():
    def locals():  # pylint: disable=redefined-builtin
        return {"a": 1}

    return "%(a)s" % locals()
