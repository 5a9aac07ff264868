"""A one-statement function that hands its parameter to the application's
``_`` (bound at module level from a translations object, here or in the
project's i18n module) is a translation function itself: its callers'
messages are checked, not its parameter. A translator factory's local
``m = t.gettext`` is machinery."""

import gettext

from _projects.glance.i18n import _ as glance_

_catalogue = gettext.translation("billing", fallback=True)
_ = _catalogue.gettext


def translate_label(label):
    return _(label)


def glance_label(label):
    return glance_(label)


def labels(row):
    return (
        translate_label("Invoice"),
        translate_label(row.kind),  # [translation-non-literal-message]
        glance_label(f"Image {row.name}"),  # [translation-formatted-too-early]
    )


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
