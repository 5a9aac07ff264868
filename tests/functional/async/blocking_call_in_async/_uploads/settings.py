"""Where uploads go."""
import pathlib

MEDIA_ROOT = pathlib.Path("/srv/media")
