from gettext import gettext as _


def moved(count, folder):
    template = _("Moved %(count)d files to %(folder)s")
    return template % {"count": count, "folder": folder}
