from gettext import gettext as _


def welcome(name):
    return _("Welcome back, %(name)s") % {"name": name}
