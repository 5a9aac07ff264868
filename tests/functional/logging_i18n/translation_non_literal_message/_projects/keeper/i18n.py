"""Older services: the translations method picked by Python version, aliases for the log levels."""

import gettext
import sys

_trans = gettext.translation("keeper", fallback=True)
_ = _trans.ugettext if sys.version_info[0] == 2 else _trans.gettext
_LE = _LW = _
ungettext = _trans.ngettext
