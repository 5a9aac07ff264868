"""Flask-Babel, re-exported."""

from flask_babel import gettext, lazy_gettext as _l, ngettext as _n

_ = gettext
