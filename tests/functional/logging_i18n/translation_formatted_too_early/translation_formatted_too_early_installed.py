"""`_` installed into builtins by gettext.install(): unbound in the module."""

import gettext

gettext.install("shop")


def greet(name):
    return _("welcome back, %s" % name)  # [translation-formatted-too-early]


def greet_correctly(name):
    return _("welcome back, %s") % name
