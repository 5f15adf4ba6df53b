"""Filtering the timeline: by flow, tag, customer, deal, dates, and On this day."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from coachdesk.coaching.filters import TimelineFilter, same_days
from coachdesk.coaching.flows import Flow, Question
from coachdesk.coaching.reflections import NewReflection
from coachdesk.storage import JournalStore

AMSTERDAM = ZoneInfo("Europe/Amsterdam")
DEBRIEF = Flow("debrief", "Debrief", "", (Question("q", "Q?"),))
WEEKLY = Flow("weekly", "Weekly", "", (Question("q", "Q?"),))


def when(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=AMSTERDAM)


def add(store: JournalStore, moment: str, flow: Flow = DEBRIEF, **details: object) -> int:
    return store.add(NewReflection(flow, (), when(moment), **details))  # type: ignore[arg-type]


def ids(store: JournalStore, chosen: TimelineFilter) -> list[int]:
    shown = [s.id for s in store.timeline(0, 100, chosen)]
    assert store.count(chosen) == len(shown)
    return shown


def test_each_filter_narrows_and_they_combine(store: JournalStore) -> None:
    a = add(
        store, "2026-03-01 10:00", customer="Visser", deal="Fleet 2026", tags=("pricing", "Demo")
    )
    b = add(store, "2026-03-05 10:00", WEEKLY, customer="Visser", tags=("pricing",))
    c = add(store, "2026-04-01 10:00", customer="Bos", deal="Fleet 2026")
    assert ids(store, TimelineFilter()) == [c, b, a]
    assert ids(store, TimelineFilter(flow_id="weekly")) == [b]
    assert ids(store, TimelineFilter(customer="Visser")) == [b, a]
    assert ids(store, TimelineFilter(deal="Fleet 2026")) == [c, a]
    assert ids(store, TimelineFilter(tag="demo")) == [a]  # tags are stored in lower case
    assert ids(store, TimelineFilter(tag="pricing", flow_id="debrief")) == [a]
    assert ids(store, TimelineFilter(customer="Nobody")) == []


def test_date_range_is_inclusive_in_local_time(store: JournalStore) -> None:
    late = add(store, "2026-03-31 23:30")  # 21:30 UTC: still March 31 here
    early = add(store, "2026-04-01 00:15")  # still March 31 in UTC
    march = TimelineFilter(date_from=date(2026, 3, 1), date_to=date(2026, 3, 31))
    assert ids(store, march) == [late]
    assert ids(store, TimelineFilter(date_from=date(2026, 4, 1))) == [early]


def test_on_this_day_shows_earlier_years_only(store: JournalStore) -> None:
    last_year = add(store, "2025-11-27 20:00")
    two_years = add(store, "2024-11-27 08:00")
    add(store, "2026-11-27 09:00")  # today itself is not a memory
    add(store, "2025-11-26 23:59")
    add(store, "2025-11-28 00:01")
    assert ids(store, TimelineFilter(on_this_day=date(2026, 11, 27))) == [last_year, two_years]


def test_on_this_day_around_the_turn_of_the_year(store: JournalStore) -> None:
    new_years_eve = add(store, "2025-12-31 23:30")  # already 2026 nowhere but UTC-less minds
    new_year = add(store, "2026-01-01 00:30")  # Dec 31 in UTC, Jan 1 here
    assert ids(store, TimelineFilter(on_this_day=date(2026, 12, 31))) == [new_years_eve]
    assert ids(store, TimelineFilter(on_this_day=date(2027, 1, 1))) == [new_year]


def test_leap_day_comes_back_on_the_28th_of_other_years(store: JournalStore) -> None:
    leap = add(store, "2024-02-29 12:00")
    the_28th = add(store, "2024-02-28 12:00")
    assert ids(store, TimelineFilter(on_this_day=date(2025, 2, 28))) == [leap, the_28th]
    assert ids(store, TimelineFilter(on_this_day=date(2028, 2, 29))) == [leap]
    assert ids(store, TimelineFilter(on_this_day=date(2028, 2, 28))) == [the_28th]


@pytest.mark.parametrize(
    ("today", "days"),
    [
        (date(2025, 2, 28), [(2, 28), (2, 29)]),
        (date(2024, 2, 28), [(2, 28)]),
        (date(2024, 2, 29), [(2, 29)]),
        (date(2026, 1, 1), [(1, 1)]),
    ],
)
def test_same_days(today: date, days: list[tuple[int, int]]) -> None:
    assert same_days(today) == days


def test_details_and_facets(store: JournalStore) -> None:
    reflection_id = add(store, "2026-03-01 10:00")
    store.set_details(
        reflection_id, "  Visser Techniek ", "Fleet", ["#Pricing", "pricing", " demo "]
    )
    stored = store.get(reflection_id)
    assert (stored.customer, stored.deal, stored.tags) == (
        "Visser Techniek",
        "Fleet",
        ("demo", "pricing"),
    )
    add(store, "2026-03-02 10:00", customer="bos")
    assert store.facets() == {
        "tag": ["demo", "pricing"],
        "customer": ["bos", "Visser Techniek"],
        "deal": ["Fleet"],
    }
    store.delete(reflection_id)
    assert store.facets()["tag"] == []
