"""Dates and times the way the user's locale writes them."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, QTimeZone


def _local(moment: datetime) -> QDateTime:
    stamp = QDateTime.fromSecsSinceEpoch(int(moment.timestamp()), QTimeZone.systemTimeZone())
    return stamp


def friendly_moment(moment: datetime, today: QDate | None = None) -> str:
    """'Today 17:40', 'Yesterday 09:12', 'Mon 23 Nov 17:40' or '23 Nov 2025' for older years."""
    local = _local(moment)
    locale = QLocale()
    today = today or QDate.currentDate()
    date = local.date()
    time = locale.toString(local.time(), QLocale.FormatType.ShortFormat)
    if date == today:
        return QCoreApplication.translate("formatting", "Today %1").replace("%1", time)
    if date == today.addDays(-1):
        return QCoreApplication.translate("formatting", "Yesterday %1").replace("%1", time)
    if date.year() == today.year():
        return f"{locale.toString(date, 'ddd d MMM')} {time}"
    return locale.toString(date, "d MMM yyyy")


def long_date(moment: datetime) -> str:
    """'Friday 27 November 2026, 17:40' in the user's language."""
    local = _local(moment)
    locale = QLocale()
    date = locale.toString(local.date(), QLocale.FormatType.LongFormat)
    time = locale.toString(local.time(), QLocale.FormatType.ShortFormat)
    return f"{date}, {time}"


def short_date(day: date) -> str:
    """'Fri 27 Nov' this year, '27 Nov 2025' otherwise."""
    locale = QLocale()
    shown = QDate(day.year, day.month, day.day)
    if day.year == QDate.currentDate().year():
        return locale.toString(shown, "ddd d MMM")
    return locale.toString(shown, "d MMM yyyy")
