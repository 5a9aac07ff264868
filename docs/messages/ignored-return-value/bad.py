from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path


@dataclass
class Upload:
    name: str
    received: datetime
    target: Path

    def normalise(self):
        self.name.strip()  # [ignored-return-value]
        self.received.replace(tzinfo=timezone.utc)  # [ignored-return-value]
        self.target.with_suffix(".csv")  # [ignored-return-value]


def latest(uploads):
    sorted(uploads, key=lambda upload: upload.received)  # [ignored-return-value]
    return uploads[-1]
