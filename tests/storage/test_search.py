"""Search: words as typed find what was written, whatever the accents, case or syntax."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from coachdesk.coaching.filters import TimelineFilter
from coachdesk.coaching.flows import Flow, Question
from coachdesk.coaching.reflections import MARK_END, MARK_START, Answer, NewReflection
from coachdesk.storage import JournalStore

AMSTERDAM = ZoneInfo("Europe/Amsterdam")
FLOW = Flow("note", "Note", "", (Question("one", "One?"), Question("two", "Two?")))
OTHER = Flow("other", "Other", "", (Question("one", "One?"),))


def at(day: str, hour: int = 12) -> datetime:
    return datetime.fromisoformat(day).replace(hour=hour, tzinfo=AMSTERDAM)


def note(when: datetime, *texts: str, flow: Flow = FLOW, **details: object) -> NewReflection:
    answers = tuple(
        replace(Answer.blank(q, i), text=t)
        for i, (q, t) in enumerate(zip(flow.questions, texts, strict=False))
    )
    return NewReflection(flow, answers, when, **details)  # type: ignore[arg-type]


def found(store: JournalStore, text: str, **options: object) -> list[str]:
    """The first answer of each hit, in result order."""
    return [store.get(h.summary.id).answers[0].text for h in store.search(text, **options)]  # type: ignore[arg-type]


@pytest.fixture
def journal(store: JournalStore) -> JournalStore:
    store.add_all(
        [
            note(at("2024-03-01"), "Koffie in het café met één klant"),
            note(at("2025-06-10"), "The buyer said price, but meant risk"),
            note(at("2026-01-15"), "Naïeve offerte: prijsafspraak vergeten 🙂"),
            note(at("2026-02-01"), '(test) NEAR x:y -minus "quoted" *star*'),
        ]
    )
    return store


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("cafe", "Koffie"),  # diacritics do not matter
        ("CAFÉ", "Koffie"),
        ("een klant", "Koffie"),  # één → een
        ("naieve", "Naïeve"),
        ("prijsaf", "Naïeve"),  # the word being typed matches as a prefix
        ("🙂", "Naïeve"),
        ("NEAR", "(test)"),
        ("x:y", "(test)"),
        ('"quoted"', "(test)"),
        ("*star*", "(test)"),
        ("-minus", "(test)"),
        ("(test", "(test)"),
    ],
)
def test_what_is_typed_finds_what_was_written(
    journal: JournalStore, typed: str, expected: str
) -> None:
    assert [t[: len(expected)] for t in found(journal, typed)] == [expected]


@pytest.mark.parametrize("typed", ["", "   ", "-", "*", '"', "()", "AND", "OR NOT", ":", "NEAR("])
def test_syntax_alone_never_raises(journal: JournalStore, typed: str) -> None:
    journal.search(typed)
    journal.search(typed, best=True)
    journal.search_count(typed)


def test_only_the_last_word_is_a_prefix(journal: JournalStore) -> None:
    assert found(journal, "buy") == ["The buyer said price, but meant risk"]
    assert found(journal, "buy price") == []  # "buy" is finished, so it must be a word
    assert found(journal, "price buy") == ["The buyer said price, but meant risk"]


def test_newest_first_even_for_reflections_added_later_with_old_dates(
    store: JournalStore,
) -> None:
    store.add(note(at("2026-05-01"), "deadline in May"))
    store.add(note(at("2019-05-01"), "deadline long ago"))  # an import, added last
    store.add(note(at("2026-06-01"), "deadline in June"))
    assert found(store, "deadline") == ["deadline in June", "deadline in May", "deadline long ago"]
    assert found(store, "deadline", limit=1, offset=1) == ["deadline in May"]


def test_a_page_counts_reflections_not_answers(store: JournalStore) -> None:
    for day in range(1, 8):
        store.add(note(at(f"2026-03-0{day}"), f"price day {day}", "price again"))
    hits = store.search("price", limit=3)
    assert len(hits) == 3 and len({h.summary.id for h in hits}) == 3
    assert store.search_count("price") == 7


def test_best_match_ranks_the_densest_answer_first(store: JournalStore) -> None:
    store.add(note(at("2026-03-01"), "risk risk risk, all about risk"))
    store.add(note(at("2026-04-01"), "one mention of risk among many other words here"))
    assert found(store, "risk")[0].startswith("one mention")
    assert found(store, "risk", best=True)[0].startswith("risk risk")


def test_snippet_marks_the_matched_words_and_names_the_answer(store: JournalStore) -> None:
    long_before = " ".join(["filler"] * 40)
    store.add(note(at("2026-03-01"), "nothing here", f"{long_before} de Prijs was het niet"))
    (hit,) = store.search("prijs")
    assert hit.question_id == "two"
    assert f"{MARK_START}Prijs{MARK_END}" in hit.snippet
    assert hit.snippet.startswith("…") and len(hit.snippet) < 200


def test_title_and_customer_are_found_too(store: JournalStore) -> None:
    store.add(note(at("2026-03-01"), "body text", title="Jaargesprek", customer="Brouwer BV"))
    (by_title,) = store.search("jaargesprek")
    (by_customer,) = store.search("brouwer")
    assert by_title.question_id is None and by_customer.question_id is None
    assert MARK_START in by_customer.snippet


def test_search_respects_the_filter(store: JournalStore) -> None:
    store.add(note(at("2026-03-01"), "price talk", customer="Visser", tags=("pricing",)))
    store.add(note(at("2026-03-02"), "price talk", flow=OTHER, customer="Bos"))
    assert len(store.search("price", TimelineFilter(customer="Visser"))) == 1
    assert len(store.search("price", TimelineFilter(tag="pricing"))) == 1
    assert len(store.search("price", TimelineFilter(flow_id="other"))) == 1
    assert store.search_count("price", TimelineFilter(customer="Nobody")) == 0


def test_search_stays_correct_after_edits_and_deletes(store: JournalStore) -> None:
    reflection_id = store.add(note(at("2026-03-01"), "old words"))
    stored = store.get(reflection_id).answers[0]
    store.save_answer(reflection_id, replace(stored, text="new words"))
    assert found(store, "old") == [] and found(store, "new") == ["new words"]
    store.set_details(reflection_id, "Mulder", "", ["x"])
    assert len(store.search("mulder")) == 1
    store.delete(reflection_id)
    assert store.search("new") == [] and store.search("mulder") == []


def test_many_matches_page_through_without_repeats(store: JournalStore) -> None:
    start = at("2020-01-01")
    store.add_all([note(start + timedelta(days=n), f"common word {n}") for n in range(300)])
    seen = []
    for offset in range(0, 300, 70):
        seen += [h.summary.id for h in store.search("common", limit=70, offset=offset)]
    assert len(seen) == len(set(seen)) == 300
    assert seen == sorted(seen, reverse=True)
