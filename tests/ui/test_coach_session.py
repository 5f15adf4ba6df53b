"""A coaching session on a shared screen: only the agenda shows, the curtain hides even that,
and what was noted and agreed stays in the journal."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QStackedWidget,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from coachdesk.coaching.flows import FlowLibrary, parse_flow
from coachdesk.coaching.reflections import Answer, NewReflection
from coachdesk.coaching.sessions import AgendaItem, AgendaKind, ChartKey
from coachdesk.settings import Settings
from coachdesk.storage import JournalStore, protection
from coachdesk.storage.flow_files import read_flow_file
from coachdesk.ui.coaching_hour import coaching_hour, session_prep
from coachdesk.ui.coaching_hour.chart_page import ChartPage
from coachdesk.ui.coaching_hour.coach_view import CoachView
from coachdesk.ui.coaching_hour.cover_page import CoverPage
from coachdesk.ui.coaching_hour.session_prep import SessionPrepDialog
from coachdesk.ui.common.formatting import short_date
from coachdesk.ui.journal.flow_chooser import FlowChooser
from coachdesk.ui.key_capture import KeyCaptureDialog
from coachdesk.ui.loop.insights_view import Chart
from coachdesk.ui.settings_dialog import Choices, SettingsDialog
from tests.platforms import key_of
from tests.ui.conftest import Opened
from tests.ui.keyboard import focused, press, type_text
from tests.ui.test_accessibility import unnamed_interactive

ON_AGENDA = "Jan Brandsma walked out after ten minutes"
PRIVATE = "PRIVATE-MARKER-7731 my manager scares me"
ELSEWHERE = "ELSEWHERE-MARKER-4410 a reflection not on the agenda"
PASSPHRASE = "a calm evening walk"


def _answer(library: FlowLibrary, flow_id: str, question_id: str, text: str) -> Answer:
    flow = library.get(flow_id)
    assert flow is not None
    question = flow.question(question_id)
    assert question is not None
    return replace(Answer.blank(question, flow.questions.index(question)), text=text)


@pytest.fixture
def journal(journal_path: Path, library: FlowLibrary) -> Path:
    """A debrief whose 'happened' is shared and whose lesson is private; a note elsewhere."""
    store = JournalStore.open(journal_path)
    debrief = library.get("deal-debrief")
    note = library.get("free-note")
    assert debrief is not None and note is not None
    store.add(NewReflection(note, (_answer(library, "free-note", "note", ELSEWHERE),), store.now()))
    shared = store.add(
        NewReflection(
            debrief,
            (
                _answer(library, "deal-debrief", "happened", ON_AGENDA),
                _answer(library, "deal-debrief", "lesson", PRIVATE),
            ),
            store.now(),
        )
    )
    store.set_private(shared, "lesson", True)
    store.add_commitment("Call Sietske on Monday")
    store.close()
    return journal_path


def shown_strings(root: QWidget) -> list[str]:
    """Every string a visible widget under `root` shows or tells a screen reader."""
    widgets = [root, *root.findChildren(QWidget)]
    found: list[str] = []
    for widget in widgets:
        if not widget.isVisible():
            continue
        found += [
            widget.windowTitle(),
            widget.toolTip(),
            widget.accessibleName(),
            widget.accessibleDescription(),
            widget.statusTip(),
            widget.whatsThis(),
        ]
        if isinstance(widget, QLabel | QAbstractButton):
            found.append(widget.text())
        if isinstance(widget, QLineEdit):
            found += [widget.text(), widget.placeholderText()]
        if isinstance(widget, QPlainTextEdit):
            found += [widget.toPlainText(), widget.placeholderText()]
        if isinstance(widget, QTextEdit):
            found += [widget.toPlainText(), widget.toHtml(), widget.placeholderText()]
        if isinstance(widget, QComboBox):
            found += [widget.itemText(i) for i in range(widget.count())]
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            for row in range(min(model.rowCount(), 500)):
                for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                    found.append(str(model.data(model.index(row, 0), role) or ""))
        for action in widget.actions():
            found += [action.text(), action.toolTip()]
    return found


def on_screen() -> str:
    """What every top-level window on screen shows, joined."""
    windows = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
    return "\n".join(s for w in windows for s in shown_strings(w))


Choose = Callable[[AgendaItem], bool]


@pytest.fixture
def choose(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[Choose]]:
    """The prep dialog, answered with the items the test wants ticked."""

    def debrief_and_commitment(item: AgendaItem) -> bool:
        return (
            (item.kind is AgendaKind.REFLECTION and item.title.startswith("Deal debrief"))
            or (item.kind is AgendaKind.ANSWER and item.title.startswith(ON_AGENDA[:20]))
            or item.kind is AgendaKind.COMMITMENT
        )

    wanted: list[Choose] = [debrief_and_commitment]
    offered: list[list[AgendaItem]] = []

    def ask(parent: QWidget | None, store: JournalStore) -> session_prep.SessionPlan:
        dialog = SessionPrepDialog(store, parent)
        offered.append(dialog.offered())
        dialog.goal.setText("Clarity on Brandsma")
        dialog.tick(wanted[0])
        plan = dialog.plan()
        dialog.deleteLater()
        return plan

    monkeypatch.setattr(SessionPrepDialog, "ask", classmethod(lambda cls, p, s: ask(p, s)))
    yield wanted


@pytest.fixture
def summaries(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []

    def ask(cls, parent, store, session, made) -> None:  # type: ignore[no-untyped-def]
        dialog = coaching_hour.SessionSummary(store, session, made, parent)
        shown.append(dialog.text.toPlainText())
        dialog.deleteLater()

    monkeypatch.setattr(coaching_hour.SessionSummary, "ask", classmethod(ask))
    return shown


def start(qtbot: QtBot, one: Opened) -> CoachView:
    one.view.setFocus()
    press(
        qtbot, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    hour = one.session.coaching_hour
    assert hour is not None, "Ctrl+Shift+S started no session"
    qtbot.waitExposed(hour.view)
    QApplication.processEvents()
    return hour.view


def test_only_the_chosen_agenda_shows_during_a_session_on_any_window(
    qtbot: QtBot, opened, journal: Path, choose, summaries
) -> None:  # type: ignore[no-untyped-def]
    one = opened(journal)
    assert ELSEWHERE in on_screen() or ON_AGENDA in on_screen()  # the walk sees the journal
    view = start(qtbot, one)

    assert isinstance(one.window.centralWidget(), CoverPage)
    assert one.window.menuBar().actions() == []
    assert view.windowTitle() == "Coaching session"
    seen_agenda = False
    for index in range(8):  # every agenda item in turn
        view.show_item(index)
        QApplication.processEvents()
        text = on_screen()
        assert PRIVATE not in text and ELSEWHERE not in text
        assert "PRIVATE-MARKER" not in text and "ELSEWHERE-MARKER" not in text
        seen_agenda |= ON_AGENDA in text
    assert seen_agenda  # and the walk does see what is on the agenda


def test_private_answers_are_never_offered_for_the_agenda(
    qtbot: QtBot, journal: Path, clock
) -> None:  # type: ignore[no-untyped-def]
    store = JournalStore.open(journal)
    try:
        dialog = SessionPrepDialog(store)
        qtbot.addWidget(dialog)
        offered = dialog.offered()
        assert {i.kind for i in offered} == set(AgendaKind) - {  # none yet
            AgendaKind.STORY,
            AgendaKind.LAST_TIME,
        }
        assert all("PRIVATE-MARKER" not in i.title for i in offered)
        assert all(not i.ref.endswith("/lesson") for i in offered)
        dialog.show()
        assert PRIVATE not in "\n".join(shown_strings(dialog))
    finally:
        store.close()


def test_the_curtain_hides_every_agenda_word_at_once_and_the_same_key_brings_it_back(
    qtbot: QtBot, opened, journal: Path, choose, summaries
) -> None:  # type: ignore[no-untyped-def]
    one = opened(journal)
    view = start(qtbot, one)
    view.show_item(0)
    assert ON_AGENDA in on_screen()

    qtbot.keyClick(view, *key_of("curtain"))  # F9 (Cmd+. on a Mac): the default
    assert view.curtain_down
    text = on_screen()
    assert ON_AGENDA not in text and "Brandsma" not in text
    assert "Clarity" not in text and "Call Sietske" not in text  # nor goal nor commitments

    qtbot.keyClick(view, *key_of("curtain"))
    assert not view.curtain_down and ON_AGENDA in on_screen()


def test_the_curtain_key_is_the_one_chosen_in_settings(
    qtbot: QtBot, opened, journal: Path, choose, summaries, settings: Settings
) -> None:  # type: ignore[no-untyped-def]
    settings.curtain_key = "F10"
    one = opened(journal)
    view = start(qtbot, one)
    qtbot.keyClick(view, *key_of("curtain"))
    assert not view.curtain_down
    qtbot.keyClick(view, Qt.Key.Key_F10)
    assert view.curtain_down


def test_notes_and_agreements_are_kept_with_the_session_and_join_the_loop(
    qtbot: QtBot, opened, journal: Path, choose, summaries
) -> None:  # type: ignore[no-untyped-def]
    one = opened(journal)
    view = start(qtbot, one)
    view.notes.setFocus()
    type_text(qtbot, "Ask Jan what he needs to see – zonder korting.")
    view.agreement.setFocus()
    type_text(qtbot, "Twenty minutes with Jan alone before Friday\n")
    assert view.agreement.text() == ""
    assert "Twenty minutes with Jan alone" in view.agreed.text()

    press(
        qtbot, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    QApplication.processEvents()

    assert one.session.coaching_hour is None
    assert one.window.journal is not None  # the journal is back
    assert not any(
        isinstance(w, CoachView) and w.isVisible() for w in QApplication.topLevelWidgets()
    )
    store = one.view.store
    kept = store.sessions()[0]
    assert kept.notes == "Ask Jan what he needs to see – zonder korting."
    assert kept.goal == "Clarity on Brandsma" and kept.ended_at is not None
    agreed = store.session_commitments(kept.id)
    assert [c.text for c in agreed] == ["Twenty minutes with Jan alone before Friday"]
    assert agreed[0].id in [c.id for c in store.commitments(open_only=True)]
    assert "Twenty minutes with Jan alone" in summaries[0] and "zonder korting" in summaries[0]
    one.view.show_this_week()
    assert "Twenty minutes with Jan alone" in "\n".join(shown_strings(one.view.this_week))


def test_reflecting_together_saves_a_reflection_marked_as_made_in_the_session(
    qtbot: QtBot, opened, journal: Path, choose, summaries, library: FlowLibrary, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(
        FlowChooser, "ask", classmethod(lambda cls, *a, **k: library.get("free-note"))
    )
    one = opened(journal)
    view = start(qtbot, one)
    view._reflect.click()
    assert view.reflecting
    assert "Your open commitments" not in on_screen()
    view.guided.text_editor().setFocus()
    type_text(qtbot, "What Annelies asked: who decides?")
    press(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert not view.reflecting  # back to the agenda
    hour = one.session.coaching_hour
    assert hour is not None
    session_id = hour.session.id
    view.end_requested.emit()

    store = one.view.store
    made = [store.get(s.id) for s in store.timeline() if store.get(s.id).session_id == session_id]
    assert len(made) == 1 and not made[0].is_draft
    assert made[0].answers[0].text == "What Annelies asked: who decides?"
    assert "Free note" in summaries[0]
    one.view.timeline.setCurrentIndex(one.view.timeline_model.index(0))
    assert "Made in a coaching session" in one.view.reading.text()


def test_zoom_and_high_contrast_for_a_blurry_shared_screen(
    qtbot: QtBot, opened, journal: Path, choose, summaries
) -> None:  # type: ignore[no-untyped-def]
    one = opened(journal)
    view = start(qtbot, one)
    before = view.zoom
    qtbot.keyClick(view, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert view.zoom > before
    qtbot.keyClick(view, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(view, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert view.zoom < before
    qtbot.keyClick(
        view, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    assert view.high_contrast
    assert view.content.palette().color(view.content.foregroundRole()).name() == "#000000"


def test_a_chart_on_the_agenda_is_drawn_in_the_coach_view(
    qtbot: QtBot, opened, journal: Path, choose, summaries
) -> None:  # type: ignore[no-untyped-def]
    choose[0] = lambda item: item.kind is AgendaKind.CHART and item.ref == ChartKey.COMMITMENTS
    one = opened(journal)
    view = start(qtbot, one)
    holder = view.pages.currentWidget()
    assert isinstance(holder, QStackedWidget)
    page = holder.currentWidget()
    assert isinstance(page, ChartPage)
    chart = page.chart
    assert isinstance(chart, Chart) and chart.accessibleName() == "Commitments"
    assert chart.grab().toImage().pixelColor(5, 5).isValid()


def test_closing_the_main_window_ends_the_session_first(
    qtbot: QtBot, opened, journal: Path, choose, summaries
) -> None:  # type: ignore[no-untyped-def]
    one = opened(journal)
    start(qtbot, one)
    one.window.close()
    assert one.session.coaching_hour is None and summaries
    assert one.window.journal is not None and one.window.isVisible()


def test_an_encrypted_journal_asks_for_the_passphrase_after_the_session(
    qtbot: QtBot, opened, journal: Path, choose, summaries, settings: Settings
) -> None:  # type: ignore[no-untyped-def]
    protection.encrypt(journal, PASSPHRASE)
    settings.auto_lock_minutes = 10
    one = opened(journal)
    page = one.page()
    page.secret.setText(PASSPHRASE)
    qtbot.keyClick(page.secret, Qt.Key.Key_Return)
    QApplication.processEvents()
    view = start(qtbot, one)
    idle = one.session.opened.idle
    assert idle is not None
    one.clock.now += 60 * 60  # an hour of talking, no typing
    idle.check()
    assert one.session.coaching_hour is not None  # no lock in the middle of the session
    view.end_requested.emit()
    QApplication.processEvents()
    assert one.window.journal is None
    assert one.page().secret.hasFocus() or one.page().isVisible()
    assert ON_AGENDA not in on_screen()


def test_an_answer_is_marked_private_from_the_reading_pane(
    qtbot: QtBot, open_window, journal_path: Path, library: FlowLibrary
) -> None:  # type: ignore[no-untyped-def]
    view = open_window()
    store = view.store
    flow = library.get("free-note")
    assert flow is not None
    made = store.add(
        NewReflection(flow, (_answer(library, "free-note", "note", "mine"),), store.now())
    )
    view.timeline_model.reload()
    view.timeline.setCurrentIndex(view.timeline_model.index(0))
    assert "Mark private" in view.reading.text()

    view.reading._text.anchorClicked.emit(QUrl("private:note"))
    assert store.get(made).answer("note").private  # type: ignore[union-attr]
    assert "Private: not offered to your coach" in view.reading.text()
    view.reading._text.anchorClicked.emit(QUrl("share:note"))
    assert not store.get(made).answer("note").private  # type: ignore[union-attr]


COACH_FLOW = """id = "year-end"
title = "Year-end pressure"
purpose = "When the last weeks of the year weigh on every call."

