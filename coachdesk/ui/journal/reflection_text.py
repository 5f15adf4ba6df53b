"""A reflection as read-only text with a caret, and real buttons under its answers."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QUrl, Signal, Slot
from PySide6.QtGui import QResizeEvent, QTextBlock, QTextBlockFormat, QTextCursor
from PySide6.QtWidgets import QPushButton, QTextEdit, QWidget

from coachdesk.ui.common.theme import GRID, READING_WIDTH_CHARS, set_role

# The text of an empty line in the page where a button sits: a word joiner, which a screen
# reader does not speak.
BUTTON_LINE = "\u2060"


class ReflectionText(QTextEdit):
    """A read-only page whose lines stay about seventy characters wide.

    A read-only QTextEdit, not a QTextBrowser: Qt 6.11 exposes a browser to AT-SPI as a
    label (nothing read, no caret), a read-only edit as text a screen reader moves through.
    Links in a text are no accessible objects, so what can be done to an answer is a button,
    laid over an empty line under that answer; pressing one says `anchorClicked`.
    """

    anchorClicked = Signal(QUrl)  # noqa: N815 (the name QTextBrowser used)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setReadOnly(True)
        self.setTabChangesFocus(True)
        self.setUndoRedoEnabled(False)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByKeyboard
            | Qt.TextInteractionFlag.TextSelectableByMouse
        )
        self.setAccessibleName(self.tr("Reflection"))
        self.setObjectName("reading")  # the calm page of the theme: no frame, no white box
        self._buttons: list[QPushButton] = []
        self.verticalScrollBar().valueChanged.connect(self._place_buttons)
        # The layout of a long page finishes in steps: every step may move the empty lines
        # the buttons sit on, not only the ones that change the page's size.
        layout = self.document().documentLayout()
        layout.documentSizeChanged.connect(self._place_buttons)
        layout.update.connect(self._place_buttons)

    def resizeEvent(self, event: QResizeEvent) -> None:
        column = self.fontMetrics().averageCharWidth() * READING_WIDTH_CHARS
        side = max(3 * GRID, (self.width() - column) // 2)
        self.setViewportMargins(side, 2 * GRID, side, 2 * GRID)
        super().resizeEvent(event)
        self._place_buttons()

    def show_page(self, html: str, buttons: list[tuple[str, str, QUrl]]) -> None:
        """Show `html`; each (text, accessible name, url) becomes a button on a BUTTON_LINE."""
        # The page is made again after a button is pressed: focus stays on that answer's
        # button, which now says what it does next ("Share again: …").
        was_on = next((b.property("answer") for b in self._buttons if b.hasFocus()), None)
        for button in self._buttons:
            button.hide()  # at once: deleteLater waits for the event loop
            button.deleteLater()
        self._buttons = []
        self.setHtml(html)
        lines = [block for block in self._blocks() if block.text() == BUTTON_LINE]
        before: QWidget = self
        for (text, name, url), block in zip(buttons, lines, strict=True):
            button = QPushButton(text, self.viewport())
            button.setAccessibleName(name)
            set_role(button, "quiet")
            fixed = QTextBlockFormat(block.blockFormat())
            fixed.setLineHeight(
                button.sizeHint().height(), QTextBlockFormat.LineHeightTypes.FixedHeight.value
            )
            QTextCursor(block).setBlockFormat(fixed)
            button.clicked.connect(lambda _=False, u=url: self.anchorClicked.emit(u))
            button.installEventFilter(self)
            button.setProperty("block", block.blockNumber())
            button.setProperty("answer", url.path())
            button.show()
            if url.path() == was_on:
                button.setFocus()
            QWidget.setTabOrder(before, button)  # right after the text, in reading order
            before = button
            self._buttons.append(button)
        self._place_buttons()

    def _blocks(self) -> list[QTextBlock]:
        blocks = []
        block = self.document().begin()
        while block.isValid():
            blocks.append(block)
            block = block.next()
        return blocks

    @Slot()
    def _place_buttons(self) -> None:
        layout = self.document().documentLayout()
        for button in self._buttons:
            block = self.document().findBlockByNumber(int(button.property("block")))
            rect = layout.blockBoundingRect(block)
            button.adjustSize()
            button.move(
                int(rect.left()) - self.horizontalScrollBar().value() - GRID,
                int(rect.top()) - self.verticalScrollBar().value(),
            )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusIn and isinstance(watched, QPushButton):
            # Tab to a button below the fold brings it into view, as a scroll area would.
            top, bottom = watched.y(), watched.y() + watched.height()
            if top < 0 or bottom > self.viewport().height():
                bar = self.verticalScrollBar()
                bar.setValue(bar.value() + top - self.viewport().height() // 2)
        return super().eventFilter(watched, event)

    def buttons(self) -> list[QPushButton]:
        """The buttons under the answers, in reading order."""
        return list(self._buttons)

    def page_text(self) -> str:
        """What is on the page as plain text, the buttons' words where they stand."""
        lines = self.toPlainText().split("\n")
        words = iter(b.text() for b in self._buttons)
        return "\n".join(next(words, "") if line == BUTTON_LINE else line for line in lines)

    def go_to_anchor(self, name: str) -> None:
        """Put the caret (and the view) at the anchor `name`, so reading starts there."""
        for block in self._blocks():
            iterator = block.begin()
            while not iterator.atEnd():
                fragment = iterator.fragment()
                if name in fragment.charFormat().anchorNames():
                    cursor = QTextCursor(block)
                    self.setTextCursor(cursor)
                    self.scrollToAnchor(name)
                    return
                iterator += 1
