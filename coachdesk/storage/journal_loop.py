"""The journal's coaching loop and coaching sessions: commitments, check-ins, returning
lessons, stories, sessions (a part of JournalStore, kept in its own module)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from contextlib import AbstractContextManager
from dataclasses import replace
from datetime import date, datetime, time
from pathlib import Path

from sqlite_utils import Database

from coachdesk.coaching import due
from coachdesk.coaching.checkins import CheckIn
from coachdesk.coaching.commitments import Commitment, CommitmentState
from coachdesk.coaching.due import ASK_AFTER, Due, DueFacts, DueItem
from coachdesk.coaching.insights import DEFAULT_WEEKS, Insights, default_since, insights
from coachdesk.coaching.reflections import Reflection
from coachdesk.coaching.revisits import Revisit, RevisitState
from coachdesk.coaching.sessions import AgendaItem, CoachSession
from coachdesk.coaching.stories import STORY_FLOW_ID
from coachdesk.coaching.summary import WEEKLY_FLOW_ID
from coachdesk.storage import loop, schedule, sessions
from coachdesk.storage.errors import JournalError, reads
from coachdesk.storage.rows import maybe_from_text


class LoopMethods:
    """Mixed into JournalStore, which provides the connection, the clock and transactions."""

    _db: Database
    _clock: Callable[[], datetime]
    path: Path | None
    read_only: bool

    def _writing(self) -> AbstractContextManager[None]:
        raise NotImplementedError  # JournalStore's

    def get(self, reflection_id: int) -> Reflection:
        raise NotImplementedError  # JournalStore's

    @property
    def check_pending(self) -> bool:
        raise NotImplementedError  # JournalStore's

    @reads
    def commitments(self, open_only: bool = False) -> list[Commitment]:
        """Commitments, oldest first."""
        return loop.commitments(self._db, open_only)

    @reads
    def closed_since_last_weekly(self) -> list[Commitment]:
        """Commitments done or let go since the last weekly reflection (the last week when
        there is none yet): what a weekly reflection looks back on besides the open ones."""
        fallback = self._clock() - ASK_AFTER
        return loop.closed_commitments_since(self._db, WEEKLY_FLOW_ID, fallback)

    def add_commitment(
        self,
        text: str,
        due: date | None = None,
        at: datetime | None = None,
        session_id: int | None = None,
    ) -> int:
        """A commitment made by hand (now, or `at` for the demo), or agreed in a session;
        returns its id."""
        with self._writing():
            made = loop.add_commitment(self._db, text, due, at or self._clock())
            if session_id is not None:
                self._db.execute(
                    "update commitments set session_id = ? where id = ?", [session_id, made]
                )
            return made

    def close_commitment(
        self,
        commitment_id: int,
        state: CommitmentState,
        outcome: str = "",
        at: datetime | None = None,
    ) -> None:
        """Mark a commitment done or let go (or open again), keeping what happened."""
        with self._writing():
            loop.close_commitment(self._db, commitment_id, state, outcome, at or self._clock())

    def add_check_in(
        self, stress: int, energy: int, confidence: int, attention: int, note: str = ""
    ) -> CheckIn:
        """Store a check-in made now."""
        check_in = CheckIn(0, self._clock(), stress, energy, confidence, attention, note)
        with self._writing():
            return replace(check_in, id=loop.add_check_in(self._db, check_in))

    def add_check_ins(self, check_ins: Sequence[CheckIn]) -> None:
        """Store check-ins made earlier (the demo journal, imports)."""
        with self._writing():
            for check_in in check_ins:
                loop.add_check_in(self._db, check_in)

    @reads
    def check_ins(self, since: datetime | None = None) -> list[CheckIn]:
        """Check-ins, oldest first."""
        return loop.check_ins(self._db, since)

    def keep_commitments(self, ids: Sequence[int]) -> None:
        """ "Still on your list?" — yes: these are not asked about again."""
        with self._writing():
            loop.keep_commitments(self._db, ids, self._clock().astimezone().date())

    def close_commitments(
        self, ids: Sequence[int], state: CommitmentState, outcome: str = ""
    ) -> None:
        """Close several at once (the review of older commitments), all or none."""
        with self._writing():
            for commitment_id in ids:
                loop.close_commitment(self._db, commitment_id, state, outcome, self._clock())

    @reads
    def revisits(self) -> list[Revisit]:
        """Every planned return of a lesson."""
        return loop.revisits(self._db)

    @reads
    def what_is_due(self, facts: DueFacts | None = None) -> Due:
        """What comes back now, by the one rule (coaching/due.py) and the store's clock;
        from `facts` when the caller has read them already (This week keeps them too)."""
        found = facts or self.due_facts()
        return due.due_now(
            found.open_commitments, found.pending_returns, found.last_check_in, self._clock()
        )

    @reads
    def due_facts(self) -> DueFacts:
        """What the rule of what is due reads (coaching/due.py), texts included."""
        ((check_in,),) = self._db.execute("select max(created_at) from check_ins")
        ((weekly,),) = self._db.execute(
            "select max(finished_at) from reflections where flow_id = ?", [WEEKLY_FLOW_ID]
        )
        ((session,),) = self._db.execute("select max(started_at) from sessions")
        return DueFacts(
            loop.commitments(self._db, open_only=True),
            loop.revisits(self._db, pending_only=True),
            maybe_from_text(check_in),
            maybe_from_text(weekly),
            maybe_from_text(session),
        )

    def due_items(self) -> list[DueItem]:
        """What is due now, one item each (`coachdesk due`): This week's rule plus the
        weekly reflection and the coaching prep (coaching/due.py)."""
        return due.items_due(self.due_facts(), self._clock())

    @reads
    def last_written(self) -> datetime | None:
        """When the user last finished a reflection or checked in."""
        ((finished,),) = self._db.execute("select max(finished_at) from reflections")
        ((check_in,),) = self._db.execute("select max(created_at) from check_ins")
        moments = [m for m in (maybe_from_text(finished), maybe_from_text(check_in)) if m]
        return max(moments, default=None)

    def coaching_hour_running(self) -> bool:
        """True while a coaching session has begun and not ended."""
        rows = self._db.execute("select 1 from sessions where ended_at is null limit 1")
        return rows.fetchone() is not None

    def keep_schedule(self, facts: DueFacts | None = None) -> None:
        """Write the plain schedule beside the journal (storage/schedule.py) that
        `coachdesk remind` reads: when This week is computed, when the journal closes, and
        when a coaching hour begins or ends. A schedule that cannot be written is skipped:
        a reminder is a courtesy, never a reason to fail."""
        if self.path is None or self.read_only:
            return
        try:
            schedule.write(
                self.path,
                facts or self.due_facts(),
                self.last_written(),
                self.coaching_hour_running(),
                self._clock().astimezone().date(),
            )
        except (OSError, JournalError):
            pass

    @reads
    def insights_now(self, weeks: int = DEFAULT_WEEKS) -> Insights:
        """What the journal shows over the last `weeks` weeks (the insights page, the
        charts of the coach view and the PDF), by the store's clock."""
        today = self._clock().astimezone().date()
        since = default_since(today, weeks)
        return insights(
            loop.check_ins(self._db, since=datetime.combine(since, time.min).astimezone()),
            loop.commitments(self._db),
            loop.turning_stages(self._db),
            today,
            since,
        )

    def set_aside(self, returns: Sequence[Revisit]) -> None:
        """Lessons that were due and not brought up (what_is_due's `skipped`). Never waits
        for the check beside the window: until it has passed, they stay as they are."""
        if returns and not self.check_pending:
            with self._writing():
                loop.skip_revisits(self._db, [r.id for r in returns])

    def close_revisit(
        self, revisit_id: int, state: RevisitState, answer: str = "", at: datetime | None = None
    ) -> None:
        """Answer or dismiss a lesson's return."""
        with self._writing():
            loop.close_revisit(self._db, revisit_id, state, answer, at or self._clock())

    @reads
    def turning_stages(self) -> list[tuple[datetime, str, str]]:
        """At which deal stage each finished reflection says it turned, and how the deal
        ended when it said so (won, lost, stalled, open; else "")."""
        return loop.turning_stages(self._db)

    # Coaching sessions -----------------------------------------------------------------

    def start_session(self, goal: str, agenda: tuple[AgendaItem, ...]) -> CoachSession:
        """A coaching hour begins with this agenda."""
        with self._writing():
            session_id = sessions.start(self._db, goal, agenda, self._clock())
        self.keep_schedule()  # no reminder during the hour
        return sessions.get(self._db, session_id)

    def save_session_notes(self, session_id: int, notes: str) -> None:
        """Keep the notes of a running session."""
        with self._writing():
            sessions.save_notes(self._db, session_id, notes)

    def end_session(self, session_id: int) -> CoachSession:
        """The hour is over; returns the session as kept."""
        with self._writing():
            sessions.end(self._db, session_id, self._clock())
        self.keep_schedule()
        return sessions.get(self._db, session_id)

    @reads
    def sessions(self) -> list[CoachSession]:
        """Every coaching session, the latest first."""
        return sessions.all_sessions(self._db)

    @reads
    def session(self, session_id: int) -> CoachSession:
        """One coaching session; KeyError if there is none."""
        return sessions.get(self._db, session_id)

    @reads
    def session_reflections(self, session_id: int) -> list[int]:
        """The reflections answered together in a session, oldest first."""
        return sessions.made_in(self._db, session_id)

    def add_past_session(self, session: CoachSession) -> int:
        """A session that already happened (the demo's); its id."""
        with self._writing():
            return sessions.add_past(self._db, session)

    def session_commitments(self, session_id: int) -> list[Commitment]:
        """The commitments agreed in a session."""
        rows = self._db.execute("select id from commitments where session_id = ?", [session_id])
        agreed = {cid for (cid,) in rows}
        return [c for c in self.commitments() if c.id in agreed]

    def stories(self) -> list[Reflection]:
        """Finished Customer story reflections, newest first."""
        rows = self._db.execute(
            "select id from reflections where flow_id = ? and finished_at is not null"
            " order by created_at desc, id desc",
            [STORY_FLOW_ID],
        )
        return [self.get(reflection_id) for (reflection_id,) in rows.fetchall()]
