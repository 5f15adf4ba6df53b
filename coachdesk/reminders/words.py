"""What a reminder's notification says: whose it is, and kinds and counts only, in the
user's language (the Qt translations, as in the window)."""

from __future__ import annotations

from PySide6.QtCore import QObject


class ReminderWords(QObject):
    """What a notification says: whose it is, and kinds and counts only. (A QObject for
    self.tr: lupdate knows plural forms only there.)"""

    def headline(self) -> str:
        """The title: says whose it is, nothing of what is in it."""
        return self.tr("Your journal")

    def message(self, counts: dict[str, int]) -> str:
        """ "2 commitments due this week · your weekly reflection", in This week's order."""
        parts = []
        for kind, n in counts.items():
            if kind == "checkin":
                parts.append(self.tr("a check-in"))
            elif kind == "commitment":
                parts.append(self.tr("%n commitments due this week", "", n))
            elif kind == "lesson":
                parts.append(self.tr("%n lessons coming back", "", n))
            elif kind == "weekly":
                parts.append(self.tr("your weekly reflection"))
            elif kind == "prep":
                parts.append(self.tr("your prep for tomorrow's coaching hour"))
        text = " · ".join(parts)
        return text[:1].upper() + text[1:]

    def open_label(self) -> str:
        """The notification's one action."""
        return self.tr("Open This week")
