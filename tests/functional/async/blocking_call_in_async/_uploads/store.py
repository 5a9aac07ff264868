"""Files kept under a root directory."""
from __future__ import annotations

from pathlib import Path


class FileStore:
    def __init__(self, root: str) -> None:
        self.root = Path(root)

    def path_of(self, name: str) -> Path:
        return self.root / name
