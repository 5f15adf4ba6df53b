"""Spell check in the answer field: misspelt words underlined as typed, in the reflection's
language (Dutch or English) or the one chosen for the field; suggestions and "Add to my
words" in the context menu, the words kept inside the journal and nowhere else."""

from __future__ import annotations

import os
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QContextMenuEvent, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QApplication, QMenu
from pytestqt.qtbot import QtBot

from coachdesk.coaching.flows import FlowLibrary
from coachdesk.coaching.reflections import Answer
from coachdesk.spelling.checker import Speller
from coachdesk.storage import JournalStore
from coachdesk.ui.journal.answer_editors import TextAnswer
from coachdesk.ui.journal.guided import GuidedPage
from coachdesk.ui.journal.journal_view import JournalView
from tests.ui.conftest import OpenWindow
from tests.ui.keyboard import press, type_text

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
DUTCH = "De klant wilde eigenlijk geen afspraak maar ik heb goed doorgevraagd."


def underlined(edit: TextAnswer) -> list[str]:
    """The words drawn with a spell-check underline, in order."""
    found = []
    block = edit.document().begin()
    while block.isValid():
        for piece in block.layout().formats():
            style = piece.format.underlineStyle()
            if style == QTextCharFormat.UnderlineStyle.SpellCheckUnderline:
                found.append(block.text()[piece.start : piece.start + piece.length])
        block = block.next()
    return found


def start_debrief(view: JournalView, earlier: str = "") -> TextAnswer:
    """A new deal debrief on its first question (free text), its dictionaries loaded;
    `earlier` is given as the answer to a later question, as if written before."""
    store = view._store
    flow = view._library.get("deal-debrief")
    assert flow is not None
    reflection = store.start(flow)
    if earlier:
        question = next(q for q in flow.questions if q.id == "happened")
        store.save_answer(reflection.id, replace(Answer.blank(question, 3), text=earlier))
    view.enter_guided(reflection.id, at=0)
    edit = view.guided.text_editor()
    assert view.guided.spelling.wait_until_loaded()
    QApplication.processEvents()  # the loaded signals, queued from the loading thread
    return edit


def question_id(view: JournalView) -> str:
    question = view.guided.current_question()
    assert question is not None
    return question.id


def cursor_in(edit: TextAnswer, word: str) -> QTextCursor:
    cursor = edit.textCursor()
    cursor.setPosition(edit.toPlainText().index(word) + 1)
    return cursor


def texts(menu: QMenu) -> list[str]:
    return [a.text() for a in menu.actions() if not a.isSeparator()]


def action(menu: QMenu, text: str) -> QAction:
    found = [a for a in menu.actions() if a.text() == text]
    for sub in menu.findChildren(QMenu):
        found += [a for a in sub.actions() if a.text() == text]
    assert found, f"{text!r} not in {texts(menu)}"
    return found[0]


def test_english_misspellings_are_underlined_as_typed(
    qtbot: QtBot, open_window: OpenWindow
) -> None:
    edit = start_debrief(open_window())
    assert edit.spelling_language() == "en"  # the window's language, nothing written yet
    edit.setFocus()
    type_text(qtbot, "The custmer wanted a meetng before the proposal.")
    assert underlined(edit) == ["custmer", "meetng"]
    type_text(qtbot, "\nShe said it was too expensiv")
    # The word being typed waits until it is left: half a word is no mistake yet.
    assert underlined(edit) == ["custmer", "meetng"]
    press(qtbot, Qt.Key.Key_Home)
    assert underlined(edit) == ["custmer", "meetng", "expensiv"]
    press(qtbot, Qt.Key.Key_End)
    type_text(qtbot, "e and they bougt")
    assert underlined(edit) == ["custmer", "meetng"]  # "expensive" now right
    type_text(qtbot, " it")
    assert underlined(edit) == ["custmer", "meetng", "bougt"]


def test_a_dutch_reflection_is_checked_in_dutch(qtbot: QtBot, open_window: OpenWindow) -> None:
    edit = start_debrief(open_window(), earlier=DUTCH)
    assert edit.spelling_language() == "nl"
    edit.setFocus()
    type_text(qtbot, "Het verkoopgesprk ging eigelijk goed, the customer was happy")
    assert underlined(edit) == ["verkoopgesprk", "eigelijk", "customer"]


