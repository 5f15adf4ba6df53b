"""Above the timeline: search as you type, and the filters, folded away until wanted."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from coachdesk.coaching.filters import TimelineFilter
from coachdesk.coaching.flows import Flow
from coachdesk.ui.common.shortcuts import key_text
from coachdesk.ui.common.theme import GRID, set_role
from coachdesk.ui.journal.filter_panel import FilterPanel


class SearchField(QLineEdit):
    """The search box: Esc clears it (then leaves it); Down and Enter go to the results."""

    left_downwards = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and self.text():
            self.clear()
            return
        if event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Return, Qt.Key.Key_Enter) or (
            event.key() == Qt.Key.Key_Escape
        ):
            self.left_downwards.emit()
            return
        super().keyPressEvent(event)


class Finder(QWidget):
    """The search field, the order of results, and the filter panel."""

    changed = Signal(object, str, bool)  # TimelineFilter, text, best match first
    left_downwards = Signal()

    def __init__(self, flows: tuple[Flow, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = SearchField(self)
        self.field.setPlaceholderText(self.tr("Search  (%1)").replace("%1", key_text("search")))
        self.field.setAccessibleName(self.tr("Search your reflections"))
        self.field.setClearButtonEnabled(True)
        for clear in self.field.findChildren(QToolButton):  # Qt's own, nameless otherwise
            clear.setAccessibleName(self.tr("Clear the search"))
        self.field.textChanged.connect(self._on_any_changed)
        self.field.left_downwards.connect(self.left_downwards)
        self._order = QComboBox(self)
        self._order.addItem(self.tr("Newest first"), False)
        self._order.addItem(self.tr("Best match"), True)
        self._order.setAccessibleName(self.tr("Order of the results"))
        self._order.currentIndexChanged.connect(self._on_any_changed)
        # On Linux Qt names a combo box by its current text ("Newest first"), so what it
        # orders is said by a label tied to it (AT-SPI's labelled-by), shown beside it.
        self._order_label = QLabel(self.tr("Order"), self)
        self._order_label.setBuddy(self._order)
        set_role(self._order_label, "soft")
        self._order.hide()
        self._order_label.hide()
        self._toggle = QPushButton(self.tr("Filters"), self)
        self._toggle.setCheckable(True)
        self._toggle.setAccessibleName(self.tr("Show filters"))
        set_role(self._toggle, "quiet")
        self._toggle.toggled.connect(self._on_toggle_toggled)
        self.panel = FilterPanel(flows, self)
        self.panel.filter_changed.connect(self._on_any_changed)
        self.panel.hide()

        row = QHBoxLayout()
        row.setSpacing(GRID)
        row.addWidget(self.field, 1)
        row.addWidget(self._toggle)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2 * GRID, 2 * GRID, 2 * GRID, GRID)
        layout.setSpacing(GRID)
        layout.addLayout(row)
        order = QHBoxLayout()
        order.setSpacing(GRID)
        order.addStretch(1)
        order.addWidget(self._order_label)
        order.addWidget(self._order)
        layout.addLayout(order)
        layout.addWidget(self.panel)

    def current(self) -> tuple[TimelineFilter, str, bool]:
        """What the timeline should show now."""
        return self.panel.current(), self.field.text(), bool(self._order.currentData())

    def focus_search(self) -> None:
        """Ctrl+F: into the field, with what was typed selected."""
        self.field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.field.selectAll()

    def open_filters(self) -> None:
        """Show the panel and move into it."""
        self._toggle.setChecked(True)
        self.panel.first_control().setFocus()

    @Slot(bool)
    def _on_toggle_toggled(self, shown: bool) -> None:
        self.panel.setVisible(shown)
        self._toggle.setAccessibleName(
            self.tr("Hide filters") if shown else self.tr("Show filters")
        )

    @Slot()
    def _on_any_changed(self) -> None:
        chosen, text, best = self.current()
        self._order.setVisible(bool(text.strip()))
        self._order_label.setVisible(self._order.isVisibleTo(self))
        count = self.panel.active_count()
        self._toggle.setText(
            self.tr("Filters · %1").replace("%1", str(count)) if count else self.tr("Filters")
        )
        self.changed.emit(chosen, text, best)
