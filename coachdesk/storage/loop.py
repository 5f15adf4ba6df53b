"""The coaching loop's tables: commitments, check-ins and lessons that come back."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from typing import Any

from sqlite_utils import Database

from coachdesk.coaching.checkins import CheckIn
from coachdesk.coaching.commitments import Commitment, CommitmentState
from coachdesk.coaching.due_text import due_in_text
from coachdesk.coaching.flows import QuestionRole
from coachdesk.coaching.reflections import Answer
from coachdesk.coaching.revisits import Revisit, RevisitState, schedule
from coachdesk.storage.rows import from_text, maybe_from_text, to_text


def _commitment(row: dict[str, Any]) -> Commitment:
    return Commitment(
        id=row["id"],
        text=row["text"],
        created_at=from_text(row["created_at"]),
        due=date.fromisoformat(row["due"]) if row["due"] else None,
        state=CommitmentState(row["state"]),
        closed_at=maybe_from_text(row["closed_at"]),
        outcome=row["outcome"],
        reflection_id=row["reflection_id"],
        kept_on=date.fromisoformat(row["kept_on"]) if row["kept_on"] else None,
    )


def sync_commitment(db: Database, reflection_id: int, answer: Answer, now: datetime) -> None:
    """Keep the commitment made by a commitment question in step with its answer.

    Only while it is open: a closed commitment's outcome answers the promise as it was.
    """
    text = answer.text.strip()
    key = [reflection_id, answer.question_id]
    if not text:  # emptied: an open commitment goes; a closed one is history and stays
        db.execute(
            "delete from commitments"
            " where reflection_id = ? and question_id = ? and state = 'open'",
            key,
        )
        return
    made = db.execute(
        "select created_at from commitments where reflection_id = ? and question_id = ?", key
    ).fetchone()
    # Without a date chosen, the words may give one ("by Friday"), counted from the day the
    # commitment was made, so editing it later does not move it.
    due = answer.due or due_in_text(text, (from_text(made[0]) if made else now).astimezone().date())
    db.execute(
        """
        insert into commitments (text, created_at, due, reflection_id, question_id)
        values (?, ?, ?, ?, ?)
        on conflict (reflection_id, question_id) do update set
          text = excluded.text, due = excluded.due
          where commitments.state = 'open'
        """,
        [text, to_text(now), due.isoformat() if due else None, *key],
    )


def add_commitment(db: Database, text: str, due: date | None, now: datetime) -> int:
    """A commitment made by hand (or with a coach); without `due`, the day its words give."""
    if not text.strip():
        raise ValueError("a commitment needs words")
    due = due or due_in_text(text, now.astimezone().date())
    cursor = db.execute(
        "insert into commitments (text, created_at, due) values (?, ?, ?)",
        [text.strip(), to_text(now), due.isoformat() if due else None],
    )
    return int(cursor.lastrowid or 0)


def close_commitment(
    db: Database, commitment_id: int, state: CommitmentState, outcome: str, now: datetime
) -> None:
    """Done or let go, with what happened; reopening clears the closing."""
    closed = None if state is CommitmentState.OPEN else to_text(now)
    cursor = db.execute(
        "update commitments set state = ?, outcome = ?, closed_at = ? where id = ?",
        [state.value, outcome, closed, commitment_id],
    )
    if cursor.rowcount != 1:
        raise KeyError(commitment_id)


def keep_commitments(db: Database, ids: Sequence[int], today: date) -> None:
    """Still on the list: asked once, kept from now on (open ones only)."""
    db.conn.executemany(
        "update commitments set kept_on = ? where id = ? and state = 'open'",
        [(today.isoformat(), commitment_id) for commitment_id in ids],
    )


def commitments(db: Database, open_only: bool = False) -> list[Commitment]:
    """Commitments, oldest first."""
    where = "where state = 'open'" if open_only else ""
    rows = db.query(f"select * from commitments {where} order by created_at, id")
    return [_commitment(row) for row in rows]


def closed_commitments_since(db: Database, flow_id: str, fallback: datetime) -> list[Commitment]:
    """Commitments done or let go since the last finished reflection of `flow_id` (since
    `fallback` if there is none), in the order they were closed."""
    row = db.execute(
        "select max(created_at) from reflections where flow_id = ? and finished_at is not null",
        [flow_id],
    ).fetchone()
    since = row[0] if row and row[0] else to_text(fallback)
    rows = db.query(
        "select * from commitments where state != 'open' and closed_at >= ? order by closed_at, id",
        [since],
    )
    return [_commitment(row) for row in rows]


def add_check_in(db: Database, check_in: CheckIn) -> int:
    """Store a check-in; returns its id."""
    cursor = db.execute(
        "insert into check_ins (created_at, stress, energy, confidence, attention, note)"
        " values (?, ?, ?, ?, ?, ?)",
        [
            to_text(check_in.created_at),
            check_in.stress,
            check_in.energy,
            check_in.confidence,
            check_in.attention,
            check_in.note,
        ],
    )
    return int(cursor.lastrowid or 0)


def check_ins(db: Database, since: datetime | None = None) -> list[CheckIn]:
    """Check-ins, oldest first."""
    rows = db.query(
        "select * from check_ins where created_at >= ? order by created_at, id",
        [to_text(since) if since else ""],
    )
    return [
        CheckIn(
            id=row["id"],
            created_at=from_text(row["created_at"]),
            stress=row["stress"],
            energy=row["energy"],
            confidence=row["confidence"],
            attention=row["attention"],
            note=row["note"],
        )
        for row in rows
    ]


def schedule_revisits(db: Database, reflection_id: int, finished: datetime) -> None:
    """Plan the returns of a finished reflection's lesson (once; a later finish keeps them)."""
    has_lesson = db.execute(
        "select 1 from answers where reflection_id = ? and role = ? and trim(text) != ''",
        [reflection_id, QuestionRole.LESSON.value],
    ).fetchone()
    if not has_lesson:
        return
    for weeks, due in schedule(finished.astimezone().date()):
        db.execute(
            "insert into revisits (reflection_id, weeks, due) values (?, ?, ?)"
            " on conflict (reflection_id, weeks) do nothing",
            [reflection_id, weeks, due.isoformat()],
        )


