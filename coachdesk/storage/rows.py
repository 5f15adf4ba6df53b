"""Turning rows into coaching dataclasses and times into stored text, in one place."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, date, datetime, time
from typing import TYPE_CHECKING, Any

from coachdesk.coaching.flows import QuestionKind, QuestionRole
from coachdesk.coaching.reflections import (
    PREVIEW_LENGTH,
    Answer,
    Reflection,
    ReflectionSummary,
    preview_text,
)
from coachdesk.storage.errors import DamagedJournalError

if TYPE_CHECKING:
    from sqlite_utils import Database


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


def reflection(row: dict[str, Any], answers: list[Answer], tags: list[str]) -> Reflection:
    """A whole reflection from its reflections row, its answers in order and its tags."""
    return Reflection(
        id=row["id"],
        flow_id=row["flow_id"],
        flow_title=row["flow_title"],
        title=row["title"],
        created_at=from_text(row["created_at"]),
        updated_at=from_text(row["updated_at"]),
        finished_at=maybe_from_text(row["finished_at"]),
        position=row["position"],
        answers=tuple(answers),
        customer=row["customer"],
        deal=row["deal"],
        tags=tuple(tags),
        session_id=row.get("session_id"),
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
        choice=row.get("choice"),
        asked_because=row.get("asked_because"),
        why=row.get("why") or "",
        follows=row.get("follows"),
    )


def whole_reflections(db: Database, ids: Sequence[int]) -> dict[int, Reflection]:
    """The reflections with these ids (those still there), with their answers in question
    order and their tags: three queries for all of them."""
    marks = ",".join("?" * len(ids))
    answers: dict[int, list[Answer]] = {i: [] for i in ids}
    for row in db.query(
        "select a.*, c.due from answers a left join commitments c"
        " on c.reflection_id = a.reflection_id and c.question_id = a.question_id"
        f" where a.reflection_id in ({marks}) order by a.reflection_id, a.position",
        list(ids),
    ):
        answers[row["reflection_id"]].append(answer(row))
    tags: dict[int, list[str]] = {i: [] for i in ids}
    for reflection_id, tag in db.execute(
        f"select reflection_id, tag from reflection_tags where reflection_id in ({marks})"
        " order by reflection_id, tag",
        list(ids),
    ):
        tags[reflection_id].append(tag)
    return {
        row["id"]: reflection(row, answers[row["id"]], tags[row["id"]])
        for row in db.query(f"select * from reflections where id in ({marks})", list(ids))
    }
