"""A chart as the coach sees it: its title and the period it covers above it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from coachdesk.ui.common.theme import GRID, scaled_font, set_role


class ChartPage(QWidget):
    """Title, period, chart: a chart on a shared screen says what it is and when."""

    def __init__(self, chart: QWidget, title: str, period: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.chart = chart
        self.title = QLabel(title, self)
        self.title.setFont(scaled_font(self, 1.6))
        self.title.setWordWrap(True)
        self.period = QLabel(period, self)
        self.period.setWordWrap(True)
        set_role(self.period, "soft")
        for label in (self.title, self.period):
            label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        chart.setParent(self)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, GRID, 0, 0)
        column.setSpacing(GRID)
        column.addWidget(self.title)
        column.addWidget(self.period)
        column.addSpacing(GRID)
        column.addWidget(chart)
        column.addStretch(1)  # a bar chart stays a bar, not a wall
        self.setFocusProxy(chart)
