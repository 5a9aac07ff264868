"""Log templates defined once for the service, some translated where defined
(oslo.i18n's per-level translators), some built from constant pieces."""

import os

from .i18n import _LI, _LW

DELETING = _LI("Deleting volume %(volume_id)s")
DETACHING = _LW("Detaching %s from %s")
COPIED = " ".join(["Copied", "%s", "to", "%s"])
MOVED = "/".join(("moved %s", "%s"))
if os.environ.get("NOVA_TERSE"):
    SWITCHED = _LI("Switched %s")
else:
    SWITCHED = _LI("Switched %s on %s")
