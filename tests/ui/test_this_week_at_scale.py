"""This week after years of unfinished business: what a coach would bring up, in a bounded
number of widgets, and the rest looked through in one list."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtWidgets import QLabel, QPushButton, QWidget
from pytestqt.qt_compat import qt_api
from pytestqt.qtbot import QtBot

from coachdesk.coaching.commitments import CommitmentState
from coachdesk.coaching.revisits import RevisitState
from coachdesk.storage import JournalStore
from coachdesk.ui.loop.commitment_review import CommitmentList, CommitmentReview
from coachdesk.ui.loop.this_week import SHOWN, ThisWeekPage
from tests.conftest import FakeClock


def leave_open(store: JournalStore, clock: FakeClock, count: int) -> None:
    """What someone who never tidies leaves: promises three times a day, a third dated."""
    for i in range(count):
        made = clock.now - timedelta(hours=8 * i + 1)
        due = made.date() + timedelta(days=10) if i % 3 == 0 else None
        store.add_commitment(f"promise {i}", due, at=made)


def widgets(page: ThisWeekPage) -> int:
    return len(page.findChildren(QWidget))


def texts(page: ThisWeekPage) -> list[str]:
    return [label.text() for label in page.findChildren(QLabel) if label.text()]


def test_thousands_open_cost_no_more_widgets_than_dozens(
    qtbot: QtBot, store: JournalStore, clock: FakeClock
) -> None:
    page = ThisWeekPage(store)
    qtbot.addWidget(page)
    leave_open(store, clock, 1500)
    page.refresh()
    many = widgets(page)
    assert many < 150
    leave_open(store, clock, 1500)  # twice as much of everything
    page.refresh()
    assert widgets(page) == many  # the page holds a screenful whatever is open
    lines = [b.text() for b in page.findChildren(QPushButton)]
    older = next(line for line in lines if "older commitments" in line)
    assert older.startswith(str(len(store.what_is_due().older)))


def test_the_page_is_built_when_shown_not_when_made(qtbot: QtBot, store: JournalStore) -> None:
    store.add_commitment("Ask who signs", date(2026, 11, 20))
    page = ThisWeekPage(store)
    qtbot.addWidget(page)
    assert "Ask who signs" not in texts(page)
    page.refresh()
    assert "Ask who signs" in texts(page)


def test_an_undated_promise_is_asked_about_once(
    qtbot: QtBot, store: JournalStore, clock: FakeClock
) -> None:
    store.add_commitment("Read their annual report", at=clock.now - timedelta(days=10))
    page = ThisWeekPage(store)
    qtbot.addWidget(page)
    page.refresh()
    assert "Still on your list?" in texts(page)
    keep = next(
        b for b in page.findChildren(QPushButton) if b.accessibleName().startswith("Still on my")
    )
    keep.click()
    assert "Still on your list?" not in texts(page)
    assert "Read their annual report" in texts(page)  # among the open ones, not asked again
    (kept,) = store.commitments()
    assert kept.is_open and kept.kept_on == clock.now.date()


def test_only_a_few_lessons_come_back_and_the_rest_are_set_aside(
    qtbot: QtBot, store: JournalStore, clock: FakeClock, library: object
) -> None:
    from tests.storage.test_loop import reflection_with_lesson

    for i in range(12):
        reflection_with_lesson(
            store, library, f"lesson {i}", clock.now - timedelta(weeks=2, days=i)
        )
    page = ThisWeekPage(store)
    qtbot.addWidget(page)
    page.refresh()
    shown = [t for t in texts(page) if t.startswith("“lesson")]
    assert shown == ["“lesson 0”", "“lesson 1”", "“lesson 2”"]  # the most recent
    skipped = {r.lesson for r in store.revisits() if r.state is RevisitState.SKIPPED}
    assert skipped == {f"lesson {i}" for i in range(3, 12)}  # as after an absence
    page.refresh()
    assert [t for t in texts(page) if t.startswith("“lesson")] == shown


def test_the_review_model_passes_the_model_tester(
    qtmodeltester: object, store: JournalStore
) -> None:
    for i in range(5):
        store.add_commitment(f"promise {i}")
    model = CommitmentList(store.commitments())
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    model.setData(model.index(1), qt_api.QtCore.Qt.CheckState.Checked.value, 10)
    assert model.ticked() == [store.commitments()[1].id]


def test_the_review_settles_what_is_ticked_in_one_go(
    qtbot: QtBot, store: JournalStore, monkeypatch: object
) -> None:
    for i in range(8):
        store.add_commitment(f"promise {i}", date(2020, 1, 1) + timedelta(days=i))
    review = CommitmentReview(store, store.commitments(), "Older commitments")
    qtbot.addWidget(review)
    review.let_go.click()  # nothing ticked: says what to do, changes nothing
    assert not review.status.isHidden() and all(c.is_open for c in store.commitments())
    review.model.tick_all(True)
    for row in (0, 1):  # keep the first two
        review.model.setData(review.model.index(row), 0, 10)
    review.model.tick_all(False)
    review.model.setData(review.model.index(0), 2, 10)
    review.model.setData(review.model.index(1), 2, 10)
    review.keep.click()
    assert review.model.rowCount() == 6
    review.model.tick_all(True)
    review.let_go.click()
    states = [c.state for c in store.commitments()]
    assert states.count(CommitmentState.LET_GO) == 6 and states.count(CommitmentState.OPEN) == 2
    assert review.changed and review.model.rowCount() == 0
    assert [c.kept_on is not None for c in store.commitments(open_only=True)] == [True, True]
    assert SHOWN >= 3
