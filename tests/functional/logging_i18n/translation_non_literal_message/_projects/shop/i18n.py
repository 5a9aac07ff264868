"""Django's functions, re-exported for the whole project."""

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext, npgettext_lazy, pgettext

_l = gettext_lazy
ngettext_lazy_alias = npgettext_lazy

__all__ = ["_", "_l", "ngettext", "pgettext", "npgettext_lazy", "ngettext_lazy_alias"]
