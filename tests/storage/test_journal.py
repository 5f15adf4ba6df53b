"""JournalStore: reflections and answers go in and come back exactly."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pytest

from coachdesk.coaching.flows import Flow, FlowLibrary, Question, QuestionKind
from coachdesk.coaching.reflections import Answer, NewReflection
from coachdesk.storage import JournalError, JournalStore
from coachdesk.storage import journal_reading as journal_module
from tests.conftest import FakeClock
from tests.platforms import assert_mode

FLOW = Flow(
    id="debrief",
    title="Debrief",
    purpose="",
    questions=(
        Question("what", "What happened?"),
        Question("stress", "How tense?", QuestionKind.SCALE, low="calm", high="tense"),
        Question("stage", "Where did it turn?", QuestionKind.STAGE),
        Question("next", "What will you do?", QuestionKind.COMMITMENT),
    ),
)


def answer(question_id: str, **values: object) -> Answer:
    question = FLOW.question(question_id)
    assert question is not None
    return replace(Answer.blank(question, FLOW.questions.index(question)), **values)


def test_a_new_reflection_is_an_empty_draft(store: JournalStore, clock: FakeClock) -> None:
    reflection = store.start(FLOW)
    assert reflection.is_draft
    assert reflection.flow_id == "debrief" and reflection.flow_title == "Debrief"
    assert reflection.answers == ()
    assert reflection.created_at == clock.now


def test_answers_of_every_kind_round_trip(store: JournalStore) -> None:
    reflection = store.start(FLOW)
    given = [
        answer("what", text='Lost it on "price".\nReally: no champion. Café, één, 🙂'),
        answer("stress", rating=4),
        answer("stage", stage="proposal"),
        answer("next", text="Ask who decides, in the first call."),
    ]
    for a in given:
        store.save_answer(reflection.id, a)
    assert store.get(reflection.id).answers == tuple(given)


def test_saving_an_answer_again_replaces_it(store: JournalStore, clock: FakeClock) -> None:
    reflection = store.start(FLOW)
    store.save_answer(reflection.id, answer("what", text="first"))
    clock.advance(minutes=5)
    store.save_answer(reflection.id, answer("what", text="second"))
    stored = store.get(reflection.id)
    assert [a.text for a in stored.answers] == ["second"]
    assert stored.updated_at == clock.now


def test_finish_marks_done_once_and_keeps_the_first_time(
    store: JournalStore, clock: FakeClock
) -> None:
    reflection = store.start(FLOW)
    store.set_position(reflection.id, 2)
    assert store.get(reflection.id).position == 2
    clock.advance(minutes=10)
    first = clock.now
    store.finish(reflection.id)
    clock.advance(days=3)
    store.finish(reflection.id)  # finishing an edit later
    stored = store.get(reflection.id)
    assert not stored.is_draft and stored.finished_at == first


def test_timeline_is_newest_first_and_pages(store: JournalStore, clock: FakeClock) -> None:
    ids = []
    for n in range(7):
        clock.advance(hours=1)
        reflection = store.start(FLOW)
        store.save_answer(reflection.id, answer("what", text=f"answer {n}"))
        ids.append(reflection.id)
    assert store.count() == 7
    first_page = store.timeline(0, 4)
    second_page = store.timeline(4, 4)
    assert [s.id for s in first_page + second_page] == ids[::-1]
    assert first_page[0].preview == "answer 6"


def test_timeline_preview_is_the_first_written_answer_on_one_line(store: JournalStore) -> None:
    reflection = store.start(FLOW)
    store.save_answer(reflection.id, answer("stress", rating=2))
    store.save_answer(reflection.id, answer("next", text="later question"))
    store.save_answer(reflection.id, answer("what", text="  line one\n\nline two " + "x" * 5000))
    (summary,) = store.timeline()
    assert summary.preview.startswith("line one line two")
    assert summary.preview.endswith("…") and len(summary.preview) <= 161


def test_drafts_lists_only_unfinished(store: JournalStore) -> None:
    done = store.start(FLOW)
    store.finish(done.id)
    draft = store.start(FLOW)
    assert [s.id for s in store.drafts()] == [draft.id]
    assert [s.is_draft for s in store.timeline()] == [True, False]


def test_delete_removes_the_reflection_and_its_answers(store: JournalStore) -> None:
    keep = store.start(FLOW)
    gone = store.start(FLOW)
    store.save_answer(gone.id, answer("what", text="to be deleted"))
    store.delete(gone.id)
    assert [s.id for s in store.timeline()] == [keep.id]
    with pytest.raises(KeyError):
        store.get(gone.id)
    assert store._db.execute("select count(*) from answers").fetchone()[0] == 0


def test_get_many_reads_in_the_order_asked_in_batches_and_skips_the_gone(
    store: JournalStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(journal_module, "_BATCH", 2)  # so five ids take three batches
    made = [store.start(FLOW) for _ in range(5)]
    for number, reflection in enumerate(made):
        store.save_answer(reflection.id, answer("what", text=f"answer {number}"))
        store.set_details(reflection.id, "", "", [f"tag{number}", "shared"])
    store.delete(made[2].id)
    asked = [made[4].id, made[0].id, made[2].id, made[3].id, made[1].id]
    found = store.get_many(asked)
    assert [r.id for r in found] == [made[4].id, made[0].id, made[3].id, made[1].id]
    assert found == [store.get(r.id) for r in found]  # the same as reading one at a time
    assert found[0].answers[0].text == "answer 4" and found[0].tags == ("shared", "tag4")


def test_a_read_only_store_reads_and_cannot_write(journal_path: Path) -> None:
    writer = JournalStore.open(journal_path)
    kept = writer.start(FLOW)
    writer.save_answer(kept.id, answer("what", text="written by the app"))
    reader = JournalStore.open_read_only(journal_path)
    try:
        assert reader.get(kept.id).answers[0].text == "written by the app"
        with pytest.raises(JournalError):
            reader.start(FLOW)
        assert [s.id for s in writer.timeline()] == [kept.id]
    finally:
        reader.close()
        writer.close()


def test_add_stores_a_whole_reflection_at_its_own_time(store: JournalStore) -> None:
    when = datetime(2025, 2, 28, 18, 0, tzinfo=UTC)
    reflection_id = store.add(
        NewReflection(FLOW, (answer("what", text="imported"),), when, title="Old note")
    )
    stored = store.get(reflection_id)
    assert stored.created_at == when and stored.finished_at == when
    assert stored.title == "Old note" and stored.answers[0].text == "imported"


def test_times_must_be_timezone_aware(store: JournalStore) -> None:
    with pytest.raises(ValueError):
        store.add(NewReflection(FLOW, (), datetime(2025, 1, 1, 12, 0)))


def test_search_index_follows_answers_and_ignores_diacritics(store: JournalStore) -> None:
    reflection = store.start(FLOW)
    store.save_answer(reflection.id, answer("what", text="Koffie in het café met één klant"))

    def hits(term: str) -> int:
        sql = "select count(*) from answers_fts where answers_fts match ?"
        return int(store._db.execute(sql, [term]).fetchone()[0])

    assert hits("cafe") == 1 and hits("een") == 1 and hits("KLANT") == 1
    store.save_answer(reflection.id, answer("what", text="changed"))
    assert hits("cafe") == 0 and hits("changed") == 1
    store.delete(reflection.id)
    assert hits("changed") == 0


def test_a_journal_on_disk_is_private_and_durable(journal_path: Path) -> None:
    store = JournalStore.open(journal_path)
    try:
        reflection = store.start(FLOW)
        store.save_answer(reflection.id, answer("what", text="kept"))
        pragma = {
            name: store._db.execute(f"pragma {name}").fetchone()[0]
            for name in ("journal_mode", "synchronous", "foreign_keys", "temp_store")
        }
        assert pragma == {
            "journal_mode": "wal",
            "synchronous": 2,
            "foreign_keys": 1,
            "temp_store": 2,
        }
    finally:
        store.close()
    assert_mode(journal_path.parent, 0o700)
    assert_mode(journal_path, 0o600)
    reopened = JournalStore.open(journal_path)
    try:
        assert reopened.get(reflection.id).answers[0].text == "kept"
    finally:
        reopened.close()


def test_strict_schema_refuses_invented_columns(store: JournalStore) -> None:
    # Every table of ours is STRICT: not the full-text indexes (virtual tables and their
    # shadow tables) nor sqlite-utils' record of migrations.
    ours = [
        name
        for _schema, name, kind, *_ in store._db.execute("pragma main.table_list")
        if kind == "table" and not name.startswith("sqlite_") and name != "_sqlite_migrations"
    ]
    assert {"reflections", "answers", "commitments", "check_ins"} <= set(ours)
    sql = dict(store._db.execute("select name, sql from sqlite_master where type = 'table'"))
    assert [name for name in ours if not sql[name].rstrip().endswith("STRICT")] == []
    # So a value of the wrong type is refused, not stored as whatever it looks like...
    with pytest.raises(sqlite3.IntegrityError, match=r"cannot store TEXT value in INTEGER column"):
        store._db.execute(
            "insert into reflections (id, flow_id, flow_title, created_at, updated_at, position)"
            " values (1, 'x', 'X', '2026-01-01', '2026-01-01', 'second')"
        )
    # ...and an insert never invents a column (sqlite-utils would add one if asked to alter).
    with pytest.raises(sqlite3.OperationalError, match="table reflections has no column named"):
        store._db.table("reflections").insert({"flow_id": "x", "mood": "great"})


def test_real_flows_store_and_load(store: JournalStore, library: FlowLibrary) -> None:
    for flow in library.flows:
        reflection = store.start(flow)
        first = flow.questions[0]
        store.save_answer(reflection.id, Answer(first.id, first.text, first.kind, 0, text="x"))
        assert store.get(reflection.id).flow_title == flow.title


def test_a_choice_and_a_follow_up_are_kept_with_what_asked_it(
    journal_path: Path, library: FlowLibrary
) -> None:
    store = JournalStore.open(journal_path)
    reflection = store.start(library.flows[0])
    outcome = Answer("outcome", "How did it end?", QuestionKind.CHOICE, 1, choice="won")
    asked = Answer(
        "price-stood-for",
        "What was the price standing in for?",
        QuestionKind.TEXT,
        2,
        text="They wanted a smaller first order",
        asked_because="price-stood-for",
        why="Asked because you mentioned the price",
        follows="happened",
    )
    store.save_answer(reflection.id, outcome)
    store.save_answer(reflection.id, asked)
    # an edit later cannot rewrite what asked it
    store.save_answer(reflection.id, replace(asked, text="A smaller order", why="", follows=None))
    store.close()
    store = JournalStore.open(journal_path)
    answers = {a.question_id: a for a in store.get(reflection.id).answers}
    store.close()
    assert answers["outcome"].choice == "won" and not answers["outcome"].is_empty
    follow_up = answers["price-stood-for"]
    assert follow_up.text == "A smaller order"
    assert (follow_up.asked_because, follow_up.why, follow_up.follows) == (
        "price-stood-for",
        "Asked because you mentioned the price",
        "happened",
    )
