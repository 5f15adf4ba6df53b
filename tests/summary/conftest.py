"""The journal the PDF tests export."""

from __future__ import annotations

import os
from datetime import timedelta

import pytest

from coachdesk.coaching.flows import FlowLibrary
from coachdesk.coaching.reflections import NewReflection
from coachdesk.storage import JournalStore
from tests.summary.pdf_tools import missing_tools
from tests.summary.test_export import (
    ARABIC,
    DUTCH,
    EMOJI,
    HEBREW,
    SECRET,
    SINCE,
    UNTIL,
    answered,
    at,
)


@pytest.fixture
def filled(store: JournalStore, library: FlowLibrary) -> JournalStore:
    texts = [DUTCH, EMOJI, HEBREW, ARABIC, SECRET, "Volgende week bel ik Brouwer."]
    debrief = library.get("deal-debrief")
    weekly = library.get("weekly-reflection")
    assert debrief is not None and weekly is not None
    store.add(NewReflection(debrief, answered(library, "deal-debrief", texts), at(UNTIL)))
    for week in range(30):  # long enough for several pages
        lines = [f"Week {week}: een gesprek met klant {week} over de planning en de prijs."] * 8
        store.add(
            NewReflection(
                weekly,
                answered(library, "weekly-reflection", lines),
                at(SINCE + timedelta(days=3 * week)),
            )
        )
    store.add(
        NewReflection(
            debrief,
            answered(library, "deal-debrief", ["Buiten de periode"]),
            at(SINCE - timedelta(days=3)),
        )
    )
    return store


@pytest.fixture(autouse=True)
def _pdf_tools(request: pytest.FixtureRequest) -> None:
    """Tests marked pdf_tools(...) skip without those tools, and fail so under CI."""
    mark = request.node.get_closest_marker("pdf_tools")
    if mark is None:
        return
    found = missing_tools(mark.args, os.environ)
    if found is None:
        return
    fail, why = found
    if fail:
        pytest.fail(f"{why}; under CI the PDF tests must run, not skip")
    pytest.skip(why)
