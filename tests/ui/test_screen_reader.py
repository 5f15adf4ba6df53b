"""What a screen reader gets: role, name, description and text of what takes focus."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QAccessibleInterface
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from coachdesk.coaching.flows import FlowLibrary, QuestionKind
from tests.ui.conftest import OpenWindow
from tests.ui.keyboard import focused, press

CTRL = Qt.KeyboardModifier.ControlModifier


def spoken(widget: QWidget) -> QAccessibleInterface:
    """The accessible object a screen reader is handed for `widget`."""
    interface = QAccessible.queryAccessibleInterface(widget)
    assert interface is not None and interface.isValid()
    return interface


def said_on_focus(widget: QWidget) -> str:
    """Name and description of the focused object, as Orca reads them on arrival."""
    interface = spoken(widget)
    return " ".join(
        (interface.text(QAccessible.Text.Name), interface.text(QAccessible.Text.Description))
    )


def test_every_question_is_spoken_with_its_hint_and_position(
    qtbot: QtBot, open_window: OpenWindow, library: FlowLibrary
) -> None:
    window = open_window()
    kinds = set()
    for flow in library.flows:
        reflection = window._store.start(flow)
        window.enter_guided(reflection.id, at=0)
        total = len(flow.questions)
        for number, question in enumerate(flow.questions, start=1):
            assert window.guided.current_question() == question
            widget = focused(qtbot)
            assert window.guided.isAncestorOf(widget)
            said = said_on_focus(widget)
            assert question.text in said, (flow.id, question.id, said)
            assert f"Question {number} of {total}" in said, said
            if question.hint:
                assert question.hint in said, said
            if question.kind in (QuestionKind.TEXT, QuestionKind.COMMITMENT):
                assert widget is window.guided.text_editor()
                assert spoken(widget).text(QAccessible.Text.Name) == question.text
            else:
                # A choice is named by its own words; the group says what is asked.
                group = widget.parentWidget()
                assert group is not None and group.accessibleName() == question.text
            kinds.add(question.kind)
            press(qtbot, Qt.Key.Key_Return, CTRL)
        assert not window.guided.isVisible()
    assert kinds == set(QuestionKind)
