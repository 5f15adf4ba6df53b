"""`coachdesk import` while the window has the journal open: it writes, the window shows it,
and what is being typed stays."""

from __future__ import annotations

import io
import json
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from coachdesk import cli
from coachdesk.storage import JournalStore
from tests.ui.conftest import Opened
from tests.ui.keyboard import on_next_dialog, press, type_text

CTRL = Qt.KeyboardModifier.ControlModifier


def import_beside(journal: Path, tmp_path: Path, text: str) -> None:
    notes = tmp_path / "notes.jsonl"
    notes.write_text(json.dumps({"date": "2026-03-01", "title": text, "text": text}) + "\n")
    err = io.StringIO()
    assert cli.main(["import", str(notes), "--journal", str(journal)], io.StringIO(), err) == 0, (
        err.getvalue()
    )


def titles(opened: Opened) -> list[str]:
    model = opened.view.timeline_model
    return [model.summary_at(r).title for r in range(model.rowCount())]  # type: ignore[union-attr]


def test_an_import_beside_the_window_shows_in_its_timeline(
    qtbot: QtBot, opened: Opened, journal_path: Path, tmp_path: Path
) -> None:
    JournalStore.open(journal_path).close()
    window = opened(journal_path)
    assert titles(window) == []
    import_beside(journal_path, tmp_path, "Imported while open")
    qtbot.waitUntil(lambda: titles(window) == ["Imported while open"], timeout=5000)
    assert window.view.reading.reflection is not None  # and it is on show


def test_what_is_being_typed_stays_when_an_import_arrives(
    qtbot: QtBot, opened: Opened, journal_path: Path, tmp_path: Path
) -> None:
    JournalStore.open(journal_path).close()
    window = opened(journal_path)
    view = window.view

    def first_flow(dialog: object) -> None:
        from PySide6.QtTest import QTest

        QTest.keyClick(dialog.list, Qt.Key.Key_Return)  # type: ignore[attr-defined]

    on_next_dialog(first_flow)
    press(qtbot, Qt.Key.Key_N, CTRL)
    type_text(qtbot, "half a thought")
    import_beside(journal_path, tmp_path, "Imported while typing")
    qtbot.waitUntil(lambda: "Imported while typing" in titles(window), timeout=5000)
    assert view.guided.isVisible()
    assert view.guided.text_editor().toPlainText() == "half a thought"
    press(qtbot, Qt.Key.Key_Escape)
    store = JournalStore.open(journal_path)
    assert len(store.drafts()) == 1
    store.close()
