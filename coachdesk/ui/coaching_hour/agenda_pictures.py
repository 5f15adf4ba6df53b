"""The pictures of a reflection on the agenda, shown to the coach only when asked: a button
per picture under the item, the picture large in the item's place, and back to the text.
A private answer's pictures are never offered (nor their names); an item of one answer
offers only that answer's pictures."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPixmap, QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from coachdesk.coaching.attachments import Attachment, is_private
from coachdesk.coaching.sessions import AgendaItem, AgendaKind
from coachdesk.storage import JournalError, JournalStore
from coachdesk.ui.attachments.thumbnails import decode
from coachdesk.ui.common.busy import run_busy
from coachdesk.ui.common.theme import GRID, set_role

LARGEST = 2560  # pixels: more than a shared screen shows


def offered_pictures(item: AgendaItem, store: JournalStore) -> list[Attachment]:
    """The pictures the coach may be shown with `item`: its reflection's, none of a
    private answer's; for one answer, only that answer's."""
    reflection_id = item.reflection_id
    if reflection_id is None or item.kind not in (
        AgendaKind.REFLECTION,
        AgendaKind.STORY,
        AgendaKind.ANSWER,
    ):
        return []
    try:
        reflection = store.get(reflection_id)
        attachments = store.attachments(reflection_id)
    except (KeyError, JournalError):
        return []
    offered = [a for a in attachments if a.is_image and not is_private(a, reflection)]
    if item.kind is AgendaKind.ANSWER:
        offered = [a for a in offered if a.question_id == item.question_id]
    return offered


class PicturePage(QWidget):
    """One picture as large as the item's place allows (never enlarged), its name under it."""

    back_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._pixmap = QPixmap()
        self.picture = QLabel(self)
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.picture.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.caption = QLabel(self)
        self.caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        set_role(self.caption, "soft")
        back = QPushButton(self.tr("Back to the text"), self)
        back.setAccessibleName(self.tr("Back to the agenda item's text"))
        set_role(back, "quiet")
        back.clicked.connect(self.back_requested)
        self.back = back
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(GRID)
        column.addWidget(self.picture, 1)
        column.addWidget(self.caption)
        column.addWidget(back, 0, Qt.AlignmentFlag.AlignLeft)

    def show_picture(self, pixmap: QPixmap, name: str) -> None:
        """Show `pixmap`, named."""
        self._pixmap = pixmap
        self.caption.setText(name)
        self.picture.setAccessibleName(self.tr("Picture %1").replace("%1", name))
        self._fit()

    def clear(self) -> None:
        """Nothing shown (the curtain, another item)."""
        self._pixmap = QPixmap()
        self.picture.clear()
        self.caption.clear()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        if self._pixmap.isNull():
            return
        room = self.picture.size()
        pixmap = self._pixmap
        if pixmap.width() > room.width() or pixmap.height() > room.height():
            pixmap = pixmap.scaled(
                room, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
            )
        self.picture.setPixmap(pixmap)


class AgendaPictures(QWidget):
    """The row of "Show …" buttons under an agenda item, and the page they show."""

    def __init__(
        self, store: JournalStore, show_page: Callable[[QWidget | None], None], parent: QWidget
    ) -> None:
        super().__init__(parent)
        self._store = store
        self._show_page = show_page  # the coach view's: the picture's page, or None: the text
        self.page = PicturePage(parent)
        self.page.back_requested.connect(lambda: self._show_page(None))
        self._row = QHBoxLayout(self)
        self._row.setContentsMargins(0, 0, 0, 0)
        self._row.setSpacing(GRID)
        self._buttons: list[QPushButton] = []
        self._offered: list[Attachment] = []
        self.hide()

    def show_for(self, item: AgendaItem | None) -> None:
        """Offer the pictures of `item` (none: hide the row)."""
        self.page.clear()
        for button in self._buttons:
            button.hide()
            button.deleteLater()
        self._buttons = []
        while self._row.count():
            self._row.takeAt(0)
        self._offered = offered_pictures(item, self._store) if item is not None else []
        for attachment in self._offered:
            button = QPushButton(self.tr("Show %1").replace("%1", attachment.name), self)
            button.setAccessibleName(self.tr("Show the picture %1").replace("%1", attachment.name))
            set_role(button, "quiet")
            button.clicked.connect(lambda _=False, a=attachment: self.show_picture(a))
            self._row.addWidget(button)
            self._buttons.append(button)
        self._row.addStretch(1)
        self.setVisible(bool(self._offered))

    def show_picture(self, attachment: Attachment) -> None:
        """The picture large, in the item's place."""
        try:
            data = self._store.attachment_data(attachment.id)
        except (KeyError, JournalError):
            return
        image = run_busy(self, self.tr("Opening the picture…"), lambda: decode(data, LARGEST))
        if image.isNull():
            return  # a HEIC this computer's Qt cannot draw: nothing to show the coach
        self.page.show_picture(QPixmap.fromImage(image), attachment.name)
        self._show_page(self.page)
        self.page.back.setFocus()

    def buttons(self) -> list[QPushButton]:
        """The "Show …" buttons (tests)."""
        return list(self._buttons)
