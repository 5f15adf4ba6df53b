"""Coaching → Past sessions: every hour kept, found by its words, read whole, taken away.

The list gives each session's day, length and goal; beside it the chosen one whole: what
was discussed as the coach saw it, the notes, and what was agreed with what became of it.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from html import escape

from PySide6.QtCore import QDate, QEvent, QLocale, QObject, Qt, Slot
from PySide6.QtGui import QKeyEvent, QPalette
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QStackedWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from coachdesk.coaching.commitments import Commitment, CommitmentState
from coachdesk.coaching.takeaway import LookBack, ShownItem, look_back, matches
from coachdesk.storage import JournalStore
from coachdesk.summary.takeaway import answer_value, fate_line, item_title
from coachdesk.ui.coaching_hour.takeaway_bar import TakeawayBar
from coachdesk.ui.common.formatting import long_date
from coachdesk.ui.common.theme import GRID, set_role

_INDEX = Qt.ItemDataRole.UserRole


def _day(day: date, pattern: str = "d MMM yyyy") -> str:
    """A day with its year: past sessions look back across years."""
    return QLocale().toString(QDate(day.year, day.month, day.day), pattern)


class PastSessions(QDialog):
    """The sessions kept, the latest first, with a filter, a reading pane and a take-away."""

    def __init__(self, store: JournalStore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Past sessions"))
        self._all = [look_back(store, session) for session in store.sessions()]
        self.filter = QLineEdit(self)
        self.filter.setPlaceholderText(self.tr("Find in goals, notes and agreements"))
        self.filter.setAccessibleName(self.tr("Find in past sessions"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self._on_filter_text_changed)
        self.filter.installEventFilter(self)  # Down goes into the list
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Past sessions"))
        self.list.setWordWrap(True)
        self.list.setSpacing(GRID // 2)
        self.list.currentItemChanged.connect(self._on_list_current_item_changed)
        self.empty = QLabel(self)
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignTop)
        set_role(self.empty, "soft")
        self._shown = QStackedWidget(self)
        self._shown.addWidget(self.list)
        self._shown.addWidget(self.empty)
        self.reading = QTextBrowser(self)
        self.reading.setAccessibleName(self.tr("The session, whole"))
        self.reading.setFrameShape(QTextBrowser.Shape.NoFrame)
        self.bar = TakeawayBar(self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setAccessibleName(self.tr("Close past sessions"))
        buttons.rejected.connect(self.reject)

        left = QWidget(self)
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 2 * GRID, 0)
        column.setSpacing(GRID)
        column.addWidget(self.filter)
        column.addWidget(self._shown, 1)
        right = QWidget(self)
        reading = QVBoxLayout(right)
        reading.setContentsMargins(2 * GRID, 0, 0, 0)
        reading.setSpacing(2 * GRID)
        reading.addWidget(self.reading, 1)
        reading.addWidget(self.bar)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(left)
        split.addWidget(right)
        split.setChildrenCollapsible(False)
        split.setSizes([GRID * 42, GRID * 88])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(3 * GRID, 3 * GRID, 3 * GRID, 3 * GRID)
        layout.setSpacing(2 * GRID)
        layout.addWidget(split, 1)
        layout.addWidget(buttons)
        self.setTabOrder(self.filter, self.list)
        self.setTabOrder(self.list, self.reading)
        self.setTabOrder(self.reading, self.bar.save)
        self.setTabOrder(self.bar.save, self.bar.copy)
        self.setTabOrder(self.bar.copy, close)
        self.resize(GRID * 136, GRID * 86)
        self._fill()
        self.filter.setFocus()

    # The list ---------------------------------------------------------------------------

    def _fill(self) -> None:
        query = self.filter.text()
        found = [n for n, back in enumerate(self._all) if matches(back, query)]
        self.list.clear()
        for n in found:
            back = self._all[n]
            goal = back.session.goal.strip() or self.tr("No goal written")
            item = QListWidgetItem(f"{self._when(back, short=True)}\n{goal}", self.list)
            item.setData(_INDEX, n)
            item.setToolTip(goal)
        if found:
            self._shown.setCurrentWidget(self.list)
            self.list.setCurrentRow(0)
            return
        if self._all:
            text = self.tr("No session matches “%1”.").replace("%1", query.strip())
        else:
            text = self.tr(
                "No coaching sessions yet. Start one with Coaching → Start a coaching session…; "
                "afterwards it is kept here, with what you agreed."
            )
        self.empty.setText(text)
        self._shown.setCurrentWidget(self.empty)
        self.reading.clear()
        self.bar.show_session(None)

    def _when(self, back: LookBack, short: bool = False) -> str:
        """'Thursday, 3 December 2026, 12:30 · 50 minutes'; short: 'Thu 3 Dec 2026 · …'."""
        when = back.started_at.astimezone()
        day = _day(when.date(), "ddd d MMM yyyy") if short else long_date(back.started_at)
        if back.minutes is None:
            return self.tr("%1 · still running").replace("%1", day)
        length = self.tr("%n minutes", "", back.minutes)  # outside an f-string, for lupdate
        return f"{day} · {length}"

    def current(self) -> LookBack | None:
        """The session chosen in the list."""
        item = self.list.currentItem()
        return None if item is None else self._all[int(item.data(_INDEX))]

    @Slot(str)
    def _on_filter_text_changed(self, _text: str) -> None:
        self._fill()

    @Slot(QListWidgetItem, QListWidgetItem)
    def _on_list_current_item_changed(
        self, _now: QListWidgetItem | None, _before: QListWidgetItem | None
    ) -> None:
        back = self.current()
        self.bar.show_session(back)
        if back is None:
            self.reading.clear()
            return
        self.reading.setHtml(self._html(back))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.filter
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Down
            and self.list.count()
        ):
            self.list.setFocus()
            return True
        return super().eventFilter(watched, event)

    # The session, whole -------------------------------------------------------------------

    def _html(self, back: LookBack) -> str:
        soft = self.reading.palette().color(QPalette.ColorRole.PlaceholderText).name()
        parts = [f"<h2>{escape(self._when(back))}</h2>"]
        if back.session.goal.strip():
            parts.append(self._heading(self.tr("What you wanted from the hour")))
            parts.append(f"<p>{escape(back.session.goal.strip())}</p>")
        for title, shown in (
            (self.tr("Discussed"), back.discussed),
            (self.tr("Answered together"), back.together),
        ):
            if shown:
                parts.append(self._heading(title))
                parts += [self._item(item, soft) for item in shown]
        if back.session.notes.strip():
            parts.append(self._heading(self.tr("Notes")))
            parts.append(
                f"<p style='white-space:pre-wrap'>{escape(back.session.notes.strip())}</p>"
            )
        parts.append(self._heading(self.tr("Agreed")))
        if not back.agreed:
            nothing = self.tr("Nothing was agreed.")
            parts.append(f"<p style='color:{soft}'>{escape(nothing)}</p>")
        for commitment in back.agreed:
            parts.append(
                f"<p style='margin-bottom:0'>{escape(self._agreed(commitment))}</p>"
                f"<p style='color:{soft}; margin-top:0'>{escape(self._fate(commitment))}</p>"
            )
        return "".join(parts)

    @staticmethod
    def _heading(text: str) -> str:
        return f"<h3 style='margin-top:{2 * GRID}px'>{escape(text)}</h3>"

    def _item(self, item: ShownItem, soft: str) -> str:
        parts = [f"<p style='margin-bottom:0'><b>{escape(item_title(item))}</b></p>"]
        for agreed in item.agreed:  # last time's, as they stood in the hour
            parts.append(
                f"<p style='margin:{GRID // 2}px 0 0 {2 * GRID}px'>"
                f"{escape(self._agreed(agreed))}</p>"
                f"<p style='color:{soft}; margin:0 0 0 {2 * GRID}px'>"
                f"{escape(fate_line(agreed))}</p>"
            )
        for answer in item.answers:
            parts.append(
                f"<p style='color:{soft}; margin:{GRID // 2}px 0 0 {2 * GRID}px'>"
                f"{escape(answer.prompt)}</p>"
                f"<p style='white-space:pre-wrap; margin:0 0 0 {2 * GRID}px'>"
                f"{escape(answer_value(answer))}</p>"
            )
        return "".join(parts)

    def _agreed(self, commitment: Commitment) -> str:
        if commitment.due is None:
            return commitment.text
        line = self.tr("%1 — by %2")
        return line.replace("%1", commitment.text).replace("%2", _day(commitment.due))

    def _fate(self, commitment: Commitment) -> str:
        """Done / let go / open, and what happened (words, not only a colour)."""
        if commitment.state is CommitmentState.OPEN:
            return self.tr("Still open")
        day = _day(commitment.closed_at.astimezone().date()) if commitment.closed_at else ""
        if commitment.state is CommitmentState.DONE:
            text = self.tr("Done on %1").replace("%1", day)
        else:
            text = self.tr("Let go on %1").replace("%1", day)
        return f"{text}: {commitment.outcome}" if commitment.outcome.strip() else text

    @classmethod
    def show_for(
        cls,
        parent: QWidget | None,
        store: JournalStore,
        copied: Callable[[str], object] | None = None,
    ) -> None:
        """Show the past sessions until they are closed; `copied` hears what Copy took."""
        dialog = cls(store, parent)
        if copied is not None:
            dialog.bar.copied.connect(copied)
        try:
            dialog.exec()
        finally:
            dialog.deleteLater()
