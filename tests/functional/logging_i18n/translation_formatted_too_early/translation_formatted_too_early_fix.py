"""Fixes: translate the template, then format. Concatenation, and a plural
whose other form is not formatted the same way, are left alone."""

import gettext
from gettext import ngettext

_ = gettext.gettext


class User:
    name = "ann"


def greet(name, count, user: User):
    print(_("Hello %s" % name))  # [translation-formatted-too-early]
    print(_("%s has %d items" % (name, count)))  # [translation-formatted-too-early]
    print(_("Hello {}".format(name)))  # [translation-formatted-too-early]
    print(_(f"Hi {name}, 100% sure"))  # [translation-formatted-too-early]
    print(_(f"{user.name} has {count:d} items"))  # [translation-formatted-too-early]
    print(_(f"{user.name} is not {name!r}"))  # [translation-formatted-too-early]
    print(_("Hello " + name))  # [translation-formatted-too-early]
    print(ngettext("%d apple" % count, "%d apples" % count, count))  # [translation-formatted-too-early]
    print(ngettext("one %s" % name, "many", count))  # [translation-formatted-too-early]
    return _("Total: %d" % count).upper()  # [translation-formatted-too-early]