def test_suggestions_replace_the_word_in_both_languages(
    qtbot: QtBot, open_window: OpenWindow
) -> None:
    view = open_window()
    edit = start_debrief(view)
    edit.set_value("The custmer called.")
    menu = edit.context_menu(cursor_in(edit, "custmer"))
    qtbot.waitUntil(lambda: "customer" in texts(menu))
    assert texts(menu)[0] == "customer"  # the best one first, before Qt's own entries
    entries = texts(menu)
    qt_own = next(i for i, text in enumerate(entries) if text.startswith("&Undo"))
    assert entries.index("Add “custmer” to my words") < qt_own
    assert entries[-1] == "Spelling language"
    action(menu, "customer").trigger()
    assert edit.toPlainText() == "The customer called."
    assert underlined(edit) == []

    edit = start_debrief(view, earlier=DUTCH)
    edit.set_value("Het was eigelijk goed.")
    menu = edit.context_menu(cursor_in(edit, "eigelijk"))
    qtbot.waitUntil(lambda: "eigenlijk" in texts(menu))
    action(menu, "eigenlijk").trigger()
    assert edit.toPlainText() == "Het was eigenlijk goed."


def test_add_to_my_words_is_kept_in_the_journal_only(
    qtbot: QtBot, open_window: OpenWindow, journal_path: Path, tmp_path: Path
) -> None:
    view = open_window()
    edit = start_debrief(view)
    edit.set_value("Call Qwertzuidkamp about the renewal.")
    assert underlined(edit) == ["Qwertzuidkamp"]
    menu = edit.context_menu(cursor_in(edit, "Qwertzuidkamp"))
    action(menu, "Add “Qwertzuidkamp” to my words").trigger()
    assert underlined(edit) == []
    assert view._store.own_words() == ["Qwertzuidkamp"]
    # A misspelt customer's name now suggests the right one, first.
    edit.set_value("Call Qwertzuidkmp again.")
    menu = edit.context_menu(cursor_in(edit, "Qwertzuidkmp"))
    qtbot.waitUntil(lambda: "Qwertzuidkamp" in texts(menu))
    assert texts(menu)[0] == "Qwertzuidkamp"
    # Nowhere but in the journal: not in settings, caches or any other file of the user's.
    journal_files = {journal_path, Path(f"{journal_path}-wal"), Path(f"{journal_path}-shm")}
    folders = [tmp_path, Path(os.environ["XDG_CONFIG_HOME"]), Path(os.environ["XDG_DATA_HOME"])]
    for folder in folders:
        for path in folder.rglob("*"):
            if path.is_file() and path not in journal_files:
                assert b"Qwertzuidkamp" not in path.read_bytes(), path
    # Taken off the list again from the same menu.
    edit.set_value("Call Qwertzuidkamp.")
    menu = edit.context_menu(cursor_in(edit, "Qwertzuidkamp"))
    action(menu, "Remove “Qwertzuidkamp” from my words").trigger()
    assert view._store.own_words() == []
    assert underlined(edit) == ["Qwertzuidkamp"]


def test_each_answer_field_can_switch_its_language(qtbot: QtBot, open_window: OpenWindow) -> None:
    view = open_window()
    edit = start_debrief(view)
    edit.set_value("The customer agreed to meet again next month: afspraak gemaakt.")
    assert underlined(edit) == ["afspraak", "gemaakt"]
    menu = edit.context_menu(cursor_in(edit, "afspraak"))
    action(menu, "Dutch").trigger()
    assert edit.spelling_language() == "nl"
    assert underlined(edit) == ["customer", "agreed", "again", "next", "month"]
    menu = edit.context_menu(cursor_in(edit, "afspraak"))
    assert action(menu, "Dutch").isChecked()
    action(menu, "Do not check").trigger()
    assert underlined(edit) == []

    # The next question's field keeps the reflection's language (English, as it is written
    # so far); coming back, this one is still unchecked.
    view.guided.go_forward()
    view.guided.go_forward()
    assert question_id(view) == "planned"
    assert edit.spelling_language() == "en"
    edit.set_value("Afspraak gemaakt")
    assert underlined(edit) == ["Afspraak", "gemaakt"]
    view.guided.go_back()
    view.guided.go_back()
    assert question_id(view) == "deal"
    assert edit.spelling_language() == "off"


