"""Odd text is stored, searched, exported, imported and shown exactly, or refused with a
message: a 10 MB answer, a 1,000,000-character line, control characters, NUL,
right-to-left and mixed scripts, combined emoji, and lone surrogates."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QPlainTextEdit
from pytestqt.qtbot import QtBot
from sqlite_utils import Database

from coachdesk.coaching.flows import Flow, FlowLibrary
from coachdesk.coaching.reflections import MARK_END, MARK_START, Answer
from coachdesk.storage import JournalError, JournalStore, UnstorableText, backups
from coachdesk.storage import migrations as migrations_module
from coachdesk.storage.connection import configure
from coachdesk.storage.migrations import migrations
from coachdesk.ui.common.messages import describe
from coachdesk.ui.journal.guided import GuidedPage
from coachdesk.ui.journal.reading_pane import ReadingPane
from tests.test_cli import run

TEN_MB = 10 * 1024 * 1024
_SENTENCE = "Het klantgesprek liep mis bij de prijs; café, één klant 🙂 שלום.\n"
TEXTS = {
    "ten-megabytes": (_SENTENCE * (TEN_MB // len(_SENTENCE.encode()) + 1)).rstrip(),
    "one-line": ("deadline " * 111_112)[:1_000_000],
    "control": "start\x01soh\x07bell\x08back\x0bvtab\x0cfeed\x1besc\x7fdel\x85nel\u2028ls"
    "\u2029ps\r\ncrlf\rcr\ttab end",
    "nul": "before\x00after\x00",
    "right-to-left": "\u200fمرحبا بالعالم\u200e deal 42 שלום עולם \u202eevil\u202c done",
    "mixed-scripts": "Ελληνικά Русский 中文字符 日本語のテキスト 한국어 हिन्दी ไทย café",
    "emoji": "family 👨\u200d👩\u200d👧\u200d👦 flags 🇳🇱🇧🇪 skin 👍🏽 coder 🧑🏿\u200d💻 "
    "rainbow 🏳️\u200d🌈 keycap 1️⃣ accent e\u0301",
    "invisible": "\ufeffbom \u200bzero\u200dwidth \ufffe\uffff nonchar \U0010ffff end",
}
# Words a search must find in each (what the tokenizer counts as words; emoji: see below).
# Case folds in every script; accents fold in Latin only ("ελληνικα" misses "Ελληνικά").
SEARCHED = {
    "ten-megabytes": ["klantgesprek", "cafe", "שלום"],
    "one-line": ["deadline"],
    "control": ["start", "bell", "feed", "crlf", "end"],
    "nul": ["before", "after"],
    "right-to-left": ["مرحبا", "שלום", "evil", "done"],
    "mixed-scripts": ["ελληνικά", "русский", "中文字符", "한국어", "cafe"],
    "emoji": ["family", "flags", "skin", "coder", "rainbow", "keycap", "accent"],
    "invisible": ["bom", "nonchar", "end"],
}
# What Qt's plain-text widgets make of line ends: one kind of paragraph break.
QT_PARAGRAPHS = {"\r\n": "\n", "\r": "\n", "\u2028": "\n", "\u2029": "\n"}


def as_qt_shows(text: str) -> str:
    for old, new in QT_PARAGRAPHS.items():
        text = text.replace(old, new)
    return text


def free_note(library: FlowLibrary) -> Flow:
    flow = library.get("free-note")
    assert flow is not None
    return flow


def write(store: JournalStore, flow: Flow, text: str) -> int:
    reflection = store.start(flow)
    store.save_answer(reflection.id, replace(Answer.blank(flow.questions[0], 0), text=text))
    store.finish(reflection.id)
    return reflection.id


def answers_in(path: Path) -> list[str]:
    store = JournalStore.open(path)
    try:
        return [a.text for r in store.every_reflection() for a in r.answers]
    finally:
        store.close()


@pytest.mark.parametrize("name", sorted(TEXTS))
def test_odd_text_is_stored_and_found_exactly(
    journal_path: Path, library: FlowLibrary, name: str
) -> None:
    text = TEXTS[name]
    store = JournalStore.open(journal_path)
    try:
        reflection_id = write(store, free_note(library), text)
    finally:
        store.close()
    store = JournalStore.open(journal_path)  # read back from the file, not a cache
    try:
        (stored,) = store.get(reflection_id).answers
        assert stored.text.encode("utf-8") == text.encode("utf-8")
        for word in SEARCHED[name]:
            assert [h.summary.id for h in store.search(word)] == [reflection_id], word
    finally:
        store.close()


@pytest.mark.parametrize("name", sorted(set(TEXTS) - {"ten-megabytes"}))
def test_odd_text_is_exported_and_imported_back_exactly(
    tmp_path: Path, journal_path: Path, library: FlowLibrary, name: str
) -> None:
    store = JournalStore.open(journal_path)
    write(store, free_note(library), TEXTS[name])
    store.close()
    exported = tmp_path / "out.jsonl"
    assert run("export", "-o", str(exported), "--journal", str(journal_path)) == (0, "", "")
    again = tmp_path / "again.sqlite"
    code, _, err = run("import", str(exported), "--journal", str(again))
    assert (code, err) == (0, "")
    assert answers_in(again) == [TEXTS[name]]


def test_a_ten_megabyte_answer_is_exported_exactly(
    tmp_path: Path, journal_path: Path, library: FlowLibrary
) -> None:
    text = TEXTS["ten-megabytes"]
    assert len(text.encode()) > TEN_MB
    store = JournalStore.open(journal_path)
    write(store, free_note(library), text)
    store.close()
    exported = tmp_path / "out.jsonl"
    assert run("export", "-o", str(exported), "--journal", str(journal_path))[0] == 0
    (record,) = [json.loads(line) for line in exported.read_bytes().splitlines()]
    assert record["text"] == text and record["answers"][0]["text"] == text


def test_a_ten_megabyte_answer_is_imported_back_from_its_export(
    tmp_path: Path, journal_path: Path, library: FlowLibrary
) -> None:
    store = JournalStore.open(journal_path)
    write(store, free_note(library), TEXTS["ten-megabytes"])
    store.close()
    exported = tmp_path / "out.jsonl"
    run("export", "-o", str(exported), "--journal", str(journal_path))
    again = tmp_path / "again.sqlite"
    code, _, err = run("import", str(exported), "--journal", str(again))
    assert (code, err) == (0, "")  # today: "line 1: longer than 16 MB; nothing was imported"
    assert answers_in(again) == [TEXTS["ten-megabytes"]]


@pytest.mark.qt_log_ignore("OpenType support missing")  # no font here shapes Devanagari
@pytest.mark.parametrize("name", sorted(TEXTS))
def test_odd_text_is_shown_in_the_reading_pane(
    qtbot: QtBot, library: FlowLibrary, name: str
) -> None:
    store = JournalStore.in_memory()
    flow = free_note(library)
    pane = ReadingPane()
    qtbot.addWidget(pane)
    pane.show_reflection(store.get(write(store, flow, TEXTS[name])), flow)
    store.close()
    shown = pane.text().split(flow.questions[0].text + "\n", 1)[1]
    shown = shown.removesuffix("\nMark private")  # the answer's privacy link, beneath it
    if name == "control":  # a CR LF is shown as two breaks, a line separator as one
        assert shown == as_qt_shows(TEXTS[name].replace("\r\n", "\r\r"))
    else:
        assert shown == TEXTS[name]


@pytest.mark.qt_log_ignore("OpenType support missing")
@pytest.mark.parametrize("name", sorted(TEXTS))
def test_the_answer_field_keeps_odd_text_but_for_line_ends(qtbot: QtBot, name: str) -> None:
    # What the guided page would save after an edit: Qt keeps one kind of line break,
    # and drops a byte-order mark at the very start.
    field = QPlainTextEdit()
    qtbot.addWidget(field)
    field.setPlainText(TEXTS[name])
    assert field.toPlainText() == as_qt_shows(TEXTS[name]).removeprefix("\ufeff")


@pytest.mark.parametrize("emoji", ["😀", "👍", "👨\u200d👩\u200d👧\u200d👦", "🇳🇱"])
def test_emoji_are_found_by_search(store: JournalStore, library: FlowLibrary, emoji: str) -> None:
    reflection_id = write(store, free_note(library), f"we won {emoji} today")
    assert [h.summary.id for h in store.search(emoji)] == [reflection_id]


def test_an_emoji_found_is_marked_whole_and_words_beside_it_still_count(
    store: JournalStore, library: FlowLibrary
) -> None:
    family = "👨\u200d👩\u200d👧\u200d👦"
    reflection_id = write(store, free_note(library), f"a {family} day, ❤️ from 🏴{ENGLAND} and 👍🏽")
    for word in (family, "❤", "❤️", "🏴" + ENGLAND, "👍🏽", "👍", "day", "from"):
        assert [h.summary.id for h in store.search(word)] == [reflection_id], word
    assert len(store.search("👨")) == 1 and store.search("👨 ") == []  # typed on, or ended
    (hit,) = store.search(f"{family} day")
    assert f"{MARK_START}{family}{MARK_END} {MARK_START}day{MARK_END}" in hit.snippet


ENGLAND = "".join(chr(0xE0000 + ord(c)) for c in "gbeng") + "\U000e007f"  # tag letters


def test_a_journal_from_before_emoji_search_finds_them_once_opened(
    journal_path: Path, library: FlowLibrary
) -> None:
    store = _journal_before_emoji_search(journal_path)
    reflection_id = _written_before(store, "klant tekende 👍")
    assert store.search("👍") == []  # what unicode61 did with it before
    store.close()
    store = JournalStore.open(journal_path)
    try:
        assert [h.summary.id for h in store.search("👍")] == [reflection_id]
        assert [h.summary.id for h in store.search("tekende")] == [reflection_id]
    finally:
        store.close()
    assert [b.reason for b in backups.backups_of(journal_path)] == ["before-0007"]


def test_emoji_search_comes_in_whole_or_not_at_all(
    journal_path: Path, library: FlowLibrary, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = _journal_before_emoji_search(journal_path)
    reflection_id = _written_before(store, "klant tekende 👍")
    store.close()
    search_index = migrations_module._search_index

    def cut_off(db: Database, table: str, *args: Any) -> None:
        if table == "reflections":  # after the answers' index was made again
            raise OSError("power cut")
        search_index(db, table, *args)

    monkeypatch.setattr(migrations_module, "_search_index", cut_off)
    with pytest.raises(OSError, match="power cut"):
        JournalStore.open(journal_path)
    monkeypatch.undo()
    conn = sqlite3.connect(journal_path)
    try:
        (schema,) = conn.execute("select sql from sqlite_master where name = 'answers_fts'")
        assert "tokenchars" not in schema[0]
        assert conn.execute("select count(*) from _sqlite_migrations").fetchone()[0] == 6
        conn.execute("insert into answers_fts(answers_fts) values ('integrity-check')")
    finally:
        conn.close()
    store = JournalStore.open(journal_path)  # and the next start does it
    try:
        assert [h.summary.id for h in store.search("👍")] == [reflection_id]
    finally:
        store.close()


def _written_before(store: JournalStore, text: str) -> int:
    """A free note as the version of that schema wrote it (today's writer also fills the
    columns later migrations add)."""
    now = "2026-01-05T11:00:00+00:00"
    db = store._db
    db.execute(
        "insert into reflections (id, flow_id, flow_title, title, created_at, updated_at,"
        " finished_at, position) values (?, 'free-note', 'Free note', '', ?, ?, ?, 0)",
        [1, now, now, now],
    )
    db.execute(
        "insert into answers (id, reflection_id, question_id, position, prompt, kind, text,"
        " updated_at) values (1, 1, 'note', 0, 'What is on your mind?', 'text', ?, ?)",
        [text, now],
    )
    return 1


def _journal_before_emoji_search(path: Path) -> JournalStore:
    path.parent.mkdir()
    db = Database(path, execute_plugins=False)
    configure(db)
    migrations.apply(db, stop_before="0007_emoji_in_search")
    return JournalStore(db, path)


# Lone surrogates ---------------------------------------------------------------------------


def test_qt_drops_lone_surrogates_so_the_guided_page_never_holds_one(
    qtbot: QtBot, store: JournalStore, library: FlowLibrary
) -> None:
    # PySide6 drops an unpaired surrogate when a str becomes a QString (and when a QString
    # becomes a str), so nothing typed or pasted can hand one to the store.
    field = QPlainTextEdit()
    qtbot.addWidget(field)
    field.setPlainText("a\ud800b\udfffc 👍")
    assert field.toPlainText() == "abc 👍"
    flow = free_note(library)
    page = GuidedPage(store)
    qtbot.addWidget(page)
    page.begin(flow, store.start(flow))
    page.text_editor().setPlainText("half \ud83d a pair")
    assert page.save_now()
    assert [a.text for a in store.get(page.reflection_id or 0).answers] == ["half  a pair"]


@pytest.mark.parametrize("encrypted", [False, True])
def test_the_store_refuses_a_lone_surrogate_and_changes_nothing(
    journal_path: Path, library: FlowLibrary, encrypted: bool
) -> None:
    flow = free_note(library)
    store = JournalStore.open(journal_path, bytes(range(32)) if encrypted else None)
    try:
        reflection_id = write(store, flow, "kept")
        broken = replace(Answer.blank(flow.questions[0], 0), text="a\ud800b")
        with pytest.raises(UnstorableText) as refused:
            store.save_answer(reflection_id, broken)
        with pytest.raises(UnstorableText):
            store.set_details(reflection_id, "Brouwer \udc80", "", ["tag"])
        with pytest.raises(UnstorableText):
            store.start(flow, title="\udfff")
        assert isinstance(refused.value, JournalError)  # the guided page shows JournalErrors
        assert [a.text for a in store.get(reflection_id).answers] == ["kept"]
        assert store.get(reflection_id).customer == "" and store.count() == 1
    finally:
        store.close()


def test_a_lone_surrogate_is_worded_for_the_user() -> None:
    assert describe(UnstorableText()) == (
        "Could not save: the text contains a broken character that cannot be stored. "
        "Nothing was changed."
    )


def test_an_import_with_a_lone_surrogate_in_a_tag_is_one_line_and_imports_nothing(
    tmp_path: Path, journal_path: Path
) -> None:
    # The importer checks date, title and text for lone surrogates, not tags; the store
    # refuses them (it raised UnicodeEncodeError with a traceback before).
    bad = tmp_path / "in.jsonl"
    bad.write_bytes(
        b'{"date": "2025-01-01", "text": "fine", "tags": []}\n'
        b'{"date": "2025-01-02", "text": "fine", "tags": ["\\ud800"]}\n'
    )
    code, out, err = run("import", str(bad), "--journal", str(journal_path))
    assert (code, out) == (1, "") and err.count("\n") == 1 and "broken character" in err
    assert answers_in(journal_path) == []
