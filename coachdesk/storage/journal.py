"""JournalStore: the only place that speaks SQL; it hands out coaching dataclasses."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from coachdesk.coaching.flows import Flow, QuestionKind
from coachdesk.coaching.reflections import (
    PREVIEW_LENGTH,
    Answer,
    Reflection,
    ReflectionSummary,
    preview_text,
)
from coachdesk.storage.connection import open_database, open_memory
from coachdesk.storage.errors import classify
from coachdesk.storage.migrations import MIGRATION_SET

Clock = Callable[[], datetime]


def utc_now() -> datetime:
    """The current time, timezone-aware."""
    return datetime.now(UTC)


def _to_text(moment: datetime) -> str:
    if moment.tzinfo is None:
        raise ValueError("journal times must be timezone-aware")
    return moment.astimezone(UTC).isoformat(timespec="seconds")


def _from_text(text: str | None) -> datetime | None:
    return datetime.fromisoformat(text) if text else None


# The timeline needs a line of the first written answer, not the answer: a 10 MB paste
# must not be read to show 160 characters.
_SUMMARY_SQL = f"""
select r.id, r.flow_id, r.flow_title, r.title, r.created_at, r.finished_at,
  (select substr(a.text, 1, {PREVIEW_LENGTH * 2}) from answers a
    where a.reflection_id = r.id and a.text != '' order by a.position limit 1) as first_text
