"""The coach view: the only window the coach sees during a screen-shared session.

It shows one agenda item at a time in large type, a timer, the notes and what was agreed,
and nothing else of the journal. The goal for the hour heads the first page; an item with
planned minutes says when it runs over. The curtain key (F9) blanks it at once to a neutral
page.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QCloseEvent, QColor, QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from coachdesk.coaching.commitments import Commitment
from coachdesk.coaching.flows import Flow
from coachdesk.coaching.reflections import Reflection
from coachdesk.coaching.sessions import AgendaItem, AgendaKind, ChartKey
from coachdesk.storage import JournalStore
from coachdesk.ui.coaching_hour import coach_keys
from coachdesk.ui.coaching_hour.agenda_html import item_html
from coachdesk.ui.coaching_hour.agenda_pictures import AgendaPictures
from coachdesk.ui.coaching_hour.agreed_words import agreed_line
from coachdesk.ui.coaching_hour.chart_page import ChartPage
from coachdesk.ui.coaching_hour.item_time import ItemTime
from coachdesk.ui.coaching_hour.prep_offers import chart_period
from coachdesk.ui.coaching_hour.session_side import SessionSide
from coachdesk.ui.common.announce import announce
from coachdesk.ui.common.enter_key import enter_presses_buttons
from coachdesk.ui.common.theme import GRID, scaled_font, set_role
from coachdesk.ui.journal.guided import GuidedPage

__all__ = ["ChartFactory", "CoachView", "agreed_line"]  # agreed_line: where it used to be

ChartFactory = Callable[[ChartKey, QWidget], QWidget]
Clock = Callable[[], float]  # monotonic seconds; tests pass their own
ITEM_SCALE = 1.6  # agenda text on a shared screen: larger than the journal's own reading
ZOOM_STEP = 1.15


class CoachView(QWidget):
    """One agenda item at a time; notes and agreements beside it; a curtain on one key."""

    end_requested = Signal()
    reflect_requested = Signal()
    notes_changed = Signal(str)
    commitment_agreed = Signal(str, object)  # the words, and the day chosen (or None)
    reflection_done = Signal(object)  # the id of a reflection made together

    def __init__(
        self,
        store: JournalStore,
        agenda: tuple[AgendaItem, ...],
        charts: ChartFactory,
        minutes: int,
        curtain_key: str = "F9",
        parent: QWidget | None = None,
        *,
        goal: str = "",
        clock: Clock = time.monotonic,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        # A neutral title: the shared screen shows it in every task bar.
        self.setWindowTitle(self.tr("Coaching session"))
        self._store = store
        self._agenda = agenda
        self._charts = charts
        self._index = 0
        self._zoom = 1.0
        self._contrast = False
        self._minutes = minutes
        self._goal = goal.strip()
        self._clock = clock
        self._started = clock()

        self._outer = QStackedWidget(self)
        self._session = QWidget(self._outer)
        self.curtain = self._build_curtain(curtain_key)
        self._outer.addWidget(self._session)
        self._outer.addWidget(self.curtain)
        self._build_session_page()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._outer)

        self._agenda_keys = self._shortcuts(
            (coach_keys.NEXT_ITEM, self.next), (coach_keys.PREVIOUS_ITEM, self.previous)
        )
        self._guided_keys = self._shortcuts(
            (coach_keys.NEXT_QUESTION, self.guided.go_forward),
            (coach_keys.PREVIOUS_QUESTION, self.guided.go_back),
            (coach_keys.PAUSE_REFLECTION, self.guided.pause),
        )
        self._shortcuts(
            ((curtain_key,), self.toggle_curtain),
            (coach_keys.ZOOM_IN, self.zoom_in),
            (coach_keys.ZOOM_OUT, self.zoom_out),
            (coach_keys.CONTRAST, self.toggle_contrast),
            (coach_keys.END_SESSION, self.end_requested.emit),
        )
        self._tick = QTimer(self)
        self._tick.setInterval(1000)
        self._tick.timeout.connect(self._show_time)
        self._tick.start()
        self._show_time()
        self.resize(GRID * 150, GRID * 95)
        enter_presses_buttons(self)
        self.show_item(0)

    # Building --------------------------------------------------------------------------

    def _build_curtain(self, key: str) -> QWidget:
        page = QWidget(self._outer)
        page.setAccessibleName(self.tr("Paused"))
        hint = QLabel(self.tr("Paused. %1 to continue.").replace("%1", key), page)
        self._curtain_hint = hint.text()
        set_role(hint, "soft")
        column = QVBoxLayout(page)
        column.addStretch(1)
        column.addWidget(hint, 0, Qt.AlignmentFlag.AlignCenter)
        column.addStretch(1)
        return page

    def _build_session_page(self) -> None:
        page = self._session
        self.timer_label = QLabel(page)
        self.timer_label.setAccessibleName(self.tr("Time left"))
        self.step = QLabel(page)
        self.item_time = ItemTime(self._started, page)
        for label in (self.timer_label, self.step):
            set_role(label, "soft")
        self.goal_label = QLabel(page)
        self.goal_label.setWordWrap(True)
        self.goal_label.setFont(scaled_font(self, 1.3))
        self.goal_label.setAccessibleName(self.tr("Goal for this hour"))
        self.goal_label.setText(self.tr("Goal for this hour: %1").replace("%1", self._goal))
        self.goal_label.setVisible(bool(self._goal))
        self.content = QTextBrowser(page)
        self.content.setOpenLinks(False)
        self.content.setAccessibleName(self.tr("Agenda item"))
        self.content.setFrameShape(QTextBrowser.Shape.NoFrame)
        self._chart_holder = QStackedWidget(page)
        self.guided = GuidedPage(self._store, page, recall=False)
        self.guided.reflection_finished.connect(self._on_guided_done)
        self.guided.reflection_paused.connect(self._on_guided_done)
        self.pages = QStackedWidget(page)
        for shown in (self.content, self._chart_holder, self.guided):
            self.pages.addWidget(shown)
        # A reflection's pictures, each shown in the item's place only when asked.
        self.pictures = AgendaPictures(self._store, self._show_picture_page, page)
        self.pages.addWidget(self.pictures.page)
        held = QWidget(page)
        holding = QVBoxLayout(held)
        holding.setContentsMargins(0, 0, 0, 0)
        holding.addWidget(self.pages, 1)
        holding.addWidget(self.pictures)

        side = SessionSide(page)
        self.notes, self.agreement = side.notes, side.agreement
        self.agreement_due, self.agreed = side.agreement_due, side.agreed
        self.notes.textChanged.connect(self._on_notes_text_changed)
        self.agreement.returnPressed.connect(self._on_agreement_return_pressed)
        self.agreement_due.entered.connect(self._on_agreement_return_pressed)

        self._previous = self._button(self.tr("Previous"), self.tr("Previous item"), self.previous)
        self._next = self._button(self.tr("Next"), self.tr("Next item"), self.next)
        self._reflect = self._button(
            self.tr("Reflect together…"),
            self.tr("Answer a question set together"),
            self.reflect_requested.emit,
        )
        end = self._button(
            self.tr("End session"), self.tr("End the session"), self.end_requested.emit
        )
        for quiet in (self._previous, self._next, self._reflect):
            set_role(quiet, "quiet")
        set_role(end, "primary")
        buttons = QHBoxLayout()
        buttons.addWidget(self._previous)
        buttons.addWidget(self._next)
        buttons.addStretch(1)
        buttons.addWidget(self._reflect)
        buttons.addWidget(end)
        top = QHBoxLayout()
        top.addWidget(self.step)
        top.addStretch(1)
        top.addWidget(self.item_time)
        top.addSpacing(3 * GRID)
        top.addWidget(self.timer_label)
        split = QSplitter(Qt.Orientation.Horizontal, page)
        split.addWidget(held)
        split.addWidget(side)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        split.setSizes([GRID * 110, GRID * 40])
        split.setChildrenCollapsible(False)
        column = QVBoxLayout(page)
        column.setContentsMargins(4 * GRID, 2 * GRID, 4 * GRID, 3 * GRID)
        column.setSpacing(2 * GRID)
        column.addLayout(top)
        column.addWidget(self.goal_label)
        column.addWidget(split, 1)
        column.addLayout(buttons)

    def _button(self, text: str, name: str, slot: Callable[[], object]) -> QPushButton:
        button = QPushButton(text, self._session)
        button.setAccessibleName(name)
        button.clicked.connect(slot)
        return button

    def _shortcuts(self, *table: tuple[tuple[str, ...], Callable[[], object]]) -> list[QShortcut]:
        made = []
        for keys, slot in table:
            for key in keys:
                made.append(QShortcut(QKeySequence(key), self, slot))
        return made

    # Showing the agenda ----------------------------------------------------------------

    def show_item(self, index: int) -> None:
        """Show agenda item `index`."""
        self._use_keys(guided=False)
        self.pictures.show_for(
            self._agenda[max(0, min(index, len(self._agenda) - 1))] if self._agenda else None
        )
        if not self._agenda:
            self.goal_label.setVisible(bool(self._goal))
            self.step.setText(self.tr("No agenda: notes and agreements only"))
            self.content.clear()
            self.pages.setCurrentWidget(self.content)
            self._previous.setEnabled(False)
            self._next.setEnabled(False)
            return
        self._index = max(0, min(index, len(self._agenda) - 1))
        item = self._agenda[self._index]
        self.item_time.shown(self._index, self._clock())
        self.goal_label.setVisible(bool(self._goal) and self._index == 0)
        self._show_item_time()
        self.step.setText(
            self.tr("%1 of %2")
            .replace("%1", str(self._index + 1))
            .replace("%2", str(len(self._agenda)))
        )
        self._previous.setEnabled(self._index > 0)
        self._next.setEnabled(self._index < len(self._agenda) - 1)
        if item.kind is AgendaKind.CHART:
            while (old := self._chart_holder.widget(0)) is not None:
                self._chart_holder.removeWidget(old)
                old.deleteLater()
            chart = self._charts(ChartKey(item.ref), self._chart_holder)
            period = chart_period(self._store)
            self._chart_holder.addWidget(ChartPage(chart, item.title, period, self._chart_holder))
            self.pages.setCurrentWidget(self._chart_holder)
            return
        self.content.setHtml(self._html(item))
        self.pages.setCurrentWidget(self.content)

    def _show_picture_page(self, page: QWidget | None) -> None:
        self.pages.setCurrentWidget(page or self.content)

    def _html(self, item: AgendaItem) -> str:
        size = self.font().pointSizeF() * ITEM_SCALE * self._zoom
        soft = self.content.palette().color(QPalette.ColorRole.PlaceholderText).name()
        return item_html(item, self._store, size, soft)

    @Slot()
    def next(self) -> None:
        """The next agenda item."""
        if not self.curtain_down:
            self.show_item(self._index + 1)

    @Slot()
    def previous(self) -> None:
        """The previous agenda item."""
        if not self.curtain_down:
            self.show_item(self._index - 1)

    # Reflecting together -----------------------------------------------------------------

    def reflect(self, flow: Flow, reflection: Reflection) -> None:
        """Walk `reflection` here, one question at a time in large type."""
        self.guided.begin(flow, reflection, 0)
        self.pictures.show_for(None)
        self.pages.setCurrentWidget(self.guided)
        self.goal_label.hide()  # one question at a time, nothing above it
        self._use_keys(guided=True)
        self._reflect.setEnabled(False)
        self.step.setText(self.tr("Reflecting together"))

    @property
    def reflecting(self) -> bool:
        """True while a question set is being answered together."""
        return self.pages.currentWidget() is self.guided

    @Slot(object)
    def _on_guided_done(self, reflection_id: int) -> None:
        self._reflect.setEnabled(True)
        self.show_item(self._index)
        self.reflection_done.emit(reflection_id)

    def _use_keys(self, guided: bool) -> None:
        # Alt+Left means "previous item" on the agenda and "previous question" in a flow.
        for shortcut in self._agenda_keys:
            shortcut.setEnabled(not guided)
        for shortcut in self._guided_keys:
            shortcut.setEnabled(guided)

    def save_now(self) -> bool:
        """Save the answer being typed together, if any."""
        return not self.reflecting or self.guided.save_now()

    # Curtain, zoom, contrast, time -------------------------------------------------------

    @property
    def curtain_down(self) -> bool:
        """True while the coach sees only the neutral page."""
        return self._outer.currentWidget() is self.curtain

    @Slot()
    def toggle_curtain(self) -> None:
        """The curtain key: blank at once; the same key brings the session back."""
        # Told to a screen reader too: the user cannot see the screen that was just shared.
        if self.curtain_down:
            self._outer.setCurrentWidget(self._session)
            if not self.reflecting:
                self.show_item(self._index)
            announce(self._session, self.tr("The session is on screen again."))
            return
        self._outer.setCurrentWidget(self.curtain)
        self.curtain.setFocus()
        if not self.reflecting:
            self.content.clear()  # nothing of the item stays behind the curtain
            self.pictures.show_for(None)
        announce(self.curtain, self._curtain_hint)

    @Slot()
    def zoom_in(self) -> None:
        """Ctrl+Plus."""
        self._set_zoom(min(3.0, self._zoom * ZOOM_STEP))

    @Slot()
    def zoom_out(self) -> None:
        """Ctrl+Minus."""
        self._set_zoom(max(0.6, self._zoom / ZOOM_STEP))

    @property
    def zoom(self) -> float:
        """How much larger than normal the agenda is shown."""
        return self._zoom

    def _set_zoom(self, zoom: float) -> None:
        self._zoom = zoom
        font = self.guided.font()
        font.setPointSizeF(self.font().pointSizeF() * 1.2 * zoom)
        self.guided.setFont(font)
        if not self.reflecting and not self.curtain_down:
            self.show_item(self._index)

    @Slot()
    def toggle_contrast(self) -> None:
        """Ctrl+Shift+H: black on white, for a blurry shared screen."""
        self._contrast = not self._contrast
        palette = QPalette(self.palette())
        if self._contrast:
            for role, colour in (
                (QPalette.ColorRole.Base, "#ffffff"),
                (QPalette.ColorRole.Window, "#ffffff"),
                (QPalette.ColorRole.Text, "#000000"),
                (QPalette.ColorRole.WindowText, "#000000"),
                (QPalette.ColorRole.PlaceholderText, "#333333"),
            ):
                palette.setColor(role, QColor(colour))
        for widget in (self.content, self.guided):
            widget.setPalette(palette)
        if not self.reflecting and not self.curtain_down:
            self.show_item(self._index)

    @property
    def high_contrast(self) -> bool:
        """True while the agenda is shown black on white."""
        return self._contrast

    def minutes_left(self) -> int:
        """Whole minutes until the hour is over (negative once it is)."""
        return self._minutes - int((self._clock() - self._started) / 60)

    def _show_item_time(self) -> None:
        item = self._agenda[self._index] if self._agenda else None
        self.item_time.tell(item, self._index, self._clock())

    @Slot()
    def _show_time(self) -> None:
        if self._agenda and not self.curtain_down:
            self._show_item_time()
        left = self._minutes * 60 - int(self._clock() - self._started)
        if left > 0:
            self.timer_label.setText(
                self.tr("%1:%2 left")
                .replace("%1", str(left // 60))
                .replace("%2", f"{left % 60:02d}")
            )
        else:
            self.timer_label.setText(self.tr("The hour is over"))
            set_role(self.timer_label, "warning")

    # Notes and agreements ------------------------------------------------------------------

    @Slot()
    def _on_notes_text_changed(self) -> None:
        self.notes_changed.emit(self.notes.toPlainText())

    @Slot()
    def _on_agreement_return_pressed(self) -> None:
        text = self.agreement.text().strip()
        if text:
            due = self.agreement_due.value()
            self.agreement.clear()
            self.agreement_due.set_value(None)
            self.commitment_agreed.emit(text, due)

    def show_agreed(self, agreed: list[Commitment]) -> None:
        """What has been agreed so far (as stored), each with its due date."""
        self.agreed.setText("\n".join(f"•  {agreed_line(c)}" for c in agreed))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        built = hasattr(self, "pages") and hasattr(self, "_agenda_keys")
        if event.type() == QEvent.Type.PaletteChange and built:
            if not self.curtain_down and not self.reflecting:
                self.show_item(self._index)  # the item's colours are in its HTML

    def closeEvent(self, event: QCloseEvent) -> None:
        # Closing the coach view is ending the session (its summary, the journal's return).
        # The coaching hour closes it for real with `dismiss`.
        if self.property("dismissed"):
            event.accept()
            return
        event.ignore()
        self.end_requested.emit()

    def dismiss(self) -> None:
        """The session is over: close for good."""
        self._tick.stop()
        self.setProperty("dismissed", True)
        self.close()
