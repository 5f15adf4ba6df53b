"""Every interactive widget can be found by a screen reader: it has an accessible name."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QApplication, QWidget
from pytestqt.qtbot import QtBot

from coachdesk.coaching.flows import FlowLibrary, QuestionKind
from coachdesk.ui.common.dialogs import ShortcutsDialog
from coachdesk.ui.journal.flow_chooser import FlowChooser
from coachdesk.ui.journal.journal_view import JournalView
from tests.ui.conftest import OpenWindow


def unnamed_interactive(root: QWidget) -> list[str]:
    """Visible widgets a user can focus or press that have no accessible name."""
    missing = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisibleTo(root) and widget is not root:
            continue
        interactive = widget.focusPolicy() != Qt.FocusPolicy.NoFocus or isinstance(
            widget, QAbstractButton | QAbstractItemView
        )
        # Qt's own parts (a date field's inner line edit) speak through their named owner.
        parent = widget.parentWidget()
        if widget.objectName().startswith("qt_") and parent and parent.accessibleName():
            continue
        if interactive and widget.isEnabled() and not widget.accessibleName().strip():
            missing.append(f"{type(widget).__name__} {widget.objectName()!r}")
    return missing


def test_main_window_library_side(open_window: OpenWindow, library: FlowLibrary) -> None:
    window = open_window()
    flow = library.flows[0]
    window._store.start(flow)
    window.timeline_model.reload()
    window.select_row(0)
    assert unnamed_interactive(window.window()) == []


def test_guided_page_for_every_kind_of_question(
    qtbot: QtBot, open_window: OpenWindow, library: FlowLibrary
) -> None:
    window: JournalView = open_window()
    seen = set()
    for flow in library.flows:
        reflection = window._store.start(flow)
        for index, question in enumerate(flow.questions):
            if question.kind in seen:
                continue
            seen.add(question.kind)
            window.enter_guided(reflection.id, at=index)
            assert unnamed_interactive(window) == [], question.kind
    assert seen == set(QuestionKind)


def test_dialogs(qtbot: QtBot, open_window: OpenWindow, library: FlowLibrary) -> None:
    window = open_window()
    chooser = FlowChooser(library.flows, window)
    qtbot.addWidget(chooser)
    chooser.show()
    assert unnamed_interactive(chooser) == []
    shortcuts = ShortcutsDialog([a for a in window.actions() if a.shortcut()], window)
    qtbot.addWidget(shortcuts)
    shortcuts.show()
    assert unnamed_interactive(shortcuts) == []
    QApplication.processEvents()
