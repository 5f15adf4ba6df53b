"""The sessions table: coaching hours with their agenda and notes."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlite_utils import Database

from coachdesk.coaching.sessions import AgendaItem, CoachSession, agenda_from_json, agenda_to_json
from coachdesk.storage.rows import from_text, maybe_from_text, to_text


def _session(row: dict[str, Any]) -> CoachSession:
    return CoachSession(
        id=row["id"],
        started_at=from_text(row["started_at"]),
        ended_at=maybe_from_text(row["ended_at"]),
        goal=row["goal"],
        agenda=agenda_from_json(row["agenda"]),
        notes=row["notes"],
    )


def start(db: Database, goal: str, agenda: tuple[AgendaItem, ...], now: datetime) -> int:
    """A new session, running from `now`."""
    cursor = db.execute(
        "insert into sessions (started_at, goal, agenda) values (?, ?, ?)",
        [to_text(now), goal, agenda_to_json(agenda)],
    )
    return int(cursor.lastrowid or 0)


def save_notes(db: Database, session_id: int, notes: str) -> None:
    """What was noted during the hour."""
    if db.execute("update sessions set notes = ? where id = ?", [notes, session_id]).rowcount != 1:
        raise KeyError(session_id)


def end(db: Database, session_id: int, now: datetime) -> None:
    """The hour is over."""
    db.execute("update sessions set ended_at = ? where id = ?", [to_text(now), session_id])


def get(db: Database, session_id: int) -> CoachSession:
    """One session; KeyError if there is none."""
    rows = list(db.query("select * from sessions where id = ?", [session_id]))
    if not rows:
        raise KeyError(session_id)
    return _session(rows[0])


def all_sessions(db: Database) -> list[CoachSession]:
    """Every session, the latest first."""
    return [
        _session(r) for r in db.query("select * from sessions order by started_at desc, id desc")
    ]


def made_in(db: Database, session_id: int) -> list[int]:
    """The reflections answered together in a session, oldest first."""
    rows = db.execute(
        "select id from reflections where session_id = ? order by created_at, id", [session_id]
    )
    return [reflection_id for (reflection_id,) in rows.fetchall()]


def add_past(db: Database, session: CoachSession) -> int:
    """A session that already happened, as it was kept (the demo journal's)."""
    cursor = db.execute(
        "insert into sessions (started_at, ended_at, goal, agenda, notes) values (?, ?, ?, ?, ?)",
        [
            to_text(session.started_at),
            to_text(session.ended_at) if session.ended_at else None,
            session.goal,
            agenda_to_json(session.agenda),
            session.notes,
        ],
    )
    return int(cursor.lastrowid or 0)
