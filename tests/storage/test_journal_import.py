"""Importing many reflections: all or nothing, and what the journal holds already is
recognised (the same moment and text), counted and not added again."""

from __future__ import annotations

import threading
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from coachdesk.coaching.flows import FREE_NOTE_ID, FlowLibrary
from coachdesk.coaching.reflections import NewReflection
from coachdesk.imports.model import ImportCancelled, ImportedEntry
from coachdesk.storage import JournalStore, UnstorableText

START = datetime(2020, 1, 1, 9, 0, tzinfo=UTC)


def notes(library: FlowLibrary, n: int, text: str = "note {}") -> list[NewReflection]:
    free_note = library.get(FREE_NOTE_ID)
    assert free_note is not None
    return [
        ImportedEntry(
            START + timedelta(days=i), f"Title {i}", text.format(i), ("imported",)
        ).as_reflection(free_note)
        for i in range(n)
    ]


def test_importing_twice_adds_nothing_the_second_time(
    store: JournalStore, library: FlowLibrary
) -> None:
    first = store.import_new(notes(library, 120))
    assert (len(first.added), first.already) == (120, 0)
    assert store.count_known(notes(library, 130)) == 120
    again = store.import_new(notes(library, 130))
    assert (len(again.added), again.already) == (10, 120)
    assert store.count() == 130
    # The same moment with another text is another reflection; so is the same text later.
    changed = store.import_new(notes(library, 3, "changed {}"))
    assert (len(changed.added), changed.already) == (3, 0)


def test_an_import_that_is_cancelled_or_fails_writes_nothing(
    store: JournalStore, library: FlowLibrary
) -> None:
    store.import_new(notes(library, 2))

    def cancel(done: int, total: int) -> None:
        if done >= 100:
            raise ImportCancelled

    with pytest.raises(ImportCancelled):
        store.import_new(notes(library, 300), cancel)
    assert store.count() == 2
    broken = notes(library, 300)
    broken[250] = NewReflection(broken[250].flow, broken[250].answers, START, title="\ud800")
    with pytest.raises(UnstorableText):
        store.import_new(broken)
    assert store.count() == 2


def test_progress_is_told_while_writing(store: JournalStore, library: FlowLibrary) -> None:
    seen: list[tuple[int, int]] = []
    store.import_new(notes(library, 120), lambda done, total: seen.append((done, total)))
    assert seen == [(0, 120), (50, 120), (100, 120), (120, 120)]


def test_a_writer_imports_from_another_thread_beside_the_open_store(
    journal_path: Path, library: FlowLibrary
) -> None:
    store = JournalStore.open(journal_path)
    try:
        outcome: list[int] = []

        def work() -> None:
            writer = store.writer()
            try:
                outcome.append(len(writer.import_new(notes(library, 20)).added))
            finally:
                writer.close()

        thread = threading.Thread(target=work)
        thread.start()
        thread.join()
        assert outcome == [20] and store.count() == 20
        reader = store.reader()
        assert reader.count_known(notes(library, 25)) == 20
        reader.close()
    finally:
        store.close()
