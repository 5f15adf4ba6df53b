"""The accessible tree of every main view, as a screen reader walks it: no interactive
object silent, none that repeats itself, every combo box labelled."""

from __future__ import annotations

from PySide6.QtGui import QAccessible, QAccessibleInterface
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from coachdesk.coaching.flows import FlowLibrary, QuestionKind
from coachdesk.storage import JournalStore
from coachdesk.ui.journal.journal_view import JournalView
from tests.conftest import FakeClock
from tests.ui.a11y_tree import problems, spoken, walk
from tests.ui.conftest import OpenWindow


def accessible(widget: QWidget) -> QAccessibleInterface:
    """The accessible object of `widget`."""
    interface = QAccessible.queryAccessibleInterface(widget)
    assert interface is not None and interface.isValid()
    return interface


def parent_of(widget: QWidget) -> QAccessibleInterface:
    """The accessible object a screen reader finds `widget` in."""
    parent = accessible(widget).parent()
    assert parent is not None
    return parent


def test_the_journal_window(open_window: OpenWindow, library: FlowLibrary) -> None:
    window = open_window()
    window.store.start(library.flows[0], title="Brouwer renewal")
    window.timeline_model.reload()
    window.select_row(0)
    window.library.finder.field.setText("renewal")  # the order of the results shows
    QApplication.processEvents()
    assert problems(window.window()) == []


def test_the_guided_page_for_every_kind_of_question(
    open_window: OpenWindow, library: FlowLibrary
) -> None:
    window: JournalView = open_window()
    seen = set()
    for flow in library.flows:
        reflection = window.store.start(flow)
        for index, question in enumerate(flow.questions):
            if question.kind in seen:
                continue
            seen.add(question.kind)
            window.enter_guided(reflection.id, at=index)
            QApplication.processEvents()
            assert problems(window.window()) == [], question.kind
    assert seen == set(QuestionKind)


def test_settings(qtbot: QtBot) -> None:
    from coachdesk.ui.settings_dialog import Choices, SettingsDialog

    dialog = SettingsDialog(Choices(5, "F9", "light", "en"), in_use={})
    qtbot.addWidget(dialog)
    dialog.show()
    assert problems(dialog) == []


def test_the_export_dialog(qtbot: QtBot, tmp_path: object) -> None:
    from datetime import date
    from pathlib import Path

    from coachdesk.ui.export.export_dialog import ExportDialog

    dialog = ExportDialog(date(2026, 11, 20), Path(str(tmp_path)))
    qtbot.addWidget(dialog)
    dialog.show()
    assert problems(dialog) == []


def test_insights(qtbot: QtBot, store: JournalStore, clock: FakeClock) -> None:
    from tests.ui.test_insights_view import fill, make_view

    fill(store, clock, weeks=14, debriefs=9, closed=9)
    view = make_view(qtbot, store)
    assert problems(view) == []


def test_export_kind_and_include_name_their_groups(qtbot: QtBot, tmp_path: object) -> None:
    from datetime import date
    from pathlib import Path

    from coachdesk.ui.export.export_dialog import ExportDialog

    dialog = ExportDialog(date(2026, 11, 20), Path(str(tmp_path)))
    qtbot.addWidget(dialog)
    dialog.show()
    for boxes, title in (
        ([dialog.summary, dialog.prep], "Kind"),
        (list(dialog.sections.values()), "Include"),
    ):
        for box in boxes:
            group = parent_of(box)
            # Orca names a radio button's group by its panel's label or name.
            assert spoken(group).heard == title, box.text()
            assert spoken(group).label == title  # the row's label is tied to the group


def test_the_order_of_search_results_is_labelled_not_named_by_its_text(
    open_window: OpenWindow, library: FlowLibrary
) -> None:
    window = open_window()
    window.store.start(library.flows[0], title="Brouwer renewal")
    window.timeline_model.reload()  # an empty journal shows what to do instead of a list
    window.select_row(0)
    window.library.finder.field.setText("renewal")
    QApplication.processEvents()
    combos = [s for s in walk(window.library) if s.role == QAccessible.Role.ComboBox and s.label]
    assert [(s.label, s.name) for s in combos] == [("Order", "Newest first")]


def test_the_lock_time_is_said_once_with_its_value(qtbot: QtBot) -> None:
    from coachdesk.ui.settings_dialog import Choices, SettingsDialog

    dialog = SettingsDialog(Choices(5, "F9", "light", "en"), in_use={})
    qtbot.addWidget(dialog)
    dialog.show()
    minutes = spoken(accessible(dialog.minutes))
    assert (minutes.heard, minutes.value) == ("Lock after", "5 minutes")
    assert minutes.description == "An encrypted journal locks itself after this quiet time."


def test_the_curtain_key_is_read_with_the_key_in_it(qtbot: QtBot) -> None:
    from coachdesk.ui.settings_dialog import Choices, SettingsDialog

    dialog = SettingsDialog(Choices(5, "F9", "light", "en"), in_use={})
    qtbot.addWidget(dialog)
    dialog.show()
    shown = spoken(accessible(dialog.curtain))
    assert shown.role == QAccessible.Role.StaticText
    assert shown.name == "The curtain key is now F9."
    dialog._curtain_key = "F8"
    dialog._show_key()
    assert spoken(accessible(dialog.curtain)).name == "The curtain key is now F8."


