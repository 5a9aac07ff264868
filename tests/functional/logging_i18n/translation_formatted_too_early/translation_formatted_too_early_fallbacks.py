"""Translation functions picked by a conditional, aliased for log levels,
read as module attributes, or with a no-op fallback when the library is
missing."""

import logging

from _projects.keeper import i18n
from _projects.keeper.i18n import _, ungettext

try:
    from django.utils.translation import gettext_lazy as lazy_
except ImportError:
    lazy_ = lambda s: s  # noqa: E731

try:
    from flask_babel import gettext as maybe_
except ImportError:
    maybe_ = print

LOG = logging.getLogger(__name__)


def store(name, count, ident):
    i18n._("Secret %s not found" % ident)  # [translation-formatted-too-early]
    ungettext("%d secret" % count, "%d secrets", count)  # [translation-formatted-too-early]
    lazy_("Lazy %s" % name)  # [translation-formatted-too-early]
    _(f"Stored {name}")  # [translation-formatted-too-early]
    LOG.warning(i18n._LW("Secret %s of %s expired"), ident, name)  # [translation-positional-placeholders]
    maybe_("not known to be a translation %s" % name)
    return ungettext("%(n)d secret", "%(n)d secrets", count) % {"n": count}
