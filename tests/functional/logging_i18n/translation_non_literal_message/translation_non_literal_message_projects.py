"""Messages of project translation functions: marked where defined (in
another module, by a project marker), or not marked at all."""

import gettext

from _projects.glance.i18n import _ as glance_
from _projects.nova import labels
from _projects.nova.i18n import _, _LE, _P
from _projects.nova.labels import COLUMNS, MIXED, PLAIN_ROWS, PLAIN_TITLE, STATES
from _projects.nova.labels import VOLUME_ATTACHED
from _projects.nova.log import get_logger
from _projects.nova.markers import N_, lower
from _projects.shop.i18n import _l
from _projects.tool.i18n import _local

LOG = get_logger(__name__)
ERRORS = {"missing": "Value is missing", "invalid": "Value is invalid"}
HINTS = (N_("Press Enter"), N_("Press Escape"))
SHOUTED = lower("Not marked")


class VolumeError(Exception):
    message = N_("Volume error")

    def __init__(self, volume_id):
        super().__init__(volume_id)
        self.volume_id = volume_id
        self.detail = "Volume unavailable"

    def describe(self):
        return _(self.message)

    def explain(self):
        return _(self.detail)  # [translation-non-literal-message]


def headers(state, key, message):
    columns = [_(column) for column in COLUMNS]
    for hint in HINTS:
        LOG.info(_(hint))
    for row in PLAIN_ROWS:
        LOG.info(_(row))  # [translation-non-literal-message]
    LOG.info(_(VOLUME_ATTACHED), {"volume_id": 1, "instance": 2})
    _(labels.VOLUME_ATTACHED)
    _(STATES[state])
    _(labels.STATES["active"])
    _(MIXED["active"])
    _(MIXED["paused"])  # [translation-non-literal-message]
    _(MIXED[key])  # [translation-non-literal-message]
    _(PLAIN_TITLE)  # [translation-non-literal-message]
    _(labels.PLAIN_TITLE)  # [translation-non-literal-message]
    _l(ERRORS[key])  # [translation-non-literal-message]
    glance_(SHOUTED)  # [translation-non-literal-message]
    _LE(message)  # [translation-non-literal-message]
    _P(STATES["error"], labels.PLAIN_TITLE, 2)  # [translation-non-literal-message]
    _("Bob" + " foo")
    _local(message)
    return columns


class PrefixTranslations(gettext.NullTranslations):
    """Calls through the class pass the instance first: the message is second."""

    def gettext(self, message):
        return "[x] " + gettext.NullTranslations.gettext(self, message)

    def ngettext(self, msgid1, msgid2, n):
        return "[x] " + gettext.NullTranslations.ngettext(self, msgid1, msgid2, n)

    def banner(self):
        return gettext.NullTranslations.gettext(self, PLAIN_TITLE)  # [translation-non-literal-message]
