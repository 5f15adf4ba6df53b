"""The spelling part of an answer field's context menu: what a misspelt word may have meant,
"Add to my words", and the field's spelling language."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Slot
from PySide6.QtGui import QAction, QActionGroup, QFont, QTextCursor
from PySide6.QtWidgets import QMenu, QMessageBox, QPlainTextEdit

from coachdesk.spelling.checker import LANGUAGES
from coachdesk.spelling.words import words
from coachdesk.storage import StorageUnavailable
from coachdesk.ui.common.messages import describe
from coachdesk.ui.journal.spell_check import OFF, SpellCheck


def word_at(cursor: QTextCursor) -> tuple[int, str] | None:
    """The checked word at `cursor` (its position in the document, and the word)."""
    block = cursor.block()
    column = cursor.positionInBlock()
    for start, word in words(block.text()):
        if start <= column <= start + len(word):
            return block.position() + start, word
    return None


class SpellMenu(QObject):
    """Fills an answer field's context menu; suggestions arrive while it is open."""

    def __init__(
        self,
        edit: QPlainTextEdit,
        check: SpellCheck,
        language: str,
        menu: QMenu,
        cursor: QTextCursor,
        choose: Callable[[str], None],
    ) -> None:
        super().__init__(menu)
        self._edit = edit
        self._choose = choose
        self._check = check
        self._menu = menu
        self._language = language
        self.languages = QActionGroup(self)
        self._waiting: QAction | None = None
        self._found = word_at(cursor)
        self._word = ""
        # Qt's own entries (Undo, Cut, Paste…) come after the spelling's.
        first = menu.actions()[0] if menu.actions() else menu.addSeparator()
        if self._found is not None and language != OFF:
            self._word = self._found[1]
            misspelt = not check.speller.is_right(self._word, language)
            if misspelt:
                self._offer_suggestions(first)
                add = QAction(self.tr("Add “%1” to my words").replace("%1", self._word), menu)
                add.triggered.connect(self._on_add_triggered)
                menu.insertAction(first, add)
                menu.insertSeparator(first)
            elif check.is_own(self._word):
                remove = QAction(
                    self.tr("Remove “%1” from my words").replace("%1", self._word), menu
                )
                remove.triggered.connect(self._on_remove_triggered)
                menu.insertAction(first, remove)
                menu.insertSeparator(first)
        menu.addSeparator()
        menu.addMenu(self._language_menu())

    # Suggestions ---------------------------------------------------------------------------

    def _offer_suggestions(self, before: QAction) -> None:
        known = self._check.known_suggestions(self._word, self._language)
        if known is not None:
            self._add_suggestions(known, before)
            return
        self._waiting = QAction(self.tr("Looking for suggestions…"), self._menu)
        self._waiting.setEnabled(False)
        self._menu.insertAction(before, self._waiting)
        self._check.suggested.connect(self._on_check_suggested)
        self._check.seek_suggestions(self._word, self._language)

    @Slot(str, str, object)
    def _on_check_suggested(self, word: str, language: str, found: list[str]) -> None:
        if self._waiting is None or (word, language) != (self._word, self._language):
            return
        waiting, self._waiting = self._waiting, None
        self._add_suggestions(found, waiting)
        self._menu.removeAction(waiting)
        self._menu.adjustSize()  # an open menu grows to hold them

    def _add_suggestions(self, found: list[str], before: QAction) -> None:
        if not found:
            none = QAction(self.tr("No suggestions"), self._menu)
            none.setEnabled(False)
            self._menu.insertAction(before, none)
            return
        bold = QFont(self._menu.font())
        bold.setBold(True)
        for suggestion in found:
            action = QAction(suggestion, self._menu)
            action.setFont(bold)
            action.setData(suggestion)
            action.triggered.connect(self._on_suggestion_triggered)
            self._menu.insertAction(before, action)
        if self._menu.isVisible() and self._menu.activeAction() is None:
            self._menu.setActiveAction(self._menu.actions()[0])  # Enter takes the best

    @Slot()
    def _on_suggestion_triggered(self) -> None:
        action = self.sender()
        if not isinstance(action, QAction) or self._found is None:
            return
        start, word = self._found
        cursor = QTextCursor(self._edit.document())
        cursor.setPosition(start)
        cursor.setPosition(start + len(word), QTextCursor.MoveMode.KeepAnchor)
        cursor.insertText(str(action.data()))  # one step for Undo
        self._edit.setTextCursor(cursor)

    # My words ------------------------------------------------------------------------------

    @Slot()
    def _on_add_triggered(self) -> None:
        self._change_words(self._check.add_word)

    @Slot()
    def _on_remove_triggered(self) -> None:
        self._change_words(self._check.remove_word)

    def _change_words(self, change: Callable[[str], None]) -> None:
        try:
            change(self._word)
        except StorageUnavailable as error:
            QMessageBox.warning(self._edit, self.tr("My words"), describe(error))

    # The field's language ------------------------------------------------------------------

    def _language_menu(self) -> QMenu:
        menu = QMenu(self.tr("Spelling language"), self._menu)
        menu.setAccessibleName(self.tr("Spelling language of this answer"))
        names = {"nl": self.tr("Dutch"), "en": self.tr("English"), OFF: self.tr("Do not check")}
        for language in (*LANGUAGES, OFF):
            action = QAction(names[language], menu)
            action.setCheckable(True)
            action.setChecked(language == self._language)
            action.setData(language)
            self.languages.addAction(action)
            menu.addAction(action)
        self.languages.triggered.connect(self._on_languages_triggered)
        return menu

    @Slot(QAction)
    def _on_languages_triggered(self, action: QAction) -> None:
        self._choose(str(action.data()))