def test_a_date_field_gives_its_date_as_value_and_text(qtbot: QtBot) -> None:
    from datetime import date

    from coachdesk.ui.common.date_field import DateField

    field = DateField("From", None, date(2026, 12, 9))
    qtbot.addWidget(field)
    field.show()
    interface = accessible(field)
    text = interface.textInterface()
    assert text is not None
    assert interface.text(QAccessible.Text.Value) == field.text() != "0"
    assert text.text(0, text.characterCount()) == field.text()
    assert "2026" in field.text()


def test_the_reading_pane_is_text_with_the_reflection_in_it(
    open_window: OpenWindow, library: FlowLibrary
) -> None:
    from dataclasses import replace

    from coachdesk.coaching.reflections import Answer, NewReflection

    window = open_window()
    flow = library.get("deal-debrief")
    assert flow is not None
    question = flow.questions[0]
    answer = replace(Answer.blank(question, 0), text="They went quiet after the demo.")
    store = window.store
    store.add(NewReflection(flow, (answer,), store.now(), title="Brouwer renewal"))
    window.timeline_model.reload()
    window.select_row(0)
    QApplication.processEvents()
    (pane,) = [s for s in walk(window.window()) if s.name == "Reflection: Brouwer renewal"]
    assert pane.role == QAccessible.Role.EditableText and pane.interface.state().readOnly
    text = pane.interface.textInterface()
    assert text is not None
    whole = text.text(0, text.characterCount())
    assert question.text in whole and "They went quiet after the demo." in whole


def test_each_step_of_a_debrief_puts_the_screen_readers_focus_on_the_question(
    qtbot: QtBot, open_window: OpenWindow, library: FlowLibrary
) -> None:
    from PySide6.QtCore import Qt

    from tests.ui.keyboard import press

    window = open_window()
    flow = library.get("deal-debrief")
    assert flow is not None
    window.enter_guided(window.store.start(flow).id, at=0)
    root = accessible(window.window())
    for question in flow.questions:
        focus = root
        while (inner := focus.focusChild()) is not None and inner.object() is not focus.object():
            focus = inner
        said = spoken(focus)
        group = focus.parent()  # a choice's group is named by the question
        heard = f"{said.heard} {said.description} {spoken(group).heard if group else ''}"
        assert said.interactive and question.text in heard, (question.id, str(said))
        press(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)


def test_the_flow_chooser_the_unlock_page_and_the_coach_view(
    qtbot: QtBot, open_window: OpenWindow, library: FlowLibrary
) -> None:
    from coachdesk.coaching.sessions import AgendaItem, AgendaKind
    from coachdesk.ui.coaching_hour.coach_view import CoachView
    from coachdesk.ui.journal.flow_chooser import FlowChooser
    from coachdesk.ui.protection.unlock_page import UnlockPage

    window = open_window()
    made = window.store.start(library.flows[0], title="A story")
    agenda = (AgendaItem(AgendaKind.REFLECTION, str(made.id), "A story"),)
    coach = CoachView(window.store, agenda, lambda key, parent: QWidget(parent), 60)
    coach.setProperty("dismissed", True)
    for widget in (FlowChooser(library.flows, window), UnlockPage(), coach):
        qtbot.addWidget(widget)
        widget.show()
        QApplication.processEvents()
        assert problems(widget) == [], type(widget).__name__
        widget.hide()


def test_the_filters_this_week_and_the_loops_dialogs(
    qtbot: QtBot, open_window: OpenWindow, library: FlowLibrary, store: JournalStore
) -> None:
    from coachdesk.ui.loop.checkin_dialog import CheckInDialog
    from coachdesk.ui.loop.loop_dialogs import NewCommitmentDialog
    from coachdesk.ui.loop.story_bank import StoryBank

    window = open_window()
    window.store.start(library.flows[0], title="Brouwer renewal")
    window.timeline_model.reload()
    window.select_row(0)
    window.library.open_filters()
    QApplication.processEvents()
    assert problems(window.window()) == []
    window.show_this_week()
    QApplication.processEvents()
    assert problems(window.window()) == []
    for widget in (CheckInDialog(window), NewCommitmentDialog(window), StoryBank(store)):
        qtbot.addWidget(widget)
        widget.show()
        QApplication.processEvents()
        assert problems(widget) == [], type(widget).__name__
        widget.hide()


def test_the_walk_hears_silence_echo_and_a_combo_box_named_by_its_text(qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QComboBox, QFormLayout, QPushButton, QSpinBox

    form = QWidget()
    qtbot.addWidget(form)
    rows = QFormLayout(form)
    minutes = QSpinBox(form)
    minutes.setAccessibleName("Lock after idle minutes")
    rows.addRow("Lock after", minutes)
    rows.addRow(QPushButton(form))
    order = QComboBox(form)
    order.addItem("Newest first")
    order.setAccessibleName("Order of the results")
    rows.addRow(order)
    form.show()
    assert problems(form) == [
        "repeats itself: SpinBox 'Lock after Lock after idle minutes'",
        "silent: Button (description '')",
        "combo box named only by its current text: ComboBox 'Newest first'",
    ]