@pytest.mark.qt_log_ignore("This plugin does not support grabbing the keyboard")  # a popup
@pytest.mark.parametrize(
    "key",
    [(Qt.Key.Key_Menu, Qt.KeyboardModifier.NoModifier), (Qt.Key.Key_F10, SHIFT)],
    ids=["Menu", "Shift+F10"],
)
def test_the_menu_opens_from_the_keyboard_at_the_cursor(
    qtbot: QtBot, open_window: OpenWindow, key: tuple[Qt.Key, Qt.KeyboardModifier]
) -> None:
    edit = start_debrief(open_window())
    edit.set_value("A custmer")  # the cursor at the end, in "custmer"
    edit.setFocus()
    seen: list[str] = []

    def read_and_close() -> None:
        menu = QApplication.activePopupWidget()
        assert isinstance(menu, QMenu)
        assert menu.accessibleName() == "Answer menu"
        seen.extend(texts(menu))
        menu.close()

    QTimer.singleShot(200, read_and_close)
    press(qtbot, *key)
    assert "Add “custmer” to my words" in seen


def test_a_suggestion_taken_is_undone_with_ctrl_z(qtbot: QtBot, open_window: OpenWindow) -> None:
    edit = start_debrief(open_window())
    edit.set_value("The custmer called.")
    menu = edit.context_menu(cursor_in(edit, "custmer"))
    qtbot.waitUntil(lambda: "customer" in texts(menu))
    action(menu, "customer").trigger()
    edit.setFocus()
    press(qtbot, Qt.Key.Key_Z, CTRL)
    assert edit.toPlainText() == "The custmer called."


def test_customers_and_deals_named_in_the_journal_count_as_right(
    qtbot: QtBot, open_window: OpenWindow
) -> None:
    view = open_window()
    flow = view._library.get("deal-debrief")
    assert flow is not None
    view._store.set_details(view._store.start(flow).id, "Qwertzuidkamp BV", "Xyrenta pilot", [])
    edit = start_debrief(view)
    edit.set_value("Qwertzuidkamp wants the Xyrenta pilot, Qwertzuidkmp said.")
    assert underlined(edit) == ["Qwertzuidkmp"]
    menu = edit.context_menu(cursor_in(edit, "Qwertzuidkmp"))
    qtbot.waitUntil(lambda: "Qwertzuidkamp" in texts(menu))
    assert view._store.own_words() == []  # known, not added


def test_in_front_of_a_coach_my_words_are_not_suggested(
    qtbot: QtBot, store: JournalStore, library: FlowLibrary
) -> None:
    store.add_own_word("Qwertzuidkamp")
    page = GuidedPage(store, recall=False)  # as the coach view has it
    qtbot.addWidget(page)
    flow = library.get("deal-debrief")
    assert flow is not None
    page.begin(flow, store.start(flow))
    assert page.spelling.wait_until_loaded()
    QApplication.processEvents()
    edit = page.text_editor()
    edit.set_value("Call Qwertzuidkamp, not Qwertzuidkmp.")
    assert underlined(edit) == ["Qwertzuidkmp"]  # still a word of mine
    menu = edit.context_menu(cursor_in(edit, "Qwertzuidkmp"))
    qtbot.waitUntil(lambda: "Looking for suggestions…" not in texts(menu))
    assert "Qwertzuidkamp" not in texts(menu)


def test_without_its_dictionaries_a_field_is_left_unchecked(
    qtbot: QtBot, open_window: OpenWindow, tmp_path: Path
) -> None:
    view = open_window()
    view.guided.spelling.speller = Speller(folder=tmp_path)  # an installation without them
    edit = start_debrief(view)
    edit.set_value("The custmer called.")
    assert underlined(edit) == []
    menu = edit.context_menu(cursor_in(edit, "custmer"))
    assert texts(menu)[0].startswith("&Undo")  # Qt's own menu, nothing to suggest


@pytest.mark.qt_log_ignore("This plugin does not support grabbing the keyboard")  # a popup
def test_a_right_click_offers_the_word_clicked(qtbot: QtBot, open_window: OpenWindow) -> None:
    edit = start_debrief(open_window())
    edit.set_value("A custmer and a meetng")  # the cursor at the end, in "meetng"
    seen: list[str] = []

    def read_and_close() -> None:
        menu = QApplication.activePopupWidget()
        assert isinstance(menu, QMenu)
        seen.extend(texts(menu))
        menu.close()

    QTimer.singleShot(200, read_and_close)
    at = edit.cursorRect(cursor_in(edit, "custmer")).center()
    viewport = edit.viewport()
    click = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, at, viewport.mapToGlobal(at))
    QApplication.sendEvent(viewport, click)
    assert "Add “custmer” to my words" in seen
