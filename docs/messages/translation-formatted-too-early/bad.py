from gettext import gettext as _


def welcome(name):
    return _("Welcome back, %s" % name)  # [translation-formatted-too-early]
