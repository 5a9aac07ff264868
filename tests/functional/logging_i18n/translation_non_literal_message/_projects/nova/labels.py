"""Display strings, marked where they are defined."""

from .markers import N_

VOLUME_ATTACHED = N_("Volume %(volume_id)s attached to %(instance)s")
VOLUME_DETACHED = N_("Volume %s detached from %s")
STATES = {"active": N_("Active"), "error": N_("Error"), "deleted": N_("Deleted")}
MIXED = {"active": N_("Active"), "paused": "Paused"}
COLUMNS = (N_("Name"), N_("Status"), N_("Size"))
PLAIN_TITLE = "Instances"
PLAIN_ROWS = ["Name", "Status"]
FAULT_PREFIX = "Fault on %s"
FAULT_SUFFIX = ": %s"
