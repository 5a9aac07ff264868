"""Messages marked where they are defined, through the marker's module."""

from _projects.store import marks

TITLE = marks.N_("Welcome")
HINTS = {"report": marks.N_("Generate a report"), "restock": marks.N_("Add stock")}