def revisits(db: Database, pending_only: bool = False) -> list[Revisit]:
    """Every planned return (or those still waiting), with the lesson as it reads now."""
    pending = "and v.state = 'pending'" if pending_only else ""
    rows = db.query(
        f"""
        select v.*, a.text as lesson, r.finished_at from revisits v
          join reflections r on r.id = v.reflection_id
          join answers a on a.reflection_id = v.reflection_id and a.role = :lesson
        where trim(a.text) != '' {pending}
        order by v.due, v.id
        """,
        {"lesson": QuestionRole.LESSON.value},
    )
    return [
        Revisit(
            id=row["id"],
            reflection_id=row["reflection_id"],
            weeks=row["weeks"],
            due=date.fromisoformat(row["due"]),
            lesson=row["lesson"],
            concluded_at=from_text(row["finished_at"]),
            state=RevisitState(row["state"]),
            answer=row["answer"],
        )
        for row in rows
    ]


def close_revisit(
    db: Database, revisit_id: int, state: RevisitState, answer: str, now: datetime
) -> None:
    """Answer or dismiss a return; earlier ones of the same lesson still waiting are skipped."""
    row = db.execute(
        "select reflection_id, weeks from revisits where id = ? and state = 'pending'",
        [revisit_id],
    ).fetchone()
    if row is None:
        raise KeyError(revisit_id)  # gone, or already answered, dismissed or skipped
    db.execute(
        "update revisits set state = ?, answer = ?, answered_at = ? where id = ?",
        [state.value, answer, to_text(now), revisit_id],
    )
    db.execute(
        "update revisits set state = 'skipped'"
        " where reflection_id = ? and weeks < ? and state = 'pending'",
        list(row),
    )


def skip_revisits(db: Database, ids: Sequence[int]) -> None:
    """Returns that were due and not brought up (too many at once): skipped with the earlier
    returns of the same lesson, as after an absence; they do not come back."""
    db.conn.executemany(
        """
        update revisits set state = 'skipped'
        where state = 'pending' and (reflection_id, weeks) in (
          select v.reflection_id, w.weeks from revisits v
            join revisits w on w.reflection_id = v.reflection_id and w.weeks <= v.weeks
          where v.id = ?)
        """,
        [(revisit_id,) for revisit_id in ids],
    )


def turning_stages(db: Database) -> list[tuple[datetime, str, str]]:
    """When and at which stage each finished reflection says a deal turned, and how it
    ended when it said so (the outcome choice: won, lost, stalled, open; else "")."""
    rows = db.execute(
        """
        select r.created_at, a.stage, coalesce(o.choice, '')
        from answers a join reflections r on r.id = a.reflection_id
        left join answers o on o.reflection_id = r.id and o.question_id = 'outcome'
          and o.kind = 'choice'
        where a.kind = 'stage' and a.stage is not null and r.finished_at is not null
        order by r.created_at
        """
    )
    return [(from_text(created), stage, outcome) for created, stage, outcome in rows]
