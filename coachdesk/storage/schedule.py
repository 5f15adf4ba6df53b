"""The plain schedule beside the journal: the dates the rule of what is due reads, whether a
coaching hour is running, and when the user last wrote. No text at all (no commitment, no
lesson, no title), so `coachdesk remind` can read it without the passphrase of an encrypted
journal, and work out on the day it runs what is due then (docs/privacy.md).

Kept are the due day, creation time and "still stands" day of each open commitment, and the
due day, weeks and time of conclusion of each lesson's pending return, with the number of
the reflection it belongs to (the rule brings back the latest return per lesson).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from coachdesk.coaching.commitments import Commitment
from coachdesk.coaching.due import DueFacts, items_due
from coachdesk.coaching.revisits import Revisit
from coachdesk.storage.files import replaced_atomically
from coachdesk.storage.rows import from_text, maybe_from_text, to_text

SUFFIX = ".schedule.json"
VERSION = 2  # 1 kept the items due on the day it was written: stale a week later


def schedule_path(journal: Path) -> Path:
    """Where the schedule of the journal at `journal` is kept: beside it."""
    return journal.with_name(journal.name + SUFFIX)


@dataclass(frozen=True)
class Schedule:
    """What the schedule holds: the day it was written, the facts without their texts,
    whether a coaching hour was running then, and the last time the user wrote."""

    written: date
    facts: DueFacts
    coaching_hour: bool
    last_written: datetime | None

    def due_at(self, now: datetime) -> list[tuple[str, date | None]]:
        """(kind, due day) of each thing due at `now`, by the one rule."""
        return [(item.kind, item.due) for item in items_due(self.facts, now)]


def _day(value: date | None) -> str | None:
    return value.isoformat() if value else None


def _moment(value: datetime | None) -> str | None:
    return to_text(value) if value else None


def write(
    journal: Path,
    facts: DueFacts,
    last_written: datetime | None,
    coaching_hour: bool,
    today: date,
) -> None:
    """Write the schedule beside the journal (only the user can read it: mkstemp's 0600)."""
    kept = {
        "version": VERSION,
        "written": today.isoformat(),
        "coaching_hour": coaching_hour,
        "commitments": [
            [_day(c.due), to_text(c.created_at), _day(c.kept_on)] for c in facts.open_commitments
        ],
        "returns": [
            [r.reflection_id, r.weeks, r.due.isoformat(), to_text(r.concluded_at)]
            for r in facts.pending_returns
        ],
        "last": {
            "check_in": _moment(facts.last_check_in),
            "weekly": _moment(facts.last_weekly),
            "session": _moment(facts.last_session),
            "written": _moment(last_written),
        },
    }
    with replaced_atomically(schedule_path(journal)) as out:
        json.dump(kept, out)


def _maybe_day(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def read(journal: Path) -> Schedule | None:
    """The schedule beside the journal; None when there is none, it is of an older version
    (the app writes a new one when it opens the journal) or it cannot be read."""
    try:
        kept = json.loads(schedule_path(journal).read_text(encoding="utf-8"))
        if kept.get("version") != VERSION:
            return None
        # The texts stay empty: nothing read from here is ever shown.
        commitments = [
            Commitment(n, "", from_text(created), _maybe_day(due), kept_on=_maybe_day(kept_on))
            for n, (due, created, kept_on) in enumerate(kept["commitments"])
        ]
        returns = [
            Revisit(n, int(reflection), int(weeks), date.fromisoformat(due), "", from_text(at))
            for n, (reflection, weeks, due, at) in enumerate(kept["returns"])
        ]
        last = kept["last"]
        return Schedule(
            written=date.fromisoformat(kept["written"]),
            facts=DueFacts(
                commitments,
                returns,
                maybe_from_text(last["check_in"]),
                maybe_from_text(last["weekly"]),
                maybe_from_text(last["session"]),
            ),
            coaching_hour=bool(kept["coaching_hour"]),
            last_written=maybe_from_text(last["written"]),
        )
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return None
