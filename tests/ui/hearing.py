"""What a screen reader is told without focus moving: the announcements Qt hands on.

PySide6 does not expose QAccessible::installUpdateHandler, the hook Qt itself offers for
watching accessibility events, so the tests listen one step earlier: at
QAccessible.updateAccessibility, the call every announcement goes through on its way to the
platform (AT-SPI's object:announcement on Linux). What arrives over AT-SPI itself is checked
outside the suite (make a11y-check).
"""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from PySide6.QtCore import QObject
from PySide6.QtGui import QAccessible, QAccessibleEvent


@dataclass(frozen=True)
class Heard:
    """One announcement: what is said, whether it waits its turn, and who says it."""

    text: str
    polite: bool
    source: QObject | None


def listen(monkeypatch: pytest.MonkeyPatch) -> list[Heard]:
    """The announcements made from now until the test ends, in order."""
    heard: list[Heard] = []
    deliver = QAccessible.updateAccessibility

    def hear(event: QAccessibleEvent) -> None:
        if event.type() == QAccessible.Event.Announcement:
            polite = event.politeness() == QAccessible.AnnouncementPoliteness.Polite  # type: ignore[attr-defined]
            heard.append(Heard(event.message(), polite, event.object()))  # type: ignore[attr-defined]
        deliver(event)

    monkeypatch.setattr(QAccessible, "updateAccessibility", staticmethod(hear))
    return heard


def texts(heard: list[Heard]) -> list[str]:
    """Only what was said."""
    return [h.text for h in heard]
