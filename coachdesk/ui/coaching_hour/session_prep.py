"""Preparing a coaching session: choose exactly what the coach will see, and why you come."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSpinBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from coachdesk.coaching.sessions import (
    SESSION_MINUTES,
    AgendaItem,
    planned_minutes,
    without_doubles,
)
from coachdesk.storage import JournalStore
from coachdesk.ui.coaching_hour.prep_offers import Offer, offers
from coachdesk.ui.common.dialogs import accept_or_cancel
from coachdesk.ui.common.theme import GRID, scaled_font, set_role

ItemRole = Qt.ItemDataRole.UserRole + 1
TipRole = Qt.ItemDataRole.UserRole + 2  # the row's own tool tip, while a ticked row greys it
ShowsTooRole = Qt.ItemDataRole.UserRole + 3  # the other choices a row shows as well
MAX_ITEM_MINUTES = 120


@dataclass(frozen=True)
class SessionPlan:
    """What the user chose."""

    goal: str
    agenda: tuple[AgendaItem, ...]
    minutes: int


class SessionPrepDialog(QDialog):
    """A tree of what can be brought — private answers are never in it — ticked by the user.

    Last time's agreements come first, ticked: the hour opens with them unless unticked.
    Nothing can be ticked twice: what a ticked row already shows is greyed out."""

    def __init__(self, store: JournalStore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Prepare a coaching session"))
        heading = QLabel(self.tr("What do you bring to this hour?"), self)
        heading.setFont(scaled_font(self, 1.3))
        note = QLabel(
            self.tr(
                "Your coach sees only what you tick, one item at a time. Answers you marked "
                "private are not offered. The rest of your journal stays hidden. "
                "Choose before you share your screen."
            ),
            self,
        )
        note.setWordWrap(True)
        set_role(note, "soft")
        self.goal = QLineEdit(self)
        self.goal.setPlaceholderText(self.tr("What do you want from this hour?"))
        self.goal.setAccessibleName(self.tr("What you want from this hour"))
        self.tree = QTreeWidget(self)
        self.tree.setColumnCount(2)
        self.tree.setHeaderHidden(True)
        self.tree.setAccessibleName(self.tr("What you can bring"))
        # Whole labels, cut at the window's edge with an ellipsis; the tool tip has it all.
        self.tree.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.tree.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.item_minutes = QSpinBox(self)
        self.item_minutes.setRange(0, MAX_ITEM_MINUTES)
        self.item_minutes.setSpecialValueText(self.tr("no plan"))
        self.item_minutes.setSuffix(self.tr(" min"))
        self.item_minutes.setAccessibleName(self.tr("Minutes planned for the selected item"))
        self.item_minutes.setEnabled(False)
        item_minutes_label = QLabel(self.tr("Minutes for the selected item:"), self)
        item_minutes_label.setBuddy(self.item_minutes)
        self.planned = QLabel(self)
        set_role(self.planned, "soft")
        self.minutes = QSpinBox(self)
        self.minutes.setRange(10, 180)
        self.minutes.setValue(SESSION_MINUTES)
        self.minutes.setSuffix(self.tr(" minutes"))
        self.minutes.setAccessibleName(self.tr("Length of the session"))
        length_label = QLabel(self.tr("The session:"), self)
        length_label.setBuddy(self.minutes)
        self._fill(offers(store))
        self.tree.itemChanged.connect(self._on_tree_item_changed)
        self.tree.currentItemChanged.connect(self._on_tree_current_item_changed)
        self.item_minutes.valueChanged.connect(self._on_item_minutes_value_changed)
        self.minutes.valueChanged.connect(self._show_planned)
        self._settle()
        buttons = accept_or_cancel(self, self.tr("Start the session"))
        timing = QHBoxLayout()
        timing.addWidget(item_minutes_label)
        timing.addWidget(self.item_minutes)
        timing.addSpacing(2 * GRID)
        timing.addWidget(self.planned)
        timing.addStretch(1)
        timing.addWidget(length_label)
        timing.addWidget(self.minutes)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(3 * GRID, 3 * GRID, 3 * GRID, 3 * GRID)
        layout.setSpacing(2 * GRID)
        for widget in (heading, note, self.goal, self.tree):
            layout.addWidget(widget, 1 if widget is self.tree else 0)
        layout.addLayout(timing)
        layout.addWidget(buttons)
        self.resize(GRID * 90, GRID * 80)
        self.goal.setFocus()

    # Filling ----------------------------------------------------------------------------

    def _fill(self, groups: list[tuple[str, list[Offer]]]) -> None:
        for title, offered in groups:
            if not offered:
                continue
            group = QTreeWidgetItem(self.tree, [title])
            group.setFlags(Qt.ItemFlag.ItemIsEnabled)
            group.setExpanded(True)
            for offer in offered:
                self._add(group, offer)

    def _add(self, parent: QTreeWidgetItem, offer: Offer) -> None:
        row = QTreeWidgetItem(parent, [offer.label])
        row.setData(0, TipRole, offer.tip or offer.label)
        row.setData(0, ShowsTooRole, [(i.kind.value, i.ref) for i in offer.shows_too])
        row.setToolTip(0, offer.tip or offer.label)
        if offer.item is None:  # words under an item, not a choice
            row.setFlags(Qt.ItemFlag.ItemIsEnabled)
        else:
            row.setFlags(
                Qt.ItemFlag.ItemIsEnabled
                | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsUserCheckable
            )
            row.setCheckState(0, Qt.CheckState.Checked if offer.ticked else Qt.CheckState.Unchecked)
            row.setData(0, ItemRole, offer.item)
        for child in offer.children:
            self._add(row, child)
        # Last time's agreements are read at once; a reflection's answers open on request.
        row.setExpanded(any(child.item is None for child in offer.children))

    # Choosing ---------------------------------------------------------------------------

    def _rows(
        self, node: QTreeWidgetItem | None = None
    ) -> Iterator[tuple[QTreeWidgetItem, AgendaItem]]:
        """Every offered row with its item, in the order shown."""
        node = node or self.tree.invisibleRootItem()
        for n in range(node.childCount()):
            child = node.child(n)
            if child is None:
                continue
            item = child.data(0, ItemRole)
            if isinstance(item, AgendaItem):
                yield child, item
            yield from self._rows(child)

    @staticmethod
    def _ticked(row: QTreeWidgetItem) -> bool:
        return row.checkState(0) == Qt.CheckState.Checked

    @staticmethod
    def _shows(row: QTreeWidgetItem, item: AgendaItem, other: AgendaItem) -> bool:
        """True when ticking `row` (for `item`) brings `other` to the coach as well."""
        also = row.data(0, ShowsTooRole) or []
        return item.covers(other) or [other.kind.value, other.ref] in [list(a) for a in also]

    @Slot(QTreeWidgetItem, int)
    def _on_tree_item_changed(self, _row: QTreeWidgetItem, column: int) -> None:
        if column == 0:
            self._settle()

    def _settle(self) -> None:
        """Grey out (and untick) every row that a ticked row already shows."""
        self.tree.blockSignals(True)
        try:
            rows = list(self._rows())
            ticked = [(row, item) for row, item in rows if self._ticked(row)]
            for row, item in rows:
                by = next((r for r, i in ticked if r is not row and self._shows(r, i, item)), None)
                if by is not None and self._ticked(row):
                    row.setCheckState(0, Qt.CheckState.Unchecked)
                row.setDisabled(by is not None)
                if by is not None:
                    already = self.tr("Already on the agenda with: %1").replace("%1", by.text(0))
                    row.setToolTip(0, already)
                else:
                    row.setToolTip(0, row.data(0, TipRole) or row.text(0))
        finally:
            self.tree.blockSignals(False)
        self._show_planned()

    @Slot(QTreeWidgetItem, QTreeWidgetItem)
    def _on_tree_current_item_changed(
        self, current: QTreeWidgetItem | None, _previous: QTreeWidgetItem | None
    ) -> None:
        item = current.data(0, ItemRole) if current is not None else None
        usable = isinstance(item, AgendaItem) and current is not None and not current.isDisabled()
        self.item_minutes.blockSignals(True)
        self.item_minutes.setValue(item.minutes or 0 if isinstance(item, AgendaItem) else 0)
        self.item_minutes.blockSignals(False)
        self.item_minutes.setEnabled(usable)

    @Slot(int)
    def _on_item_minutes_value_changed(self, minutes: int) -> None:
        row = self.tree.currentItem()
        item = row.data(0, ItemRole) if row is not None else None
        if row is None or not isinstance(item, AgendaItem) or row.isDisabled():
            return
        self.set_minutes(row, item, minutes)

    def set_minutes(self, row: QTreeWidgetItem, item: AgendaItem, minutes: int) -> None:
        """Plan `minutes` for the row's item (0: no plan); planning time for it ticks it."""
        self.tree.blockSignals(True)
        row.setData(0, ItemRole, replace(item, minutes=minutes or None))
        row.setText(1, self.tr("%n min", "", minutes) if minutes else "")
        self.tree.blockSignals(False)
        if minutes and not self._ticked(row):
            row.setCheckState(0, Qt.CheckState.Checked)  # settles through itemChanged
        self._show_planned()

    @Slot()
    def _show_planned(self) -> None:
        planned = planned_minutes(self.plan().agenda)
        self.planned.setText(self.tr("Planned for items: %n min", "", planned) if planned else "")
        set_role(self.planned, "warning" if planned > self.minutes.value() else "soft")

    def plan(self) -> SessionPlan:
        """The ticked items (none shown twice), the goal and the length."""
        chosen = tuple(item for row, item in self._rows() if self._ticked(row))
        return SessionPlan(self.goal.text().strip(), without_doubles(chosen), self.minutes.value())

    def tick(self, wanted: Callable[[AgendaItem], bool], ticked: bool = True) -> None:
        """Tick (or untick) every offered item that is `wanted` and not greyed out."""
        state = Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked
        for row, item in self._rows():
            if wanted(item) and not row.isDisabled():
                row.setCheckState(0, state)

    def offered(self) -> list[AgendaItem]:
        """Everything the tree offers (for tests: nothing private is in it)."""
        return [item for _row, item in self._rows()]

    def rows(self) -> list[QTreeWidgetItem]:
        """Every offered row (for tests: labels, tool tips, greyed out)."""
        return [row for row, _item in self._rows()]

    @classmethod
    def ask(cls, parent: QWidget | None, store: JournalStore) -> SessionPlan | None:
        """The plan, or None when cancelled."""
        dialog = cls(store, parent)
        try:
            return dialog.plan() if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()
