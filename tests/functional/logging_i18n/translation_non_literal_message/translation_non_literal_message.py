"""Messages extraction tools cannot see, unless marked where they are defined."""

from gettext import gettext as _

from django.utils.translation import gettext_noop


def N_(message):  # pylint: disable=invalid-name
    return message


ERRORS = {"missing": N_("Value is missing"), "invalid": N_("Value is invalid")}
TITLE = gettext_noop("Inventory")
PLAIN = "Not marked"


class Form:
    label = "Name"
    help_text = N_("Your full name")


def get_message():
    return "computed"


def render(key, form, message):
    _(message)  # [translation-non-literal-message]
    _(form.label)  # [translation-non-literal-message]
    _(PLAIN)  # [translation-non-literal-message]
    _(get_message())  # [translation-non-literal-message]
    _(ERRORS[key])
    _(TITLE)
    _(Form.help_text)
    _("A literal")
    _("Implicitly " "concatenated")
