"""The timeline model: correct under qtmodeltester, lazy in pages."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import QModelIndex, Qt
from pytestqt.modeltest import ModelTester

from coachdesk.coaching.filters import TimelineFilter
from coachdesk.coaching.flows import FlowLibrary
from coachdesk.coaching.reflections import MARK_END, MARK_START, Answer, NewReflection
from coachdesk.storage import JournalStore
from coachdesk.ui.journal import timeline_model
from coachdesk.ui.journal.search_runner import SearchRequest, SearchRunner
from coachdesk.ui.journal.timeline_model import SnippetRole, SummaryRole, TimelineModel


def fill(store: JournalStore, library: FlowLibrary, count: int) -> None:
    flow = library.flows[0]
    first = flow.questions[0]
    start = datetime(2020, 1, 1, 9, tzinfo=UTC)
    for n in range(count):
        answer = Answer(first.id, first.text, first.kind, 0, text=f"entry {n}")
        store.add(NewReflection(flow, (answer,), start + timedelta(days=n)))


def test_model_passes_qtmodeltester(
    qtmodeltester: ModelTester, store: JournalStore, library: FlowLibrary
) -> None:
    fill(store, library, 12)
    model = TimelineModel(store, SearchRunner(store))
    qtmodeltester.check(model)
    assert model.rowCount() == 12
    assert model.index(0).data() == "entry 11"
    assert "entry 11" in model.index(0).data(Qt.ItemDataRole.AccessibleTextRole)


def test_model_fetches_in_pages(
    qtmodeltester: ModelTester,
    store: JournalStore,
    library: FlowLibrary,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(timeline_model, "PAGE_SIZE", 5)
    fill(store, library, 12)
    model = TimelineModel(store, SearchRunner(store))
    assert model.rowCount() == 5 and model.canFetchMore(QModelIndex())
    qtmodeltester.check(model)
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    assert model.rowCount() == 12
    previews = [model.index(r).data(SummaryRole).preview for r in (0, 11)]
    assert previews == ["entry 11", "entry 0"]


def test_row_of_fetches_until_found(store: JournalStore, library: FlowLibrary) -> None:
    fill(store, library, 450)
    model = TimelineModel(store, SearchRunner(store))
    oldest = store.timeline(449, 1)[0]
    assert model.row_of(oldest.id) == 449
    assert model.row_of(10_000) == -1


def test_an_empty_journal_gives_an_empty_model(
    qtmodeltester: ModelTester, store: JournalStore
) -> None:
    model = TimelineModel(store, SearchRunner(store))
    qtmodeltester.check(model)
    assert model.rowCount() == 0 and model.summary_at(0) is None


def test_search_results_page_lazily_too(
    qtmodeltester: ModelTester,
    store: JournalStore,
    library: FlowLibrary,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(timeline_model, "SEARCH_PAGE_SIZE", 4)
    fill(store, library, 10)  # "entry 0" .. "entry 9": all match "entry"
    model = TimelineModel(store, SearchRunner(store))  # in memory: searched in place
    model.show(TimelineFilter(), "entry")
    assert model.searching and model.rowCount() == 4 and model.canFetchMore(QModelIndex())
    qtmodeltester.check(model)
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    assert model.rowCount() == 10
    assert [model.index(r).data(SummaryRole).preview for r in (0, 9)] == ["entry 9", "entry 0"]
    assert model.index(0).data(SnippetRole) == f"{MARK_START}entry{MARK_END} 9"
    model.show(TimelineFilter(), "")
    assert not model.searching and model.rowCount() == 10


def test_stale_results_are_ignored(store: JournalStore, library: FlowLibrary) -> None:
    fill(store, library, 3)
    runner = SearchRunner(store)
    model = TimelineModel(store, runner)
    model.show(TimelineFilter(), "entry 1")
    old = SearchRequest(0, "entry", TimelineFilter(), False, 0, 16)
    runner.results_ready.emit(old, old.run(store))  # an answer to an earlier keystroke
    assert [model.index(r).data(SummaryRole).preview for r in range(model.rowCount())] == [
        "entry 1"
    ]
