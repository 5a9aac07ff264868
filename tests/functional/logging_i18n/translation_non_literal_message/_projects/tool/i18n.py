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


class Localizer:
    """Per-domain translations held by an object; ``_`` wraps its gettext."""

    def __init__(self, domain):
        self._t = gettext.translation(domain, fallback=True)

    def _(self, message):
        return self._t.gettext(message)

    def ngettext(self, singular, plural, count):
        return self._t.ngettext(singular, plural, count)
