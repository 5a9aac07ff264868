from gettext import gettext as _


def moved(count, folder):
    template = _("Moved %d files to %s")  # [translation-positional-placeholders]
    return template % (count, folder)
