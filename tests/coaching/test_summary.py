"""The prep's choices without Qt: a commitment due soon is on the agenda, and only there."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from coachdesk.coaching.commitments import Commitment
from coachdesk.coaching.summary import default_agenda, prep

TODAY = date(2026, 11, 20)
MADE = datetime(2026, 11, 18, 12, tzinfo=UTC)


def test_a_commitment_due_soon_is_on_the_agenda_and_not_again_among_the_open_ones() -> None:
    soon = Commitment(1, "Brouwer bellen", MADE, due=TODAY + timedelta(days=2))
    later = Commitment(2, "Offerte Dekker", MADE, due=TODAY + timedelta(days=40))
    same_words = Commitment(3, "Brouwer bellen", MADE, due=TODAY + timedelta(days=40))
    agenda = default_agenda([], None, [soon, later, same_words], TODAY)
    assert [(i.kind, i.commitment_id) for i in agenda] == [("commitment", 1)]
    page = prep(agenda, [soon, later, same_words], [], TODAY)
    assert page.open_commitments == (soon, later, same_words)  # every open one, for counting
    assert page.open_besides(agenda) == (later, same_words)  # by identity, not by its words
    assert page.open_besides([]) == (soon, later, same_words)  # an agenda with no room left
