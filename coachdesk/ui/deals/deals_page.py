"""Deals and customers: every deal and customer named in the journal on the left, the one
chosen on the right with its whole story in time order."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QUrl, Signal, Slot
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from coachdesk.coaching.deals import Listing, Story, Subject, SubjectKind
from coachdesk.storage import JournalStore
from coachdesk.ui.common.formatting import short_date
from coachdesk.ui.common.painting import SubtitleRole, TitledRowDelegate
from coachdesk.ui.common.shortcuts import key_text
from coachdesk.ui.common.theme import GRID, QUESTION_SCALE, scaled_font, set_role
from coachdesk.ui.deals.story_html import StoryWords, story_html
from coachdesk.ui.journal.reflection_text import ReflectionText


class DealsPage(QWidget):
    """The Deals list beside one deal's (or customer's) story."""

    open_requested = Signal(object)  # a reflection id: read it whole in the journal

    def __init__(self, store: JournalStore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._listings: list[Listing] = []
        self.story: Story | None = None
        self._words = StoryWords(self)
        title = QLabel(self.tr("Deals and customers"), self)
        title.setFont(scaled_font(self, QUESTION_SCALE))
        intro = QLabel(
            self.tr(
                "Every deal and customer you named in a reflection. Pick one to read its"
                " whole story, oldest first."
            ),
            self,
        )
        intro.setWordWrap(True)
        set_role(intro, "soft")
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Deals and customers"))
        self.list.setItemDelegate(TitledRowDelegate(self.list))
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.currentRowChanged.connect(self._on_list_current_row_changed)
        self.list.itemActivated.connect(self._on_list_item_activated)
        self.text = ReflectionText(self)
        self.text.setAccessibleName(self.tr("The story"))
        self.text.anchorClicked.connect(self._on_text_anchor_clicked)
        self._empty = QLabel(
            self.tr(
                "No deals yet. Name the customer and the deal of a reflection with"
                " Customer, deal and tags (%1): everything about them gathers here."
            ).replace("%1", key_text("details")),
            self,
        )
        self._empty.setWordWrap(True)
        set_role(self._empty, "soft")
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(self.list)
        split.addWidget(self.text)
        split.setSizes([GRID * 40, GRID * 90])
        split.setStretchFactor(1, 1)
        split.setChildrenCollapsible(False)
        split.setHandleWidth(1)
        self.list.setMinimumWidth(GRID * 30)
        column = QVBoxLayout(self)
        column.setContentsMargins(4 * GRID, 4 * GRID, 4 * GRID, 3 * GRID)
        column.setSpacing(2 * GRID)
        column.addWidget(title)
        column.addWidget(intro)
        column.addWidget(self._empty)
        column.addWidget(split, 1)
        self._split = split

    def refresh(self, chosen: Subject | None = None) -> None:
        """Read the list again; show `chosen` (else the one on show, else the first)."""
        if chosen is None and self.story is not None:
            chosen = self.story.subject
        self._listings = self._store.deal_listings()
        self.list.blockSignals(True)  # one story drawn at the end, not one per row
        self.list.clear()
        for listing in self._listings:
            head = listing.subject.name
            below = self._subtitle(listing)
            item = QListWidgetItem(head)
            item.setData(SubtitleRole, below)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{head}. {below}")
            self.list.addItem(item)
        self.list.blockSignals(False)
        self._empty.setVisible(not self._listings)
        self._split.setVisible(bool(self._listings))
        row = self._row_of(chosen) if chosen is not None else 0
        if chosen is not None and row < 0:
            self.list.setCurrentRow(-1)
            self._show(chosen)  # named in the reflection, yet no longer in the list
            return
        self.list.setCurrentRow(row if self._listings else -1)
        self._on_list_current_row_changed(self.list.currentRow())

    def _subtitle(self, listing: Listing) -> str:
        kind = self.tr("Deal") if listing.subject.kind is SubjectKind.DEAL else self.tr("Customer")
        parts = [kind]
        if listing.other:
            parts.append(listing.other)
        if listing.outcome is not None:
            parts.append(self._words.outcome(listing.outcome).lower())
        parts.append(short_date(listing.last.astimezone().date()))
        return " · ".join(parts)

    def _row_of(self, subject: Subject) -> int:
        for row, listing in enumerate(self._listings):
            same = listing.subject.name.casefold() == subject.name.strip().casefold()
            if listing.subject.kind is subject.kind and same:
                return row
        return -1

    def show_subject(self, subject: Subject) -> None:
        """Read the list again and show this deal or customer."""
        self.refresh(subject)

    def current(self) -> Listing | None:
        """The deal or customer chosen in the list."""
        row = self.list.currentRow()
        return self._listings[row] if 0 <= row < len(self._listings) else None

    @Slot(int)
    def _on_list_current_row_changed(self, _row: int) -> None:
        listing = self.current()
        if listing is None:
            self.story = None
            self.text.show_page("", [])
            self.text.setAccessibleName(self.tr("The story"))
            return
        self._show(listing.subject)

    def _show(self, subject: Subject) -> None:
        self.story = self._store.deal_story(subject)
        soft = self.palette().color(QPalette.ColorRole.PlaceholderText).name()
        html, buttons = story_html(self.story, self._words, soft, self.font().pointSizeF())
        self.text.show_page(html, buttons)
        self.text.setAccessibleName(self.tr("Story of %1").replace("%1", subject.name))

    @Slot(QListWidgetItem)
    def _on_list_item_activated(self, _item: QListWidgetItem) -> None:
        self.text.setFocus()  # Enter: read the story

    @Slot(QUrl)
    def _on_text_anchor_clicked(self, url: QUrl) -> None:
        if url.scheme() == "reflection":
            self.open_requested.emit(int(url.path()))

    def page_text(self) -> str:
        """The story on show as plain text (tests, screen readers)."""
        return self.text.page_text() if self.story is not None else ""

    def take_focus(self) -> None:
        """The keyboard starts in the list (or on the story when there is no list)."""
        if self._listings:
            self.list.setFocus()
        else:
            self.text.setFocus()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and self.story is not None:
            self._show(self.story.subject)  # its colours are in the HTML
