"""Deals and customers: the Deals list and one deal's (or customer's) whole story (a part of
JournalStore, kept in its own module)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from coachdesk.coaching import deals
from coachdesk.coaching.deals import Listing, Outcome, Story, Subject, SubjectKind, Tagged
from coachdesk.coaching.reflections import Reflection
from coachdesk.storage import loop, sessions
from coachdesk.storage.errors import reads
from coachdesk.storage.rows import from_text

if TYPE_CHECKING:
    from sqlite_utils import Database


def _outcome(choice: str | None) -> Outcome | None:
    try:
        return Outcome(choice) if choice else None
    except ValueError:
        return None


class DealMethods:
    """Mixed into JournalStore, which provides the connection and get_many."""

    _db: Database

    def get_many(self, reflection_ids: Sequence[int]) -> list[Reflection]:
        raise NotImplementedError  # ReadingMethods'

    @reads
    def deal_listings(self) -> list[Listing]:
        """Every deal and customer named in a reflection's details, for the Deals list."""
        rows = self._db.execute(
            f"""
            select r.id, r.created_at, r.customer, r.deal, o.choice from reflections r
            left join answers o on o.reflection_id = r.id
              and o.question_id = '{deals.OUTCOME_QUESTION}' and o.kind = 'choice'
            where r.customer != '' or r.deal != ''
            """
        )
        return deals.listings(
            Tagged(rid, from_text(created), customer, deal, _outcome(choice))
            for rid, created, customer, deal, choice in rows
        )

    @reads
    def deal_story(self, subject: Subject) -> Story:
        """Everything about one deal or customer, in time order (coaching/deals.py)."""
        column = "deal" if subject.kind is SubjectKind.DEAL else "customer"
        ids = [
            rid
            for (rid,) in self._db.execute(
                f"select id from reflections where {column} = ? collate nocase"
                " order by created_at, id",
                [subject.name.strip()],
            )
        ]
        # Check-in notes, hand-made commitments and session notes belong when they name
        # it (coaching/deals.mentions decides).
        return deals.story(
            subject,
            self.get_many(ids),
            [c for c in loop.check_ins(self._db) if c.note],
            loop.commitments(self._db),
            sessions.all_sessions(self._db),
        )
