"""The plain schedule beside the journal: what kinds are due on which days, and whether a
coaching hour is running. No text and no ids, so `coachdesk remind` can read it without
the passphrase of an encrypted journal (docs/privacy.md)."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from coachdesk.coaching.due import KINDS, DueItem
from coachdesk.storage.files import replaced_atomically

SUFFIX = ".schedule.json"
VERSION = 1


def schedule_path(journal: Path) -> Path:
    """Where the schedule of the journal at `journal` is kept: beside it."""
    return journal.with_name(journal.name + SUFFIX)


@dataclass(frozen=True)
class Schedule:
    """What the schedule holds: the day it was written, (kind, due) pairs, the hour."""

    written: date
    due: list[tuple[str, date | None]]
    coaching_hour: bool


def write(journal: Path, items: Sequence[DueItem], coaching_hour: bool, today: date) -> None:
    """Write the schedule beside the journal (only the user can read it: mkstemp's 0600)."""
    kept = {
        "version": VERSION,
        "written": today.isoformat(),
        "coaching_hour": coaching_hour,
        "due": [[i.kind, i.due.isoformat() if i.due else None] for i in items],
    }
    with replaced_atomically(schedule_path(journal)) as out:
        json.dump(kept, out)


def read(journal: Path) -> Schedule | None:
    """The schedule beside the journal; None when there is none or it cannot be read."""
    try:
        kept = json.loads(schedule_path(journal).read_text(encoding="utf-8"))
        return Schedule(
            written=date.fromisoformat(kept["written"]),
            due=[
                (str(kind), date.fromisoformat(day) if day else None)
                for kind, day in kept["due"]
                if kind in KINDS
            ],
            coaching_hour=bool(kept["coaching_hour"]),
        )
    except (OSError, ValueError, KeyError, TypeError):
        return None
