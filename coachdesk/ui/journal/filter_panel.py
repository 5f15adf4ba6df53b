"""Narrowing the timeline: flow, period (On this day among them), customer, deal, tag."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QPushButton,
    QWidget,
)

from coachdesk.coaching.filters import PERIODS, TimelineFilter, with_period
from coachdesk.coaching.flows import Flow
from coachdesk.ui.common.date_field import DateField
from coachdesk.ui.common.theme import GRID, set_role


class FilterPanel(QWidget):
    """A small form under the search field; every change applies at once."""

    filter_changed = Signal(object)  # TimelineFilter

    def __init__(self, flows: tuple[Flow, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._flow = self._combo(self.tr("Flow"))
        self._flow.addItem(self.tr("All flows"), None)
        for flow in flows:
            self._flow.addItem(flow.title, flow.id)
        self._period = self._combo(self.tr("Period"))
        labels = {
            "any": self.tr("Any time"),
            "week": self.tr("Past 7 days"),
            "month": self.tr("Past 30 days"),
            "quarter": self.tr("Past 3 months"),
            "year": self.tr("Past year"),
            "on-this-day": self.tr("On this day, earlier years"),
            "custom": self.tr("From … to …"),
        }
        for key in PERIODS:
            self._period.addItem(labels[key], key)
        today = date.today()
        self._from = DateField(self.tr("From"), self, today - timedelta(days=30))
        self._to = DateField(self.tr("To"), self, today)
        for edit in (self._from, self._to):
            edit.dateChanged.connect(self._on_any_changed)
        self._customer = self._combo(self.tr("Customer"))
        self._deal = self._combo(self.tr("Deal"))
        self._tag = self._combo(self.tr("Tag"))
        self._clear = QPushButton(self.tr("Clear filters"), self)
        self._clear.setAccessibleName(self.tr("Clear filters"))
        set_role(self._clear, "quiet")
        self._clear.clicked.connect(self.clear)

        dates = QHBoxLayout()
        dates.addWidget(self._from)
        dates.addWidget(self._to)
        self._dates = QWidget(self)
        self._dates.setLayout(dates)
        dates.setContentsMargins(0, 0, 0, 0)
        form = QFormLayout(self)
        form.setContentsMargins(2 * GRID, GRID, 2 * GRID, GRID)
        form.setSpacing(GRID)
        form.addRow(self.tr("Flow"), self._flow)
        form.addRow(self.tr("Period"), self._period)
        form.addRow("", self._dates)
        form.addRow(self.tr("Customer"), self._customer)
        form.addRow(self.tr("Deal"), self._deal)
        form.addRow(self.tr("Tag"), self._tag)
        form.addRow("", self._clear)
        self._dates.hide()
        for combo in (self._flow, self._period, self._customer, self._deal, self._tag):
            combo.currentIndexChanged.connect(self._on_any_changed)

    def add_flow(self, flow: Flow) -> None:
        """A question set imported while the window is open."""
        self._flow.addItem(flow.title, flow.id)

    def _combo(self, name: str) -> QComboBox:
        combo = QComboBox(self)
        combo.setAccessibleName(name)
        # As wide as the column allows, not as its longest flow title: the labels beside
        # them ("Vragensets") must never be the ones cut.
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(8)
        return combo

    def set_choices(self, facets: dict[str, list[str]]) -> None:
        """Offer the customers, deals and tags the journal has, keeping what is chosen."""
        for combo, key, anything in (
            (self._customer, "customer", self.tr("Any customer")),
            (self._deal, "deal", self.tr("Any deal")),
            (self._tag, "tag", self.tr("Any tag")),
        ):
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(anything, None)
            for value in facets.get(key, []):
                combo.addItem(value, value)
            combo.setCurrentIndex(max(0, combo.findData(current)))
            combo.blockSignals(False)

    def current(self, today: date | None = None) -> TimelineFilter:
        """The filter as chosen now."""
        base = TimelineFilter(
            flow_id=self._flow.currentData(),
            customer=self._customer.currentData(),
            deal=self._deal.currentData(),
            tag=self._tag.currentData(),
        )
        custom = (self._from.day(), self._to.day())
        return with_period(base, self._period.currentData(), today or date.today(), custom)

    def active_count(self) -> int:
        """How many of the controls narrow the list."""
        combos = (self._flow, self._period, self._customer, self._deal, self._tag)
        return sum(1 for combo in combos if combo.currentIndex() > 0)

    def choose_period(self, period: str) -> None:
        """Pick a period, as the On this day command does."""
        self._period.setCurrentIndex(self._period.findData(period))

    @Slot()
    def clear(self) -> None:
        """Back to everything."""
        for combo in (self._flow, self._period, self._customer, self._deal, self._tag):
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self._on_any_changed()

    @Slot()
    def _on_any_changed(self) -> None:
        self._dates.setVisible(self._period.currentData() == "custom")
        self.filter_changed.emit(self.current())

    def first_control(self) -> QWidget:
        """Where the keyboard goes when the panel opens."""
        return self._flow
