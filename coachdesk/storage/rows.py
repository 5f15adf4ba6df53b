"""Turning rows into coaching dataclasses and times into stored text, in one place."""

from __future__ import annotations

from datetime import UTC, date, datetime, time
from typing import Any

from coachdesk.coaching.flows import QuestionKind, QuestionRole
from coachdesk.coaching.reflections import (
    PREVIEW_LENGTH,
    Answer,
    ReflectionSummary,
    preview_text,
)
from coachdesk.storage.errors import DamagedJournalError


def to_text(moment: datetime) -> str:
    """A stored time: ISO 8601 in UTC, so that text order is time order."""
    if moment.tzinfo is None:
        raise ValueError("journal times must be timezone-aware")
    return moment.astimezone(UTC).isoformat(timespec="seconds")


def from_text(text: str) -> datetime:
    """A stored time back as an aware datetime."""
    try:
        return datetime.fromisoformat(text)
    except ValueError:  # a byte changed on disk: SQLite's quick check cannot see it
        raise DamagedJournalError("The journal is damaged (a stored time is unreadable).") from None


def maybe_from_text(text: str | None) -> datetime | None:
    """A nullable stored time."""
    return from_text(text) if text else None


def local_day_start(day: date) -> str:
    """The stored text of local midnight at the start of `day`."""
    return to_text(datetime.combine(day, time.min).astimezone())


# The timeline needs a line of the first written answer, not the answer: a 10 MB paste
# must not be read to show 160 characters.
SUMMARY_SQL = f"""
select r.id, r.flow_id, r.flow_title, r.title, r.created_at, r.finished_at, r.customer,
  (select substr(a.text, 1, {PREVIEW_LENGTH * 2}) from answers a
    where a.reflection_id = r.id and a.text != '' order by a.position limit 1) as first_text
from reflections r
"""


def summary(row: dict[str, Any]) -> ReflectionSummary:
    """A timeline row from a SUMMARY_SQL row."""
    return ReflectionSummary(
        id=row["id"],
        flow_id=row["flow_id"],
        flow_title=row["flow_title"],
        title=row["title"],
        created_at=from_text(row["created_at"]),
        is_draft=row["finished_at"] is None,
        preview=preview_text(row["first_text"] or ""),
        customer=row["customer"],
    )


def answer(row: dict[str, Any]) -> Answer:
    """An answer from an answers row."""
    return Answer(
        question_id=row["question_id"],
        prompt=row["prompt"],
        kind=QuestionKind(row["kind"]),
        position=row["position"],
        text=row["text"],
        rating=row["rating"],
        stage=row["stage"],
        due=date.fromisoformat(row["due"]) if row.get("due") else None,
        role=QuestionRole(row.get("role", "")),
        private=bool(row.get("private", 0)),
    )
