"""A project's own translation functions, as its i18n module writes them:
one-statement wrappers over gettext or over a catalogue a helper loads, a
translator class known by annotation, messages marked through the marker's
module and iterated as a dict's values."""

import gettext

from _projects.store import labels


def load(locale):
    return gettext.translation("store", localedir="/nonexistent", languages=[locale],
                               fallback=True)


_catalog = load("en")


def _(message):
    return _catalog.gettext(message)


def tr(message):
    return gettext.gettext(message)


class Translator:
    def __init__(self, locale: str) -> None:
        self._catalog = load(locale)

    def gettext(self, message: str) -> str:
        return self._catalog.gettext(message)


def render(translator: Translator, event: str, name: str) -> tuple:
    return (
        translator.gettext("Order shipped"),
        translator.gettext(event),  # [translation-non-literal-message]
        translator.gettext(f"Hello {name}"),  # [translation-formatted-too-early]
        _(labels.TITLE),
        tr(labels.HINTS["report"]),
        _(event),  # [translation-non-literal-message]
    )


def hints():
    return [tr(hint) for hint in labels.HINTS.values()]


class LazyProxy:
    """Babel's ``LazyProxy``: calls the function when the text is rendered."""

    def __init__(self, func, *args):
        self._func, self._args = func, args

    def __str__(self):
        return self._func(*self._args)


def lazy_tr(message):
    return LazyProxy(tr, message)


def lazy_labels(event):
    return [lazy_tr("Order shipped"), lazy_tr(event)]  # [translation-non-literal-message]
