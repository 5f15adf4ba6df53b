"""A due date understood in a commitment's words, in English and Dutch."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from coachdesk.coaching.due_text import LONGEST_READ, due_in_text

WEDNESDAY = date(2026, 12, 9)  # the day the commitment was made
FRIDAY = date(2026, 12, 11)
NEXT_WEEK_FRIDAY = date(2026, 12, 18)


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("Twenty minutes with Jan alone by 18 Dec", date(2026, 12, 18)),
        ("Send Visser the pilot plan before Friday", FRIDAY),
        ("Call Marloes 18 december", date(2026, 12, 18)),
        ("Quote to Brouwer by 18/12", date(2026, 12, 18)),
        ("Ask who signs next week", NEXT_WEEK_FRIDAY),
        ("Ask who signs tomorrow", date(2026, 12, 10)),
        ("Ask who signs today", WEDNESDAY),
        ("Demo for the CFO on Monday", date(2026, 12, 14)),
        ("Demo by Friday 18 Dec", date(2026, 12, 18)),
        ("Demo by Friday, Dec 18th", date(2026, 12, 18)),
        ("Read the contract by the 18th of December", date(2026, 12, 18)),
        ("Read the contract by Jan 5", date(2027, 1, 5)),
        ("Renewal call 2027-03-01", date(2027, 3, 1)),
        ("Renewal call 1/3/2027", date(2027, 3, 1)),
        ("Proposal by Friday next week", NEXT_WEEK_FRIDAY),
        ("Proposal by the end of the month", date(2026, 12, 31)),
        ("Proposal in two weeks", date(2026, 12, 23)),
        ("Call Jan on Monday and send the quote by Friday", FRIDAY),  # the deadline wins
    ],
)
def test_english_words_give_the_day(text: str, due: date) -> None:
    assert due_in_text(text, WEDNESDAY) == due


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("Twintig minuten met Jan alleen vóór vrijdag", FRIDAY),
        ("Offerte naar Brouwer voor 18 dec", date(2026, 12, 18)),
        ("Marloes bellen, uiterlijk 18 december", date(2026, 12, 18)),
        ("Vragen wie tekent volgende week", NEXT_WEEK_FRIDAY),
        ("Vragen wie tekent komende week", NEXT_WEEK_FRIDAY),
        ("Morgen Sietske bellen", date(2026, 12, 10)),
        ("Sietske bellen morgenochtend", date(2026, 12, 10)),
        ("Overmorgen de demo", date(2026, 12, 11)),
        ("Vandaag nog de mail", WEDNESDAY),
        ("Demo op maandag", date(2026, 12, 14)),
        ("Demo t/m vrijdag 18 december", date(2026, 12, 18)),
        ("Offerte voor 18/12", date(2026, 12, 18)),
        ("Offerte vrijdag 18-12", date(2026, 12, 18)),
        ("Evaluatie 5 mei", date(2027, 5, 5)),
        ("Evaluatie 18 dec. 2026", date(2026, 12, 18)),
        ("Voorstel eind van de maand", date(2026, 12, 31)),
        ("Voorstel over twee weken", date(2026, 12, 23)),
        ("Voorstel vrijdag volgende week", NEXT_WEEK_FRIDAY),
        ("Voorstel deze week", FRIDAY),
        ("VÓÓR VRIJDAG", FRIDAY),
    ],
)
def test_dutch_words_give_the_day(text: str, due: date) -> None:
    assert due_in_text(text, WEDNESDAY) == due


@pytest.mark.parametrize(
    "text",
    [
        "Call Sietske",
        "Bel Jan 3 keer deze maand terug",  # Jan the customer, not January
        "Spend 1/2 hour on the pipeline",
        "Phone 10-12 customers",
        "Elke morgen tien minuten bellen",  # every morning, not tomorrow
        "In de morgen de offerte sturen",
        "Read today's call notes again",
        "Write down Friday's lesson",
        "Meet at 10.30 with the buyer",
        "Ask for 18 months of history",
        "Call on 3 Dec or 10 Dec",  # two days, neither the deadline
        "Offer 2 weeks of trial",
        "Prepare the 31/11 report",  # no such day
        "",
    ],
)
def test_nothing_is_made_up_when_the_words_name_no_single_day(text: str) -> None:
    assert due_in_text(text, WEDNESDAY) is None


def test_a_day_comes_on_or_after_today_and_a_weekday_after_it() -> None:
    assert due_in_text("by 9 Dec", WEDNESDAY) == WEDNESDAY  # today still counts
    assert due_in_text("by 8 Dec", WEDNESDAY) == date(2027, 12, 8)  # passed: next year's
    assert due_in_text("voor 8/12", WEDNESDAY) == date(2027, 12, 8)
    # "by Wednesday" said on a Wednesday is next week's: today one would say "today".
    assert due_in_text("by Wednesday", WEDNESDAY) == date(2026, 12, 16)
    assert due_in_text("uiterlijk woensdag", WEDNESDAY) == date(2026, 12, 16)
    assert due_in_text("this week", date(2026, 12, 12)) == date(2026, 12, 12)  # Saturday


def test_a_leap_day_is_the_next_one_and_a_written_year_is_kept() -> None:
    assert due_in_text("by 29 Feb", WEDNESDAY) == date(2028, 2, 29)
    assert due_in_text("18 Dec 2027", WEDNESDAY) == date(2027, 12, 18)
    assert due_in_text("by 18 dec 1500 euro binnenhalen", WEDNESDAY) == date(2026, 12, 18)


def test_a_pasted_document_is_read_for_no_date() -> None:
    pasted = "Notes from the call. " * (LONGEST_READ // 20) + "Send the quote by Friday."
    assert due_in_text(pasted, WEDNESDAY) is None
    assert due_in_text(pasted[-200:], WEDNESDAY) == FRIDAY


@given(st.text(max_size=200), st.dates(date(2000, 1, 1), date(2090, 12, 31)))
def test_any_text_gives_a_day_or_none_without_failing(text: str, today: date) -> None:
    due = due_in_text(text, today)
    assert due is None or isinstance(due, date)
