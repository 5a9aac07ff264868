"""The deferred-translation idiom of the Python gettext docs: mark with an
identity ``_``, delete it, translate the marked values later."""

import gettext


def _(message):
    return message


animals = [_("mollusk"), _("albatross"), _("rat"), _("penguin"), _("python")]

del _

gettext.install("zoo")


def show():
    for animal in animals:
        print(_(animal))
