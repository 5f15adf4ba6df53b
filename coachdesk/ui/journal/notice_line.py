"""A line of the journal window that says one thing and hides when it has nothing to say:
the banner above everything (what kind of journal this is) and the calm notice at the
bottom (what just happened)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from coachdesk.ui.common.announce import announce
from coachdesk.ui.common.theme import GRID, set_role


class NoticeLine(QLabel):
    """Hidden until there is something to say."""

    def __init__(self, parent: QWidget, name: str = "") -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setContentsMargins(2 * GRID, GRID, 2 * GRID, GRID)
        if name:
            self.setAccessibleName(name)
        set_role(self, "warning")
        self.hide()

    def say(self, text: str, warning: bool = True, aloud: bool = False) -> None:
        """Show `text` (empty: hide), as a warning or softly; `aloud` also tells a screen
        reader: at once for a warning, politely otherwise."""
        set_role(self, "warning" if warning else "soft")
        self.setText(text)
        self.setVisible(bool(text))
        if aloud:
            announce(self, text, polite=not warning)
