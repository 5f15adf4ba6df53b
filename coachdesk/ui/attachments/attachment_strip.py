"""A reflection's pictures and files under its text: thumbnails to look at, a line per file
to open, each with a menu (and the Delete key) to remove it."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, QSize, Qt, Signal, SignalInstance
from PySide6.QtGui import QIcon, QImage, QKeyEvent, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from coachdesk.coaching.attachments import MB, Attachment
from coachdesk.ui.attachments.adding import kind_label
from coachdesk.ui.attachments.thumbnails import THUMB
from coachdesk.ui.common.theme import GRID, READING_WIDTH_CHARS, set_role


def size_text(size: int) -> str:
    """ "840 KB", "3.2 MB": a file's size as people say it."""
    if size >= MB:
        return f"{size / MB:.1f} MB"
    return f"{max(1, round(size / 1024))} KB"


def kind_text(attachment: Attachment) -> str:
    """What the file is, in words ("PDF document")."""
    return kind_label(attachment.kind, attachment.media_type)


def _square(image: QImage) -> QPixmap:
    # Centred on a clear square tile: every caption then sits at the same height.
    tile = QPixmap(THUMB, THUMB)
    tile.fill(Qt.GlobalColor.transparent)
    painter = QPainter(tile)
    painter.drawImage((THUMB - image.width()) // 2, (THUMB - image.height()) // 2, image)
    painter.end()
    return tile


class AttachmentStrip(QWidget):
    """Pictures as thumbnails, then the other files, one line each."""

    view_requested = Signal(int)  # attachment id: a picture, large
    open_requested = Signal(int)  # attachment id: a file, in its own program
    remove_requested = Signal(int)  # attachment id: after asking
    add_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Pictures and files"))
        self._title = QLabel(self.tr("Pictures and files"), self)
        set_role(self._title, "soft")
        self._title.setContentsMargins(GRID, 0, 0, 0)  # in line with the pictures and files
        self._add = QPushButton(self.tr("Add…"), self)
        self._add.setAccessibleName(self.tr("Add a picture or file to this reflection"))
        set_role(self._add, "quiet")
        self._add.clicked.connect(self.add_requested)
        head = QHBoxLayout()
        head.setContentsMargins(0, 0, 0, 0)
        head.addWidget(self._title)
        head.addStretch(1)
        head.addWidget(self._add)
        # The pictures in one row that scrolls sideways when there are many.
        self._row = QWidget(self)
        self._row.setBackgroundRole(QPalette.ColorRole.Base)
        self._pictures = QHBoxLayout(self._row)
        self._pictures.setContentsMargins(0, 0, 0, 0)
        self._pictures.setSpacing(GRID)
        self._scroll = QScrollArea(self)
        self._scroll.setFrameShape(QFrame.Shape.NoFrame)
        self._scroll.setBackgroundRole(QPalette.ColorRole.Base)
        self._scroll.setWidgetResizable(True)
        self._scroll.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._scroll.setWidget(self._row)
        self._scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the pictures
        self._scroll.setFixedHeight(
            self._tile().height() + self._scroll.horizontalScrollBar().sizeHint().height()
        )
        self._files = QVBoxLayout()
        self._files.setContentsMargins(0, 0, 0, 0)
        self._files.setSpacing(0)
        # On the page's own surface, in the reading column, as if under the text.
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.Base)
        inner = QVBoxLayout()
        inner.setContentsMargins(0, 0, 0, 0)
        inner.setSpacing(GRID)
        inner.addLayout(head)
        inner.addWidget(self._scroll)
        inner.addLayout(self._files)
        self._column = QWidget(self)
        self._column.setLayout(inner)
        width = self.fontMetrics().averageCharWidth() * READING_WIDTH_CHARS
        self._column.setMaximumWidth(width + 2 * GRID)
        across = QHBoxLayout(self)
        across.setContentsMargins(2 * GRID, GRID, 2 * GRID, 2 * GRID)
        across.addStretch(1)
        across.addWidget(self._column, 100)
        across.addStretch(1)
        self._items: dict[int, QToolButton | QPushButton] = {}
        self._read_only = False

    def set_read_only(self, read_only: bool) -> None:
        """A journal open only for reading: look and open, nothing added or removed."""
        self._read_only = read_only
        self._add.setVisible(not read_only)

    def show_attachments(
        self,
        attachments: list[Attachment],
        private: set[int],
        questions: dict[str, str] | None = None,
    ) -> None:
        """Show `attachments` (those in `private` marked so, each of an answer saying which
        question, from `questions` by id); hidden when there are none."""
        for item in self._items.values():
            item.hide()  # at once: deleteLater waits for the event loop
            item.deleteLater()
        self._items = {}
        while self._pictures.count():
            self._pictures.takeAt(0)
        for attachment in attachments:
            secret = attachment.id in private
            if attachment.is_image:
                self._items[attachment.id] = self._picture(attachment, secret)
            else:
                self._items[attachment.id] = self._file(attachment, secret)
            asked = (questions or {}).get(attachment.question_id or "")
            if asked:
                item = self._items[attachment.id]
                with_answer = self.tr("With the answer to: %1").replace("%1", asked)
                item.setToolTip(item.toolTip() + "\n" + with_answer)
        self._pictures.addStretch(1)
        self._scroll.setVisible(any(a.is_image for a in attachments))
        self.setVisible(bool(attachments))

    def _tile(self) -> QSize:
        # Every picture the same tile, its caption on one line under it.
        return QSize(THUMB + 2 * GRID, THUMB + self.fontMetrics().height() + 2 * GRID)

    def _picture(self, attachment: Attachment, secret: bool) -> QToolButton:
        button = QToolButton(self._row)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextUnderIcon)
        button.setAutoRaise(True)
        button.setIconSize(QSize(THUMB, THUMB))
        button.setFixedSize(self._tile())
        caption = self.fontMetrics().elidedText(
            attachment.name, Qt.TextElideMode.ElideMiddle, THUMB + GRID
        )
        button.setText(self.tr("Private") + " · " + caption if secret else caption)
        name = self.tr("Picture %1, %2: show it large").replace("%1", attachment.name)
        name = name.replace("%2", size_text(attachment.size))
        if secret:
            name += ". " + self.tr("Private: never shown to your coach.")
        button.setAccessibleName(name)
        button.setToolTip(attachment.name)
        button.setProperty("kind", kind_text(attachment))
        button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        button.clicked.connect(lambda _=False, i=attachment.id: self.view_requested.emit(i))
        self._menu_for(button, attachment, self.tr("Show large"), self.view_requested)
        self._pictures.addWidget(button)
        return button

    def _file(self, attachment: Attachment, secret: bool) -> QPushButton:
        words = [attachment.name, kind_text(attachment), size_text(attachment.size)]
        if secret:
            words.append(self.tr("private"))
        button = QPushButton("  ·  ".join(words), self._column)
        set_role(button, "quiet")
        button.setStyleSheet(f"text-align: left; padding-left: {GRID}px")
        button.setAccessibleName(
            self.tr("Open %1 (%2, %3)")
            .replace("%1", attachment.name)
            .replace("%2", kind_text(attachment))
            .replace("%3", size_text(attachment.size))
        )
        button.setToolTip(self.tr("Opens in the program this computer uses for it"))
        button.clicked.connect(lambda _=False, i=attachment.id: self.open_requested.emit(i))
        self._menu_for(button, attachment, self.tr("Open"), self.open_requested)
        self._files.addWidget(button)
        return button

    def _menu_for(
        self, item: QWidget, attachment: Attachment, first: str, signal: SignalInstance
    ) -> None:
        item.setProperty("attachment", attachment.id)
        item.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        item.customContextMenuRequested.connect(
            lambda at, w=item, a=attachment.id, f=first, s=signal: self._show_menu(w, at, a, f, s)
        )
        item.installEventFilter(self)

    def _show_menu(
        self, item: QWidget, at: QPoint, attachment_id: int, first: str, signal: SignalInstance
    ) -> None:
        menu = QMenu(item)
        menu.setAccessibleName(self.tr("Picture or file"))
        menu.addAction(first, lambda: signal.emit(attachment_id))
        if not self._read_only:
            menu.addAction(self.tr("Remove…"), lambda: self.remove_requested.emit(attachment_id))
        menu.popup(item.mapToGlobal(at))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Delete on a picture or file removes it (after asking), not the whole reflection
        # (the window's Del): the item takes the key before the window's shortcut does.
        removing = (
            isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace)
            and not self._read_only
        )
        if removing and event.type() == QEvent.Type.ShortcutOverride:
            event.accept()
            return True
        if removing and event.type() == QEvent.Type.KeyPress:
            self.remove_requested.emit(int(watched.property("attachment")))
            return True
        return super().eventFilter(watched, event)

    def set_thumbnail(self, attachment_id: int, image: QImage) -> None:
        """The picture's thumbnail, once made (a plain mark when it cannot be shown)."""
        item = self._items.get(attachment_id)
        if not isinstance(item, QToolButton):
            return
        if image.isNull():  # a HEIC without Qt's plug-in: a quiet tile saying what it is
            item.setIcon(QIcon(self._placeholder(str(item.property("kind")))))
            item.setToolTip(
                item.toolTip() + "\n" + self.tr("This computer cannot show this picture")
            )
            return
        item.setIcon(QIcon(_square(image)))

    def _placeholder(self, kind: str) -> QPixmap:
        tile = QPixmap(THUMB, THUMB)
        tile.fill(Qt.GlobalColor.transparent)
        painter = QPainter(tile)
        painter.setPen(self.palette().color(QPalette.ColorRole.Mid))
        painter.setBrush(self.palette().color(QPalette.ColorRole.Window))
        painter.drawRoundedRect(tile.rect().adjusted(GRID, GRID, -GRID - 1, -GRID - 1), 6, 6)
        painter.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
        painter.drawText(tile.rect(), Qt.AlignmentFlag.AlignCenter, kind)
        painter.end()
        return tile

    def items(self) -> dict[int, QToolButton | QPushButton]:
        """The shown items by attachment id (tests, focus)."""
        return dict(self._items)
