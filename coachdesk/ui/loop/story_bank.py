"""The story bank: your customer stories, each one line, ready to tell again."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QEvent, Qt, Signal, Slot
from PySide6.QtGui import QGuiApplication, QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from coachdesk.coaching.stories import Story, as_text, story_of
from coachdesk.storage import JournalStore
from coachdesk.ui.common.formatting import short_date
from coachdesk.ui.common.painting import SubtitleRole, TitledRowDelegate
from coachdesk.ui.common.shortcuts import key_text
from coachdesk.ui.common.theme import GRID, QUESTION_SCALE, scaled_font, set_role


class StoryBank(QWidget):
    """Stories on the left; the one chosen, in full, on the right, with Copy as text."""

    open_requested = Signal(object)  # a reflection id
    copied = Signal()

    def __init__(self, store: JournalStore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._stories: list[Story] = []
        title = QLabel(self.tr("Story bank"), self)
        title.setFont(scaled_font(self, QUESTION_SCALE))
        intro = QLabel(
            self.tr("Tell stories to make stories: which of these does your next customer need?"),
            self,
        )
        intro.setWordWrap(True)
        set_role(intro, "soft")
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Customer stories"))
        self.list.setItemDelegate(TitledRowDelegate(self.list))
        self.list.currentRowChanged.connect(self._on_list_current_row_changed)
        self.list.itemActivated.connect(self._on_list_item_activated)
        # Read-only text, not a QTextBrowser, which Qt 6.11 gives AT-SPI as a label: a
        # screen reader reads this one line by line with a caret.
        self.text = QTextEdit(self)
        self.text.setReadOnly(True)
        self.text.setTabChangesFocus(True)
        self.text.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByKeyboard
            | Qt.TextInteractionFlag.TextSelectableByMouse
        )
        self.text.setAccessibleName(self.tr("The story"))
        self.copy = QPushButton(self.tr("Copy as text"), self)
        self.copy.setAccessibleName(self.tr("Copy the story as text"))
        self.copy.setToolTip(
            QKeySequence(QKeySequence.StandardKey.Copy).toString(
                QKeySequence.SequenceFormat.NativeText
            )
        )
        set_role(self.copy, "primary")
        self.copy.clicked.connect(self.copy_current)
        self.open = QPushButton(self.tr("Open in journal"), self)
        self.open.setAccessibleName(self.tr("Open the story in the journal"))
        set_role(self.open, "quiet")
        self.open.clicked.connect(self._on_open_clicked)
        QShortcut(QKeySequence.StandardKey.Copy, self.list, self.copy_current)
        self._empty = QLabel(
            self.tr(
                "No stories yet. After a customer got real value from your work, start a "
                "Customer story (%1): it will be here, ready to tell."
            ).replace("%1", key_text("new")),
            self,
        )
        self._empty.setWordWrap(True)
        set_role(self._empty, "soft")

        right = QWidget(self)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.open)
        buttons.addWidget(self.copy)
        right_column = QVBoxLayout(right)
        right_column.setContentsMargins(0, 0, 0, 0)
        right_column.addWidget(self.text, 1)
        right_column.addLayout(buttons)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(self.list)
        split.addWidget(right)
        split.setSizes([GRID * 45, GRID * 80])
        split.setHandleWidth(1)
        column = QVBoxLayout(self)
        column.setContentsMargins(4 * GRID, 4 * GRID, 4 * GRID, 3 * GRID)
        column.setSpacing(2 * GRID)
        column.addWidget(title)
        column.addWidget(intro)
        column.addWidget(self._empty)
        column.addWidget(split, 1)
        self._split = split

    def refresh(self) -> None:
        """Read the stories again."""
        self._stories = [story_of(r) for r in self._store.stories()]
        self.list.clear()
        for story in self._stories:
            head = " · ".join(p for p in (story.customer, short_date(story.created_at.date())) if p)
            themes = "  ".join(f"#{t}" for t in story.themes)
            below = f"{themes}  {story.summary}" if themes else story.summary
            item = QListWidgetItem(head)
            item.setData(SubtitleRole, below)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{head}. {story.summary} {themes}")
            self.list.addItem(item)
        self._empty.setVisible(not self._stories)
        self._split.setVisible(bool(self._stories))
        if self._stories:
            self.list.setCurrentRow(0)

    def current(self) -> Story | None:
        """The story chosen in the list."""
        row = self.list.currentRow()
        return self._stories[row] if 0 <= row < len(self._stories) else None

    @Slot(int)
    def _on_list_current_row_changed(self, _row: int) -> None:
        story = self.current()
        if story is None:
            self.text.clear()
            self.text.setAccessibleName(self.tr("The story"))
            return
        who = story.customer or short_date(story.created_at.date())
        self.text.setAccessibleName(self.tr("Story: %1").replace("%1", who))
        soft = self.palette().color(QPalette.ColorRole.PlaceholderText).name()
        paragraphs = as_text(story).strip().split("\n\n")
        size = self.font().pointSizeF() * 1.3
        html = [f"<p style='font-size:{size:.1f}pt'>{escape(paragraphs[0])}</p>"]
        for part in paragraphs[1:]:
            prompt, _, answer = part.partition("\n")
            if answer:
                html.append(  # the question as a heading, in its quiet tone
                    f"<h3 style='color:{soft}; font-size:{self.font().pointSizeF():.1f}pt;"
                    f" font-weight:normal; margin-bottom:0'>{escape(prompt)}</h3>"
                )
                html.append(f"<p style='white-space: pre-wrap'>{escape(answer)}</p>")
            else:
                html.append(f"<p>{escape(prompt)}</p>")
        self.text.setHtml("".join(html))

    @Slot()
    def copy_current(self) -> None:
        """Ctrl+C: the story as plain text on the clipboard."""
        story = self.current()
        if story is not None:
            QGuiApplication.clipboard().setText(as_text(story))
            self.copied.emit()

    @Slot(QListWidgetItem)
    def _on_list_item_activated(self, _item: QListWidgetItem) -> None:
        self._on_open_clicked()

    @Slot()
    def _on_open_clicked(self) -> None:
        story = self.current()
        if story is not None:
            self.open_requested.emit(story.reflection_id)

    def take_focus(self) -> None:
        """The keyboard starts in the list."""
        self.list.setFocus()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:  # light to dark: the soft colour
            self._on_list_current_row_changed(self.list.currentRow())
