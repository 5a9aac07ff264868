from gettext import gettext as _

ERRORS = {"missing": "Value is missing", "invalid": "Value is invalid"}


def error_text(key):
    return _(ERRORS[key])  # [translation-non-literal-message]
