from gettext import gettext as _


def moved(count, folder):
    return _("Moved %d files to %s") % (count, folder)  # [translation-positional-placeholders]
