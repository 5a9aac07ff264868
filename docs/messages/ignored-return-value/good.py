from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path


@dataclass
class Upload:
    name: str
    received: datetime
    target: Path

    def normalise(self):
        self.name = self.name.strip()
        self.received = self.received.replace(tzinfo=timezone.utc)
        self.target = self.target.with_suffix(".csv")


def latest(uploads):
    uploads.sort(key=lambda upload: upload.received)
    return uploads[-1]
