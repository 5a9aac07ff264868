"""Unnamed placeholders in messages of project translation functions,
singular and plural templates alike, and in marked constants."""

from _projects.blog import _n as blog_n
from _projects.glance.i18n import _n, ngettext
from _projects.nova import labels
from _projects.nova.i18n import _, _LI, _P
from _projects.nova.labels import VOLUME_ATTACHED, VOLUME_DETACHED
from _projects.shop.i18n import _l, npgettext_lazy
from _projects.tool.i18n import _local


def report(name, count, src, dst):
    first = _("Moved %s to %s") % (src, dst)  # [translation-positional-placeholders]
    second = _LI("Copied {} to {}").format(src, dst)  # [translation-positional-placeholders]
    third = _l("%s of %s done") % (count, name)  # [translation-positional-placeholders]
    fourth = _(VOLUME_DETACHED) % (src, dst)  # [translation-positional-placeholders]
    fifth = _(labels.VOLUME_DETACHED) % (src, dst)  # [translation-positional-placeholders]
    return first, second, third, fourth, fifth


def plurals(name, count):
    return (
        _P("%(n)d file", "%s deleted %d files", count),  # [translation-positional-placeholders]
        ngettext("%s deleted %d file", "%(n)d files", count),  # [translation-positional-placeholders]
        _n("one {} {}", "many", count),  # [translation-positional-placeholders]
        blog_n("{} post by {}", "{} posts by {}", count),  # [translation-positional-placeholders]
        npgettext_lazy("cart", "one", "%s items in %s", count),  # [translation-positional-placeholders]
    )


def reorderable(name, count, volume_id, instance):
    """Look-alikes: named placeholders, one placeholder, not a translation."""
    return (
        _(VOLUME_ATTACHED) % {"volume_id": volume_id, "instance": instance},
        _P("%(n)d file", "%(n)d files", count) % {"n": count},
        ngettext("one file", "%d files", count) % count,
        _local("%s and %s") % (name, count),
        "%s and %s" % (name, count),
    )
