"""The timeline model: correct under qtmodeltester, lazy in pages."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import QModelIndex, Qt
from pytestqt.modeltest import ModelTester

from coachdesk.coaching.flows import FlowLibrary
from coachdesk.coaching.reflections import Answer, NewReflection
from coachdesk.storage import JournalStore
from coachdesk.ui import timeline_model
from coachdesk.ui.search_runner import SearchRunner
from coachdesk.ui.timeline_model import SummaryRole, TimelineModel


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
