"""Log templates kept in an enum and a settings object."""

import dataclasses
import enum


class JobEvent(enum.Enum):
    STARTED = "job %s started"
    DONE = "job %s finished in %d s"


@dataclasses.dataclass(frozen=True)
class Messages:
    retry: str = "retrying %s"
    failed: str = "job %s failed"


MESSAGES = Messages(failed="job %s failed after %d attempts")
