"""Spell check for one text field: its underlines, its language, its context menu.

Attached to any QPlainTextEdit (the answer field has one). The word being typed is not
underlined until the cursor leaves it: half a word is no mistake yet.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, Slot
from PySide6.QtGui import QContextMenuEvent, QKeyEvent, QTextCursor
from PySide6.QtWidgets import QMenu, QPlainTextEdit

from coachdesk.spelling.words import words
from coachdesk.ui.journal.spell_check import OFF, FieldKey, SpellCheck, SpellHighlighter


class SpellField(QObject):
    """Checks the spelling of `edit` with `check`, as the answer it is told it holds."""

    def __init__(self, edit: QPlainTextEdit, check: SpellCheck) -> None:
        super().__init__(edit)
        self._edit = edit
        self._check = check
        self._key: FieldKey | None = None
        self._reflection: list[str] = []
        self._typing = False  # a key is being handled: the word at the cursor is held
        self._held: int | None = None  # where the word being typed is, until left
        self.highlighter = SpellHighlighter(edit.document(), check, self._held_at)
        self.highlighter.set_dark(self._is_dark())
        check.loaded.connect(self._on_check_loaded)
        check.words_changed.connect(self._on_check_words_changed)
        edit.cursorPositionChanged.connect(self._on_edit_cursor_position_changed)
        edit.installEventFilter(self)
        edit.viewport().installEventFilter(self)

    def _is_dark(self) -> bool:
        return self._edit.palette().base().color().lightness() < 128

    # The field's answer and language ---------------------------------------------------------

    def spell_as(self, key: FieldKey, reflection: Iterable[str]) -> None:
        """Check the field as the answer `key` of a reflection whose answers are
        `reflection` (its language follows theirs until one is chosen for it)."""
        self._key = key
        self._reflection = list(reflection)
        self._held = None
        self._check.start()
        self._check.meet(key[0])
        self._follow_language()

    @property
    def language(self) -> str:
        """The language the field is checked in ("nl", "en", or OFF)."""
        return self.highlighter.language if self._key is not None else OFF

    @Slot(str)
    def choose(self, language: str) -> None:
        """Check this answer in `language` (OFF: not at all) from now on."""
        if self._key is not None:
            self._check.choose(self._key, language)
            self._underline(language)

    def _follow_language(self) -> None:
        if self._key is not None:
            text = self._edit.toPlainText()
            self._underline(self._check.language_for(self._key, text, self._reflection))

    def _underline(self, language: str | None = None) -> None:
        """Underline again (in `language`, if given), the text unchanged."""
        if language is not None:
            self.highlighter.language = language
        # New underlines count as a change of the document, not as an edit of the answer.
        was = self._edit.blockSignals(True)
        try:
            self.highlighter.rehighlight()
        finally:
            self._edit.blockSignals(was)

    @Slot()
    def _on_check_loaded(self) -> None:
        self._follow_language()  # the language may be known better now

    @Slot()
    def _on_check_words_changed(self) -> None:
        self._underline()

    # The word being typed ------------------------------------------------------------------

    def _held_at(self) -> int | None:
        # While a key is handled the cursor already stands after what it typed.
        return self._edit.textCursor().position() if self._typing else self._held

    def release(self) -> None:
        """Underline the word that was being typed, if it is misspelt (text set anew)."""
        self._held = None

    @Slot()
    def _on_edit_cursor_position_changed(self) -> None:
        position = self._edit.textCursor().position()
        if self._typing:  # the letter is in: its word stays held until the cursor leaves it
            self._held, self._typing = position, False
            return
        if self._held is None or self._in_same_word(self._held, position):
            return
        block = self._edit.document().findBlock(self._held)
        self._held = None
        was = self._edit.blockSignals(True)
        try:
            self.highlighter.rehighlightBlock(block)  # the word left behind
        finally:
            self._edit.blockSignals(was)

    def _in_same_word(self, held: int, position: int) -> bool:
        document = self._edit.document()
        block = document.findBlock(held)
        if not block.isValid() or document.findBlock(position) != block:
            return False
        column, now = held - block.position(), position - block.position()
        for start, word in words(block.text()):
            if start <= column <= start + len(word):
                return start <= now <= start + len(word)
        return False

    # Keys, the context menu, the look ----------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        kind = event.type()
        if kind == QEvent.Type.ContextMenu and isinstance(event, QContextMenuEvent):
            # A click's menu comes through the viewport, in its coordinates; the keyboard's
            # through the field.
            if event.reason() == QContextMenuEvent.Reason.Keyboard:
                self._show_menu(self._edit.textCursor(), None)
            else:
                at = self._edit.cursorForPosition(
                    event.pos() if watched is not self._edit else self._in_viewport(event.pos())
                )
                self._show_menu(at, event.globalPos())
            return True
        if watched is not self._edit:
            return False
        if kind == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            shift = event.modifiers() == Qt.KeyboardModifier.ShiftModifier
            if event.key() == Qt.Key.Key_Menu or (event.key() == Qt.Key.Key_F10 and shift):
                # The menu from the keyboard, at the cursor, on every platform (Qt makes
                # these keys a context menu only on some).
                self._show_menu(self._edit.textCursor(), None)
                return True
            # A letter typed (or taken back) holds its word; a space or a stop ends it, and
            # the change it makes underlines the word at once.
            text = event.text()
            erasing = event.key() in (Qt.Key.Key_Backspace, Qt.Key.Key_Delete)
            self._typing = erasing or (bool(text) and (text.isalpha() or text in "'’-"))
            if text and not self._typing:
                self._held = None
        elif kind == QEvent.Type.FocusOut and self._held is not None:
            self._held = None
            self._underline()
        elif kind == QEvent.Type.PaletteChange:
            self.highlighter.set_dark(self._is_dark())
            self._underline()  # the light look's red, or the dark one's
        return False

    def _in_viewport(self, point: QPoint) -> QPoint:
        return self._edit.viewport().mapFrom(self._edit, point)

    def context_menu(self, at: QTextCursor) -> QMenu:
        """The field's context menu for the text at `at`: Qt's own, the spelling on top."""
        menu = self._edit.createStandardContextMenu()
        menu.setAccessibleName(self.tr("Answer menu"))
        if self._key is not None:
            from coachdesk.ui.journal.spell_menu import SpellMenu  # when first asked for

            SpellMenu(self._edit, self._check, self.language, menu, at, self.choose)
        return menu

    def _show_menu(self, at: QTextCursor, where: QPoint | None) -> None:
        menu = self.context_menu(at)
        if where is None:  # below the word at the cursor
            where = self._edit.viewport().mapToGlobal(self._edit.cursorRect(at).bottomLeft())
        menu.exec(where)
        menu.deleteLater()
