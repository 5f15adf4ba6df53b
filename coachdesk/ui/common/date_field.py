"""The one date field of the app: "9 Dec 2026" as the locale writes it, a calendar to pick
from, Up and Down a day whatever part of the date the cursor is in, Tab out of it."""

from __future__ import annotations

import re
from datetime import date

from PySide6.QtCore import QDate, QLocale, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractSpinBox, QDateEdit, QWidget

DAYS_PER_PAGE = 7  # PageUp and PageDown: a week


def medium_format(locale: QLocale) -> str:
    """The locale's long date without the weekday, months abbreviated: "9 Dec 2026",
    "9 dec. 2026", "Dec 9, 2026" (Qt has no medium format of its own)."""
    long = locale.dateFormat(QLocale.FormatType.LongFormat)
    shown = re.sub(r"^dddd[,.]?\s*", "", long)  # "dddd d MMMM yyyy", "dddd, MMMM d, yyyy"
    shown = re.sub(r"[,\s]*dddd", "", shown)  # the weekday after the date
    shown = shown.replace("MMMM", "MMM").strip()
    return shown if "d" in shown and "yyyy" in shown else "d MMM yyyy"


def to_qdate(day: date) -> QDate:
    """A Python date as Qt's."""
    return QDate(day.year, day.month, day.day)


class DateField(QDateEdit):
    """A date, named for screen readers; `entered` when Enter is pressed in it."""

    entered = Signal()

    def __init__(self, name: str, parent: QWidget | None = None, day: date | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(name)
        self.setCalendarPopup(True)
        self.setDisplayFormat(medium_format(self.locale()))
        if day is not None:
            self.setDate(to_qdate(day))

    def day(self) -> date:
        """The date shown, as a Python date."""
        shown = self.date()
        return date(shown.year(), shown.month(), shown.day())

    def stepBy(self, steps: int) -> None:
        # Qt steps the part under the cursor: on the year of a date near its minimum, Down
        # did nothing at all. A day at a time is what a date field's arrows mean.
        wanted = self.date().addDays(steps)
        self.setDate(max(self.minimumDate(), min(self.maximumDate(), wanted)))

    def stepEnabled(self) -> QAbstractSpinBox.StepEnabledFlag:
        enabled = QAbstractSpinBox.StepEnabledFlag.StepNone
        if self.date() > self.minimumDate():
            enabled |= QAbstractSpinBox.StepEnabledFlag.StepDownEnabled
        if self.date() < self.maximumDate():
            enabled |= QAbstractSpinBox.StepEnabledFlag.StepUpEnabled
        return enabled

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_PageUp, Qt.Key.Key_PageDown):
            self.stepBy(DAYS_PER_PAGE if key == Qt.Key.Key_PageUp else -DAYS_PER_PAGE)
            event.accept()
            return
        super().keyPressEvent(event)
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.entered.emit()  # the event still goes on: a dialog's default button

    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: A002 (Qt's name)
        # Qt's own moves between day, month and year on Tab; Tab leaves, as everywhere.
        return QWidget.focusNextPrevChild(self, next)
