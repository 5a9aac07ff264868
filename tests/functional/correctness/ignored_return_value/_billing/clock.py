"""A clock that is injected: its methods say what they return."""
from __future__ import annotations

from datetime import date, datetime, timezone


class Clock:
    def now(self) -> datetime:
        return datetime.now(timezone.utc)

    def today(self) -> date:
        return self.now().date()
