"""One-step gettext and domain-bound partials."""

import functools
import gettext
from functools import partial

_ = gettext.translation("tool", localedir="/usr/share/locale", fallback=True).gettext
_d = functools.partial(gettext.dgettext, "tool")
_dn = partial(gettext.dngettext, "tool")


def _local(message):
    """A helper that happens to be called like a translation function."""
    return message.strip()
