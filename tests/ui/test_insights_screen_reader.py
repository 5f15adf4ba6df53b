"""Insights with a screen reader: Tab reaches every chart, which speaks its numbers."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QAccessibleInterface
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from coachdesk.storage import JournalStore
from tests.conftest import FakeClock
from tests.ui.test_insights_view import fill, make_view


def walk(interface: QAccessibleInterface) -> list[QAccessibleInterface]:
    """Every accessible object below `interface`, in the order a screen reader meets them."""
    found = []
    for i in range(interface.childCount()):
        child = interface.child(i)
        if child is not None and not child.state().invisible:
            found.append(child)
            found.extend(walk(child))
    return found


def test_tab_reaches_every_chart_which_speaks_its_numbers(
    qtbot: QtBot, store: JournalStore, clock: FakeClock
) -> None:
    fill(store, clock, weeks=14, debriefs=9, closed=9)
    view = make_view(qtbot, store)
    with qtbot.waitActive(view):
        view.activateWindow()
    view.setFocus()
    reached = []
    for _ in range(len(view.charts) + 1):
        QTest.keyClick(QApplication.focusWidget() or view, Qt.Key.Key_Tab)
        reached.append(QApplication.focusWidget())
    assert reached[: len(view.charts)] == view.charts
    for chart in view.charts:
        interface = QAccessible.queryAccessibleInterface(chart)
        assert interface is not None
        assert interface.role() == QAccessible.Role.Chart
        assert interface.text(QAccessible.Text.Name) == chart.accessibleName()
        assert interface.text(QAccessible.Text.Description) == chart.describe(store.insights_now())
    commitments = QAccessible.queryAccessibleInterface(view.charts[-1])
    assert commitments is not None
    assert "7 kept, 2 let go" in commitments.text(QAccessible.Text.Description)


def test_flat_review_reads_the_sentences_then_each_chart_with_its_numbers(
    qtbot: QtBot, store: JournalStore, clock: FakeClock
) -> None:
    fill(store, clock, weeks=14, debriefs=9, closed=9)
    view = make_view(qtbot, store)
    root = QAccessible.queryAccessibleInterface(view)
    assert root is not None
    read = [
        (o.role(), o.text(QAccessible.Text.Name))
        for o in walk(root)
        if o.role() in (QAccessible.Role.StaticText, QAccessible.Role.Chart)
    ]
    texts = [name for role, name in read if role == QAccessible.Role.StaticText]
    sentences = view.sentences()
    assert sentences and all(s in texts for s in sentences)
    charts_at = [i for i, (role, _) in enumerate(read) if role == QAccessible.Role.Chart]
    assert len(charts_at) == len(view.charts)
    # In the order of the screen: the sentences, then each chart under its heading.
    assert read.index((QAccessible.Role.StaticText, sentences[-1])) < charts_at[0]
    found = store.insights_now()
    for chart, at in zip(view.charts, charts_at, strict=True):
        assert read[at - 1] == (QAccessible.Role.StaticText, chart.accessibleName())
        assert read[at] == (QAccessible.Role.Chart, chart.accessibleName())
        # The numbers as text right after it, which flat review reads.
        assert read[at + 1] == (QAccessible.Role.StaticText, chart.describe(found))
