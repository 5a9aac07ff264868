"""Plain gettext, two steps: the translations object, then its methods."""

import gettext
import os

_localedir = os.environ.get("GLANCE_LOCALEDIR")
_t = gettext.translation("glance", localedir=_localedir, languages=None, fallback=True)

_ = _t.gettext
ngettext = _t.ngettext
pgettext = _t.pgettext
_n = _t.ngettext
