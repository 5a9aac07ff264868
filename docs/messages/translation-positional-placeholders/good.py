from gettext import gettext as _


def moved(count, folder):
    return _("Moved %(count)d files to %(folder)s") % {"count": count, "folder": folder}