[[questions]]
id = "customer"
text = "Which customer did you really listen to this week?"
"""


def test_a_question_set_from_a_coach_is_imported_into_the_chooser(
    qtbot: QtBot, opened, journal: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data-home"))  # kept flows stay here
    refused: list[str] = []
    monkeypatch.setattr(
        "coachdesk.ui.journal.flow_handover.QMessageBox.warning",
        lambda parent, title, text, *a: refused.append(text),
    )
    one = opened(journal)
    folder = one.view.flow_commands.imported_flows
    assert folder is not None and folder.is_relative_to(tmp_path)
    broken = tmp_path / "broken.toml"
    broken.write_text(COACH_FLOW.replace("[[questions]]", "[[questions]"), encoding="utf-8")
    assert not one.view.flow_commands.import_flow_from(broken)
    assert "broken.toml: not valid TOML" in refused[0]
    assert not folder.exists() or not any(folder.iterdir())

    good = tmp_path / "year-end.toml"
    good.write_text(COACH_FLOW, encoding="utf-8")
    assert one.view.flow_commands.import_flow_from(good)
    assert one.view.flows.get("year-end") is not None
    assert (folder / "year-end.toml").read_text(encoding="utf-8") == COACH_FLOW
    assert not one.view.flow_commands.import_flow_from(good)  # a second time: the id is taken
    assert "already exists" in refused[1]
    chooser = FlowChooser(one.view.flows.flows)
    qtbot.addWidget(chooser)
    titles = [chooser.list.item(i).text() for i in range(chooser.list.count())]
    assert "Year-end pressure" in titles


def test_every_control_of_the_session_windows_has_an_accessible_name(
    qtbot: QtBot, opened, journal: Path, choose, summaries, settings: Settings
) -> None:  # type: ignore[no-untyped-def]
    one = opened(journal)
    prep = SessionPrepDialog(one.view.store)
    qtbot.addWidget(prep)
    prep.show()
    assert unnamed_interactive(prep) == []
    dialog = SettingsDialog(Choices(10, "F9"))
    qtbot.addWidget(dialog)
    dialog.show()
    assert unnamed_interactive(dialog) == []
    view = start(qtbot, one)
    assert unnamed_interactive(view) == []
    assert unnamed_interactive(one.window) == []  # the cover page
    assert one.window.journal is None  # the journal view is not in the window meanwhile


def test_the_settings_dialog_keeps_a_chosen_curtain_key(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(KeyCaptureDialog, "ask", classmethod(lambda cls, parent, used: "F11"))
    dialog = SettingsDialog(Choices(10, "F9"))
    qtbot.addWidget(dialog)
    dialog.change_key.click()
    assert dialog.choices() == Choices(10, "F11")


def test_any_question_set_is_exported_to_a_file_that_imports_elsewhere(
    qtbot: QtBot, open_window, library: FlowLibrary, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "for-my-coach.toml"
    chosen = library.get("prepare-coaching")
    monkeypatch.setattr(FlowChooser, "ask", classmethod(lambda cls, *a, **k: chosen))
    monkeypatch.setattr(
        "coachdesk.ui.journal.flow_handover.QFileDialog.getSaveFileName",
        lambda *a: (str(target), ""),
    )
    view = open_window()
    view.flow_commands.export_flow()
    assert parse_flow(target.read_text(encoding="utf-8")) == chosen
    others = FlowLibrary(tuple(f for f in library.flows if f is not chosen), ())
    assert read_flow_file(target, others)[0] == chosen


def _due_this_week(one: Opened) -> list[str]:
    """The lines This week shows under "Commitments that are due", up to the next heading."""
    page = one.view.this_week
    page.refresh()
    shown = [label.text() for label in page.findChildren(QLabel) if label.text()]
    start = shown.index("Commitments that are due") + 1
    ends = [i for i, text in enumerate(shown) if text == "Other open commitments" and i > start]
    return shown[start : ends[0] if ends else len(shown)]


def test_a_commitment_agreed_with_a_date_falls_due_on_it_and_shows_in_this_week(
    qtbot: QtBot, opened, journal: Path, choose, summaries
) -> None:  # type: ignore[no-untyped-def]
    one = opened(journal)
    view = start(qtbot, one)
    view.agreement.setFocus()
    type_text(qtbot, "Twenty minutes with Jan alone")
    press(qtbot, Qt.Key.Key_Tab)
    assert focused(qtbot).accessibleName() == "By when"  # the date field, beside the words
    press(qtbot, Qt.Key.Key_Up)  # from "No date" to today
    press(qtbot, Qt.Key.Key_Return)
    today = date.today()
    assert view.agreement.text() == "" and view.agreement_due.value() is None  # ready again
    assert short_date(today) in view.agreed.text()

    press(
        qtbot, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    QApplication.processEvents()
    store = one.view.store
    (agreed,) = store.session_commitments(store.sessions()[0].id)
    assert (agreed.text, agreed.due) == ("Twenty minutes with Jan alone", today)
    assert short_date(today) in summaries[0]
    assert _due_this_week(one)[:2] == ["Twenty minutes with Jan alone", f"due {short_date(today)}"]


def test_the_day_in_the_words_of_an_agreement_is_its_due_date_in_english_and_dutch(
    qtbot: QtBot, opened, journal: Path, choose, summaries
) -> None:  # type: ignore[no-untyped-def]
    today = date.today()
    month = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()[today.month - 1]
    english = f"Send Visser the pilot plan by {today.day} {month}"
    dutch_month = (
        "januari februari maart april mei juni juli augustus september oktober november december"
    ).split()[today.month - 1]
    dutch = f"Offerte naar Brouwer, uiterlijk {today.day} {dutch_month}"
    one = opened(journal)
    view = start(qtbot, one)
    view.agreement.setFocus()
    type_text(qtbot, english + "\n")
    type_text(qtbot, dutch + "\n")
    type_text(qtbot, "Ask who signs\n")  # no day in it: none made up
    assert f"{dutch} — by {short_date(today)}" in view.agreed.text()

    press(
        qtbot, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    QApplication.processEvents()
    store = one.view.store
    agreed = {c.text: c.due for c in store.session_commitments(store.sessions()[0].id)}
    assert agreed == {english: today, dutch: today, "Ask who signs": None}
    due = _due_this_week(one)
    assert english in due and dutch in due and "Ask who signs" not in due


def test_the_cover_says_when_windows_could_not_keep_the_journal_out_of_the_share(
    qtbot: QtBot, opened, journal: Path, choose, summaries, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    from coachdesk.ui.coaching_hour import capture

    asked: list[bool] = []

    def refused(window: object, excluded: bool) -> capture.Capture:
        asked.append(excluded)
        return capture.Capture.FAILED

    monkeypatch.setattr(capture, "exclude_from_capture", refused)
    one = opened(journal)
    start(qtbot, one)
    cover = one.window.centralWidget()
    assert isinstance(cover, CoverPage) and asked == [True]
    assert cover.capture_note.isVisible()
    assert "Share only the session window" in cover.capture_note.text()
