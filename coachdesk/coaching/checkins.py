"""Check-ins: stress, energy, confidence and where your attention goes, in seconds."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, time, timedelta

# When to invite a check-in: Sunday evening or Monday morning, if none since Friday.
INVITE_FROM_SUNDAY = time(18, 0)
INVITE_UNTIL_MONDAY = time(12, 0)
ATTENTION_MAX = 100  # 0 = all on the customer, 100 = all on the target


@dataclass(frozen=True)
class CheckIn:
    """One quick check-in; 1..5 scales, attention 0 (customer) .. 100 (target)."""

    id: int
    created_at: datetime
    stress: int
    energy: int
    confidence: int
    attention: int
    note: str = ""

    def __post_init__(self) -> None:
        for name in ("stress", "energy", "confidence"):
            if not 1 <= getattr(self, name) <= 5:
                raise ValueError(f"{name} must be 1..5")
        if not 0 <= self.attention <= ATTENTION_MAX:
            raise ValueError(f"attention must be 0..{ATTENTION_MAX}")


def last_friday(now: datetime) -> datetime:
    """Midnight at the start of the most recent Friday (today if it is Friday)."""
    local = now.astimezone()
    days_back = (local.weekday() - 4) % 7
    friday = local.date() - timedelta(days=days_back)
    return datetime.combine(friday, time.min).astimezone()


def invite_now(now: datetime, last: datetime | None) -> bool:
    """True on Sunday evening or Monday morning when no check-in was made since Friday."""
    local = now.astimezone()
    sunday_evening = local.weekday() == 6 and local.time() >= INVITE_FROM_SUNDAY
    monday_morning = local.weekday() == 0 and local.time() < INVITE_UNTIL_MONDAY
    if not (sunday_evening or monday_morning):
        return False
    return last is None or last < last_friday(local)
