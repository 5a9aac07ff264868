"""Translation machinery that holds a translations object instead of
deriving from its class: the message reaches it from its own callers."""

import gettext

from _projects.nova.labels import PLAIN_TITLE


class PluginTranslations:
    """Wraps the catalogue of one plugin; callers pass the literals."""

    def __init__(self, domain, localedir=None):
        self.domain = domain
        self.inner = gettext.translation(domain, localedir, fallback=True)

    def gettext(self, message):
        return gettext.NullTranslations.gettext(self.inner, message)

    def ngettext(self, singular, plural, n):
        translated = gettext.NullTranslations.ngettext(self.inner, singular, plural, n)
        return translated

    def title(self):
        return gettext.NullTranslations.gettext(self.inner, PLAIN_TITLE)  # [translation-non-literal-message]

    def log_label(self, label):
        # Not handed back: the translation is used here, so the parameter is
        # an ordinary runtime value.
        print(gettext.NullTranslations.gettext(self.inner, label))  # [translation-non-literal-message]


def label_for(catalogue, category):
    # Through the class, the object first: a translations object's method.
    return gettext.GNUTranslations.gettext(catalogue, category)
