"""Under the answer being written: the pictures and files kept with it, by name, so what was
dropped or pasted in is seen where it went (the reading pane shows them afterwards)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from coachdesk.storage import JournalStore
from coachdesk.ui.common.theme import set_role


class KeptLine(QLabel):
    """'With this answer: whiteboard.png, offer.pdf'; hidden when there are none."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        set_role(self, "soft")
        self.hide()

    def show_for(self, store: JournalStore, reflection_id: int, question_id: str) -> None:
        """The names kept with one answer of one reflection."""
        try:
            names = [
                a.name for a in store.attachments(reflection_id) if a.question_id == question_id
            ]
        except KeyError:
            names = []
        text = self.tr("With this answer: %1").replace("%1", ", ".join(names)) if names else ""
        self.setText(text)
        self.setAccessibleName(text)
        self.setVisible(bool(names))
