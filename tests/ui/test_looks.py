"""Light, dark and high contrast, larger text: applied at once, remembered, nothing lost."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot

from coachdesk.coaching.flows import FlowLibrary
from coachdesk.coaching.reflections import Answer, NewReflection
from coachdesk.i18n import install_translations
from coachdesk.settings import Settings
from coachdesk.storage import JournalStore
from coachdesk.ui.common import theme
from coachdesk.ui.loop.insights_view import Chart
from coachdesk.ui.settings_dialog import Choices, SettingsDialog
from tests.ui.conftest import Opened
from tests.ui.keyboard import press


@pytest.fixture(autouse=True)
def restored(qapp: QApplication) -> Iterator[None]:
    """Every test here changes app-wide looks; the next test gets the usual ones back."""
    yield
    qapp.setProperty("coachdesk-system-dark", False)
    QLocale.setDefault(QLocale("en_GB"))
    install_translations(qapp, "en")
    theme.apply(qapp)


@pytest.fixture
def journal(journal_path: Path, library: FlowLibrary) -> Path:
    store = JournalStore.open(journal_path)
    flow = library.get("weekly-reflection")
    assert flow is not None
    for day in range(3):
        answers = tuple(
            replace(Answer.blank(q, i), text=f"Week {day}: calls and coffee")
            if q.kind.value == "text"
            else replace(Answer.blank(q, i), rating=3)
            for i, q in enumerate(flow.questions)
            if q.kind.value in ("text", "scale")
        )
        store.add(NewReflection(flow, answers, store.now()))
    store.add_check_in(4, 2, 3, 60)
    store.close()
    return journal_path


def choose(monkeypatch: pytest.MonkeyPatch, **changes: str) -> None:
    def ask(cls, parent, current: Choices) -> Choices:  # type: ignore[no-untyped-def]
        return replace(current, **changes)

    monkeypatch.setattr(SettingsDialog, "ask", classmethod(ask))


def window_colour() -> str:
    return QApplication.palette().color(QPalette.ColorRole.Window).name()


def test_dark_from_settings_is_applied_at_once_to_the_window_and_the_charts(
    qtbot: QtBot, opened, journal: Path, settings: Settings, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    one: Opened = opened(journal)
    one.view.show_insights()
    before = one.view
    choose(monkeypatch, appearance="dark")

    one.view.window_commands.open_settings()

    assert settings.appearance == "dark"
    assert window_colour() == theme.DARK.window
    assert one.view is not before  # built again in the new look …
    assert one.view._pages.currentWidget() is one.view.insights  # … where the user was
    chart = one.view.insights.findChildren(Chart)[0]
    assert chart.colours().accent == theme.DARK.accent
    image = chart.grab().toImage()
    assert image.pixelColor(2, 2).lightness() < 80  # painted dark, not only configured


def test_high_contrast_is_black_on_white(qtbot: QtBot, opened, journal: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    one: Opened = opened(journal)
    choose(monkeypatch, appearance="high-contrast")
    one.view.window_commands.open_settings()
    palette = QApplication.palette()
    assert palette.color(QPalette.ColorRole.Text).name() == "#000000"
    assert palette.color(QPalette.ColorRole.Base).name() == "#ffffff"


def test_the_system_going_dark_is_followed_without_rebuilding_the_view(
    qtbot: QtBot, opened, journal: Path
) -> None:  # type: ignore[no-untyped-def]
    one: Opened = opened(journal)
    view = one.view
    view.timeline.setCurrentIndex(view.timeline_model.index(0))
    assert theme.LIGHT.soft in view.reading._text.toHtml()
    one.session._on_hints_color_scheme_changed(Qt.ColorScheme.Dark)
    assert window_colour() == theme.DARK.window
    assert one.view is view
    assert theme.DARK.soft in view.reading._text.toHtml()  # the page was drawn again
    one.session._on_hints_color_scheme_changed(Qt.ColorScheme.Light)
    assert window_colour() == theme.LIGHT.window


def test_a_chosen_look_is_not_overridden_by_the_system(
    qtbot: QtBot, opened, journal: Path, settings: Settings
) -> None:  # type: ignore[no-untyped-def]
    settings.appearance = "light"
    one: Opened = opened(journal)
    one.session._on_hints_color_scheme_changed(Qt.ColorScheme.Dark)
    assert window_colour() == theme.LIGHT.window


def test_text_size_steps_with_ctrl_plus_and_minus_and_is_remembered(
    qtbot: QtBot, opened, journal: Path, settings: Settings
) -> None:  # type: ignore[no-untyped-def]
    one: Opened = opened(journal)
    normal = QApplication.font().pointSizeF()
    one.view.timeline.setFocus()
    press(qtbot, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    press(qtbot, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert settings.text_scale == 1.25
    assert QApplication.font().pointSizeF() == pytest.approx(normal * 1.25)
    assert one.view.guided._question.font().pointSizeF() > normal * 1.25  # big type grows too
    press(qtbot, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert settings.text_scale == 1.1
    press(qtbot, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert settings.text_scale == 1.0
    assert QApplication.font().pointSizeF() == pytest.approx(normal)


def test_a_rebuild_keeps_the_answer_being_typed_and_the_question(
    qtbot: QtBot, opened, journal: Path, library: FlowLibrary
) -> None:  # type: ignore[no-untyped-def]
    one: Opened = opened(journal)
    flow = library.get("weekly-reflection")
    assert flow is not None
    reflection = one.view.store.start(flow)
    one.view.enter_guided(reflection.id, at=1)
    editor = one.view.guided.text_editor()
    editor.setPlainText("typed just before the text got larger")
    one.view.window_commands.larger_text()

    guided = one.view.guided
    assert one.view.in_guided_mode() and guided.reflection_id == reflection.id
    assert guided.question_index == 1
    assert guided.text_editor().value() == "typed just before the text got larger"


def test_switching_to_dutch_changes_menus_flows_and_dates_without_a_restart(
    qtbot: QtBot, opened, journal: Path, settings: Settings, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    one: Opened = opened(journal)
    assert [a.text() for a in one.window.menuBar().actions()][0] == "&Journal"
    choose(monkeypatch, language="nl")

    one.view.window_commands.open_settings()

    menus = [a.text() for a in one.window.menuBar().actions()]
    assert menus[0] == "&Dagboek" and "&Journal" not in menus
    assert one.view.flows.get("weekly-reflection").title == "Weekreflectie"  # type: ignore[union-attr]
    one.view.timeline.setCurrentIndex(one.view.timeline_model.index(0))
    assert any(
        day in one.view.reading.text()
        for day in ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag")
    )
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    assert buttons.button(QDialogButtonBox.StandardButton.Cancel).text() == "Annuleren"  # Qt's own

    choose(monkeypatch, language="en")
    one.view.window_commands.open_settings()
    assert [a.text() for a in one.window.menuBar().actions()][0] == "&Journal"
    assert one.view.flows.get("weekly-reflection").title == "Weekly reflection"  # type: ignore[union-attr]
