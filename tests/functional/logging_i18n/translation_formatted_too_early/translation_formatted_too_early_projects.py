"""Translation functions bound in the projects' own i18n modules, imported."""

from _projects.blog import _ as blog_, _n as blog_n
from _projects.glance.i18n import _ as glance_, _n, ngettext
from _projects.nova.i18n import _, _C, _LE, _LW, _P
from _projects.nova.log import get_logger
from _projects.shop.i18n import _l, npgettext_lazy, pgettext
from _projects.tool.i18n import Localizer, _ as tool_, _d, _dn, _local

LOG = get_logger(__name__)


class VolumeManager:
    def __init__(self, logger=None):
        self.logger = logger or get_logger("volume")

    def attach(self, volume_id, instance):
        self.logger.error(_("Failed to attach %s" % volume_id))  # [translation-formatted-too-early]
        LOG.warning(_LW("Volume %(volume_id)s busy" % {"volume_id": volume_id}))  # [translation-formatted-too-early]
        LOG.error(_LE(f"Instance {instance} is gone"))  # [translation-formatted-too-early]
        raise RuntimeError(_C("volume", "Cannot attach {}".format(volume_id)))  # [translation-formatted-too-early]

    def detach(self, volume_id, count):
        # Correct: translate the template, then format.
        self.logger.error(_("Failed to detach %(volume_id)s") % {"volume_id": volume_id})
        LOG.warning(_LW("Volume %s busy"), volume_id)
        return _P("%(n)d volume", "%(n)d volumes", count) % {"n": count}


def plurals(name, count):
    _P("%d volume of %s" % (count, name), "%d volumes", count)  # [translation-formatted-too-early]
    ngettext("one file", f"{count} files", count)  # [translation-formatted-too-early]
    _n("one image", "%d images" % count, count)  # [translation-formatted-too-early]
    blog_n("one post by " + name, "many posts", count)  # [translation-formatted-too-early]
    _dn("one job", "{} jobs".format(count), count)  # [translation-formatted-too-early]
    npgettext_lazy("cart", "one item", "%d items" % count, count)  # [translation-formatted-too-early]
    return ngettext("one file", "%(n)d files", count) % {"n": count}


def other_projects(name):
    glance_("Image %s not found" % name)  # [translation-formatted-too-early]
    tool_("Tool {}".format(name))  # [translation-formatted-too-early]
    _d("Domain " + name)  # [translation-formatted-too-early]
    blog_(f"Post {name}")  # [translation-formatted-too-early]
    _l("Lazy %s" % name)  # [translation-formatted-too-early]
    pgettext("menu", "Open %s" % name)  # [translation-formatted-too-early]
    localizer = Localizer("tool")
    localizer._("Hello %s" % name)  # [translation-formatted-too-early]
    localizer.ngettext("one", "%d of %s" % (1, name), 2)  # [translation-formatted-too-early]
    return (
        glance_("Image %s not found") % name,
        tool_("Tool " "name"),
        _d("Domain" + " name"),
        _local("not %s translated" % name),
        pgettext("menu %s" % name, "Open"),
    )
