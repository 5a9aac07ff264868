"""Two or more unnamed placeholders: translators cannot reorder them."""

from gettext import gettext as _
from gettext import ngettext

from django.utils.translation import gettext_noop


def N_(message):  # pylint: disable=invalid-name
    return message


GREETING = N_("Hello %s, you have %d messages")
TITLE = gettext_noop("Moved {} to {}")


def notify(name, count, src, dst):
    first = _("Hello %s, you have %d messages") % (name, count)  # [translation-positional-placeholders]
    second = _("Moved {} to {}").format(src, dst)  # [translation-positional-placeholders]
    third = ngettext("%s deleted %d file", "%s deleted %d files", count) % (name, count)  # [translation-positional-placeholders]
    fourth = _(GREETING) % (name, count)  # [translation-positional-placeholders]
    fifth = _(TITLE).format(src, dst)  # [translation-positional-placeholders]
    return first, second, third, fourth, fifth


def reorderable(name, count, src, dst):
    """Look-alikes: named or numbered placeholders, or only one."""
    return (
        _("Hello %(name)s, you have %(count)d messages") % {"name": name, "count": count},
        _("Moved {src} to {dst}").format(src=src, dst=dst),
        _("Moved {0} to {1}").format(src, dst),
        _("Only %s") % name,
        _("100%% done for %s") % name,
        _("Sold 100% of %s") % name,
        ngettext("%(n)d file", "%(n)d files", count) % {"n": count},
    )