from reflections r
"""


def _summary(row: dict[str, Any]) -> ReflectionSummary:
    created = _from_text(row["created_at"])
    assert created is not None
    return ReflectionSummary(
        id=row["id"],
        flow_id=row["flow_id"],
        flow_title=row["flow_title"],
        title=row["title"],
        created_at=created,
        is_draft=row["finished_at"] is None,
        preview=preview_text(row["first_text"] or ""),
    )


def _answer(row: dict[str, Any]) -> Answer:
    return Answer(
        question_id=row["question_id"],
        prompt=row["prompt"],
        kind=QuestionKind(row["kind"]),
        position=row["position"],
        text=row["text"],
        rating=row["rating"],
        stage=row["stage"],
    )


class JournalStore:
    """A journal: reflections and their answers in one SQLite file."""

    def __init__(self, db: Database, path: Path | None = None, clock: Clock = utc_now) -> None:
        self.db = db
        self.path = path
        self._clock = clock

    @classmethod
    def open(cls, path: Path, clock: Clock = utc_now) -> JournalStore:
        """Open or create the journal at `path`; raises JournalError subclasses for users."""
        return cls(open_database(path), path, clock)

    @classmethod
    def in_memory(cls, clock: Clock = utc_now) -> JournalStore:
        """A fresh journal that lives only in memory."""
        return cls(open_memory(), None, clock)

    def close(self) -> None:
        """Close the connection; the store cannot be used afterwards."""
        self.db.close()

    @property
    def schema_version(self) -> int:
        """How many schema migrations this journal has had."""
        rows = self.db.execute(
            "select count(*) from _sqlite_migrations where migration_set = ?", [MIGRATION_SET]
        )
        return int(rows.fetchone()[0])

    @contextmanager
    def _writing(self) -> Iterator[None]:
        """One transaction; storage failures become StorageUnavailable, nothing half-done."""
        try:
            with self.db.atomic():
                yield
        except sqlite3.Error as error:
            user_error = classify(error)
            if user_error is None:
                raise
            raise user_error from error

    # Reflections -----------------------------------------------------------------------

    def start(self, flow: Flow, title: str = "") -> Reflection:
        """Begin a draft reflection on `flow`, with every question still unanswered."""
        now = self._clock()
        with self._writing():
            reflection_id = self._insert_reflection(flow, title, now, finished_at=None)
        return self.get(reflection_id)

    def add(
        self,
        flow: Flow,
        answers: Iterable[Answer],
        created_at: datetime,
        title: str = "",
        finished: bool = True,
    ) -> int:
        """Store a whole reflection at once (imports, the demo journal); returns its id."""
        with self._writing():
            reflection_id = self._insert_reflection(
                flow, title, created_at, finished_at=created_at if finished else None
            )
            for answer in answers:
                self._upsert_answer(reflection_id, answer, created_at)
        return reflection_id

    def _insert_reflection(
        self, flow: Flow, title: str, created_at: datetime, finished_at: datetime | None
    ) -> int:
        stamp = _to_text(created_at)
        table = self.db.table("reflections")
        table.insert(
            {
                "flow_id": flow.id,
                "flow_title": flow.title,
                "title": title,
                "created_at": stamp,
                "updated_at": stamp,
                "finished_at": _to_text(finished_at) if finished_at else None,
                "position": 0,
            },
            alter=False,
        )
        assert table.last_pk is not None
        return int(table.last_pk)

    def save_answer(self, reflection_id: int, answer: Answer) -> None:
        """Store (or replace) the answer to one question of a reflection."""
        now = self._clock()
        with self._writing():
            self._upsert_answer(reflection_id, answer, now)
            self._touch(reflection_id, now)

    def _upsert_answer(self, reflection_id: int, answer: Answer, now: datetime) -> None:
        self.db.execute(
            """
            insert into answers
              (reflection_id, question_id, position, prompt, kind, text, rating, stage, updated_at)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?)
            on conflict (reflection_id, question_id) do update set
              position = excluded.position, prompt = excluded.prompt, kind = excluded.kind,
              text = excluded.text, rating = excluded.rating, stage = excluded.stage,
              updated_at = excluded.updated_at
            """,
            [
                reflection_id,
                answer.question_id,
                answer.position,
                answer.prompt,
                answer.kind.value,
                answer.text,
                answer.rating,
                answer.stage,
                _to_text(now),
            ],
        )

    def _touch(self, reflection_id: int, now: datetime, **changes: object) -> None:
        cursor = self.db.execute(
            "update reflections set updated_at = ?"
            + "".join(f", {column} = ?" for column in changes)
            + " where id = ?",
            [_to_text(now), *changes.values(), reflection_id],
        )
        if cursor.rowcount != 1:
            raise KeyError(reflection_id)

    def set_position(self, reflection_id: int, position: int) -> None:
        """Remember the question a draft should resume at."""
        with self._writing():
            self._touch(reflection_id, self._clock(), position=position)

    def finish(self, reflection_id: int) -> None:
        """Mark a reflection as complete (no longer a draft); finishing twice keeps the first."""
        now = self._clock()
        with self._writing():
            self._touch(
                reflection_id, now, finished_at=self._finished_text(reflection_id, now), position=0
            )

    def _finished_text(self, reflection_id: int, now: datetime) -> str:
        row = self.db.execute(
            "select finished_at from reflections where id = ?", [reflection_id]
        ).fetchone()
        return str(row[0]) if row and row[0] else _to_text(now)

    def delete(self, reflection_id: int) -> None:
        """Remove a reflection and all its answers."""
        with self._writing():
            self.db.execute("delete from answers where reflection_id = ?", [reflection_id])
            self.db.execute("delete from reflections where id = ?", [reflection_id])

    # Reading ---------------------------------------------------------------------------

    def get(self, reflection_id: int) -> Reflection:
        """The whole reflection with its answers in question order; KeyError if gone."""
        rows = list(self.db.query("select * from reflections where id = ?", [reflection_id]))
        if not rows:
            raise KeyError(reflection_id)
        row = rows[0]
        answers = self.db.query(
            "select * from answers where reflection_id = ? order by position", [reflection_id]
        )
        created, updated = _from_text(row["created_at"]), _from_text(row["updated_at"])
        assert created is not None and updated is not None
        return Reflection(
            id=row["id"],
            flow_id=row["flow_id"],
            flow_title=row["flow_title"],
            title=row["title"],
            created_at=created,
            updated_at=updated,
            finished_at=_from_text(row["finished_at"]),
            position=row["position"],
            answers=tuple(_answer(a) for a in answers),
        )

    def count(self) -> int:
        """How many reflections the journal holds, drafts included."""
        return int(self.db.execute("select count(*) from reflections").fetchone()[0])

    def timeline(self, offset: int = 0, limit: int = 100) -> list[ReflectionSummary]:
        """Reflections newest first, a page at a time."""
        rows = self.db.query(
            _SUMMARY_SQL + " order by r.created_at desc, r.id desc limit ? offset ?",
            [limit, offset],
        )
        return [_summary(row) for row in rows]

    def drafts(self) -> list[ReflectionSummary]:
        """Unfinished reflections, the most recently touched first."""
        rows = self.db.query(
            _SUMMARY_SQL + " where r.finished_at is null order by r.updated_at desc, r.id desc"
        )
        return [_summary(row) for row in rows]
