"""Formatting inside the translation call: the catalogue never matches."""

import gettext

from django.utils.translation import gettext_lazy as lazy
from django.utils.translation import ngettext
from flask_babel import lazy_gettext

_ = gettext.gettext
translations = gettext.translation("shop", fallback=True)
tr = translations.gettext


def messages(name, count):
    _("hello %s" % name)  # [translation-formatted-too-early]
    _(f"hello {name}")  # [translation-formatted-too-early]
    _("hello {}".format(name))  # [translation-formatted-too-early]
    _("hello " + name)  # [translation-formatted-too-early]
    lazy("bye %s" % name)  # [translation-formatted-too-early]
    ngettext("%d apple" % count, "%d apples" % count, count)  # [translation-formatted-too-early]
    lazy_gettext(f"items: {count}")  # [translation-formatted-too-early]
    tr("total: %d" % count)  # [translation-formatted-too-early]
    translations.ngettext("one %s" % name, "many", count)  # [translation-formatted-too-early]


def correct(name, count):
    """Look-alikes: translate the template, then format."""
    first = _("hello %s") % name
    second = _("hello {}").format(name)
    third = _("hello " "world")
    fourth = ngettext("%d apple", "%d apples", count) % count
    return first, second, third, fourth


def helper_named_underscore(name):
    """A local function called _ is not gettext."""

    def _(text):
        return text.upper()

    return _("hello %s" % name)
