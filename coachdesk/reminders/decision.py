"""What one run of `coachdesk remind` says, and whether it says anything at all.

It reads the plain schedule beside the journal (storage/schedule.py) and applies the rule of
what is due on the day it runs (coaching/due.py), so an encrypted journal needs no
passphrase. What it says is kinds and counts only: a notification shows on a lock screen and
on a shared screen, where anyone can read it.
"""

from __future__ import annotations

import enum
import json
from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from coachdesk.coaching.due import KINDS
from coachdesk.storage.files import replaced_atomically
from coachdesk.storage.schedule import Schedule

SENT_SUFFIX = ".reminded.json"


class Quiet(enum.Enum):
    """Why a run shows nothing."""

    NO_SCHEDULE = "no schedule yet: open the journal in coachdesk once"
    NOTHING_DUE = "nothing is due"
    SENT_TODAY = "already reminded of these today"
    WROTE_TODAY = "you already wrote today"
    COACHING_HOUR = "a coaching hour is running"


@dataclass(frozen=True)
class Decision:
    """What is due, counted per kind (in This week's order), or why nothing is said."""

    counts: dict[str, int]
    quiet: Quiet | None


def sent_path(journal: Path) -> Path:
    """Where the runs of a day remember what they showed: beside the journal."""
    return journal.with_name(journal.name + SENT_SUFFIX)


def sent_today(journal: Path, today: date) -> dict[str, int]:
    """The counts already shown today (empty on another day, or when nothing was kept)."""
    try:
        kept = json.loads(sent_path(journal).read_text(encoding="utf-8"))
        if kept["day"] != today.isoformat():
            return {}
        return {str(kind): int(n) for kind, n in kept["sent"].items() if kind in KINDS}
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return {}


def remember_sent(journal: Path, today: date, counts: dict[str, int]) -> None:
    """Keep what was shown today, so the next run of the day does not repeat it."""
    before = sent_today(journal, today)
    shown = {kind: max(n, before.get(kind, 0)) for kind, n in {**before, **counts}.items()}
    try:
        with replaced_atomically(sent_path(journal)) as out:
            json.dump({"day": today.isoformat(), "sent": shown}, out)
    except OSError:
        pass  # a read-only folder: at worst the reminder comes twice


def decide(
    schedule: Schedule | None,
    now: datetime,
    already_sent: dict[str, int],
    quiet_after_writing: bool = False,
    force: bool = False,
) -> Decision:
    """What to show at `now`. Quiet during a coaching hour (when the schedule says one runs
    today: a crashed hour does not silence reminders for ever), when the user wrote today
    and asked for quiet then, and when everything due was already shown today; `force`
    shows what is due anyway. Nothing due is always quiet."""
    if schedule is None:
        return Decision({}, Quiet.NO_SCHEDULE)
    found = Counter(kind for kind, _ in schedule.due_at(now))
    counts = {kind: found[kind] for kind in KINDS if found[kind]}
    today = now.astimezone().date()
    if not counts:
        return Decision(counts, Quiet.NOTHING_DUE)
    if force:
        return Decision(counts, None)
    if schedule.coaching_hour and schedule.written == today:
        return Decision(counts, Quiet.COACHING_HOUR)
    written = schedule.last_written
    if quiet_after_writing and written is not None and written.astimezone().date() == today:
        return Decision(counts, Quiet.WROTE_TODAY)
    if all(n <= already_sent.get(kind, 0) for kind, n in counts.items()):
        return Decision(counts, Quiet.SENT_TODAY)
    return Decision(counts, None)
