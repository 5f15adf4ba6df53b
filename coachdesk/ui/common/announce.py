"""Telling a screen reader what changed where the user is not looking: one way, one place.

A search's result count, a save that failed, the curtain, the lock: nothing takes focus
for these, so without an announcement a screen reader user hears nothing at all. Qt 6.8+
sends a QAccessibleAnnouncementEvent to the platform (AT-SPI's object:announcement, UIA's
notification), which the screen reader speaks without moving focus.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent

Politeness = QAccessible.AnnouncementPoliteness


def announce(source: QObject, text: str, polite: bool = True) -> None:
    """Have a screen reader say `text`, coming from `source` (a widget on screen).

    Polite (the default) waits until the reader has finished its sentence: a result count,
    a finished export. Not polite interrupts, and is kept for what must not wait: a save
    or an export that failed.
    """
    if not text.strip():
        return
    event = QAccessibleAnnouncementEvent(source, text)
    event.setPoliteness(Politeness.Polite if polite else Politeness.Assertive)
    # Without a screen reader (QAccessible inactive) Qt drops the event at once.
    QAccessible.updateAccessibility(event)
