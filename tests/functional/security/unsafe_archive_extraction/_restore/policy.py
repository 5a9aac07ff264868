"""Extraction policies as an enum and a settings object."""

import dataclasses
import enum


class ArchivePolicy(str, enum.Enum):
    SAFE = "data"
    COMPAT = "fully_trusted"


@dataclasses.dataclass(frozen=True)
class RestoreConfig:
    target: str
    tar_filter: str = "data"


LEGACY_RESTORE = RestoreConfig("/srv/restore", tar_filter="fully_trusted")
DEFAULT_RESTORE = RestoreConfig("/srv/restore")


class ExtractFilter(str, enum.Enum):
    """A str enum: its members are the strings tarfile looks up."""

    TRUSTED = "fully_trusted"
    DATA = "data"
