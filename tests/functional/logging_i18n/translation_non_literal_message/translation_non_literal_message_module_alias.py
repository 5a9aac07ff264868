"""The application's ``_`` bound at module level from a translations object
(here or in the project's i18n module) is not machinery: a function that
hands its parameter to it translates a runtime value extraction never sees.
A translator factory's local ``m = t.gettext`` is machinery."""

import gettext

from _projects.glance.i18n import _ as glance_

_catalogue = gettext.translation("billing", fallback=True)
_ = _catalogue.gettext


def translate_label(label):
    return _(label)  # [translation-non-literal-message]


def glance_label(label):
    return glance_(label)  # [translation-non-literal-message]


def make_translator(domain):
    """oslo.i18n's TranslatorFactory builds its functions this way."""
    t = gettext.translation(domain, fallback=True)
    m = t.gettext

    def f(msg):
        return m(msg)

    return f


def translate_with(domain, message):
    lang = gettext.translation(domain, fallback=True)
    return lang.gettext(message)
