from gettext import gettext as _

from django.utils.translation import gettext_noop

ERRORS = {
    "missing": gettext_noop("Value is missing"),
    "invalid": gettext_noop("Value is invalid"),
}


def error_text(key):
    return _(ERRORS[key])
