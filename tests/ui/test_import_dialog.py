"""Journal → Import… in the window: the preview of what would come in, the passphrase of
an encrypted source, writing off the UI thread, Cancel, and an encrypted journal."""

from __future__ import annotations

import tempfile
import threading
from pathlib import Path

import pytest
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from coachdesk.coaching.flows import FREE_NOTE_ID, FlowLibrary
from coachdesk.storage import JournalStore
from coachdesk.ui.journal import import_dialog
from coachdesk.ui.journal.import_dialog import ImportDialog, SourcePassphraseDialog
from coachdesk.ui.journal.import_runner import Preview
from tests.imports.conftest import FIXTURES, PASSPHRASE, jrnl_v2
from tests.ui.conftest import OpenWindow
from tests.ui.test_locking import encrypted, unlock  # noqa: F401 (a fixture, and its key)

pytestmark = pytest.mark.usefixtures("qtbot")


def previewed(qtbot: QtBot, store: JournalStore, library: FlowLibrary, path: Path) -> ImportDialog:
    free_note = library.get(FREE_NOTE_ID)
    assert free_note is not None
    dialog = ImportDialog(store, free_note)
    qtbot.addWidget(dialog)
    dialog.choose(path)
    qtbot.waitUntil(lambda: dialog.preview is not None or dialog.busy.isHidden())
    dialog.runner.wait()
    return dialog


def test_the_preview_says_what_would_come_in_before_anything_is_written(
    qtbot: QtBot, journal_path: Path, library: FlowLibrary
) -> None:
    store = JournalStore.open(journal_path)
    try:
        dialog = previewed(qtbot, store, library, FIXTURES / "dayone" / "Journal.json")
        assert dialog.preview is not None and store.count() == 0
        text = dialog.summary.text()
        assert "3 reflections, from 1 May 2020 to 10 January 2022." in text
        assert "Tags: distributor, japan, starred" in text
        assert "Left out: 3 photos and other files" in text and "“Tokyo kick-off”" in text
        assert dialog.import_button.isEnabled()
        assert dialog.import_button.text() == "Import 3 reflections"
        for widget in (dialog.choose_file, dialog.choose_folder, dialog.format, dialog.skip_bad):
            assert widget.accessibleName()
    finally:
        store.close()


def test_unreadable_parts_are_named_and_imported_only_when_skipped(
    qtbot: QtBot, journal_path: Path, library: FlowLibrary, tmp_path: Path
) -> None:
    (tmp_path / "2024-01-01.md").write_text("Fine\n", encoding="utf-8")
    (tmp_path / "2024-01-02.md").write_bytes(b"caf\xe9\n")
    (tmp_path / "2024-01-03.md").write_bytes(b"th\xe9\n")
    store = JournalStore.open(journal_path)
    try:
        dialog = previewed(qtbot, store, library, tmp_path)
        assert (
            "2 parts cannot be read: 2024-01-02.md: not UTF-8 text (byte 4); 2024-01-03.md"
            in dialog.summary.text()
        )
        assert not dialog.skip_bad.isHidden() and not dialog.import_button.isEnabled()
        dialog.skip_bad.setChecked(True)
        assert dialog.import_button.isEnabled()
    finally:
        store.close()


def test_an_encrypted_source_asks_its_passphrase_again_when_it_is_wrong(
    qtbot: QtBot,
    journal_path: Path,
    library: FlowLibrary,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    source = tmp_path / "journal.txt"
    source.write_bytes(jrnl_v2((FIXTURES / "jrnl" / "onefile.txt").read_text()))
    asked: list[bool] = []
    answers = iter(["not it", PASSPHRASE])
    monkeypatch.setattr(
        SourcePassphraseDialog,
        "ask",
        lambda parent, name, wrong: asked.append(wrong) or next(answers),
    )
    store = JournalStore.open(journal_path)
    try:
        dialog = previewed(qtbot, store, library, source)
        qtbot.waitUntil(lambda: dialog.preview is not None)
        assert asked == [False, True]
        assert dialog.import_button.text() == "Import 3 reflections"
    finally:
        store.close()


def test_journal_import_writes_off_the_ui_thread_and_shows_what_came_in(
    qtbot: QtBot, open_window: OpenWindow, library: FlowLibrary, monkeypatch: pytest.MonkeyPatch
) -> None:
    view = open_window()
    action = view.actions_["import"]
    assert action.text() == "Imp&ort…" and action.isEnabled()
    dialog = previewed(qtbot, view.store, library, FIXTURES / "daylio" / "export.csv")
    preview = dialog.preview
    monkeypatch.setattr(ImportDialog, "ask", lambda *a: preview)
    written_by: list[str] = []
    real_writer = JournalStore.writer

    def writer(store: JournalStore) -> JournalStore:
        written_by.append(threading.current_thread().name)
        return real_writer(store)

    monkeypatch.setattr(JournalStore, "writer", writer)
    action.trigger()
    qtbot.waitUntil(lambda: view.store.count() == 4)
    qtbot.waitUntil(lambda: view.import_commands.progress is None)
    assert written_by == ["import"]
    assert view.timeline_model.rowCount() == 4
    assert view.reading.reflection is not None and view.reading.reflection.title == "Big win"
    assert view._notice.text() == "Imported 4 reflections (0 already in your journal)."
    action.trigger()  # the same again: nothing new
    qtbot.waitUntil(lambda: "4 already" in view._notice.text())
    assert view.store.count() == 4


def test_a_cancelled_import_in_the_window_writes_nothing(
    qtbot: QtBot, open_window: OpenWindow, library: FlowLibrary, monkeypatch: pytest.MonkeyPatch
) -> None:
    view = open_window()
    dialog = previewed(qtbot, view.store, library, FIXTURES / "daylio" / "export.csv")
    preview = dialog.preview
    assert preview is not None
    many = Preview(
        preview.path, None, None, preview.read, preview.reflections * 60, preview.already
    )
    monkeypatch.setattr(ImportDialog, "ask", lambda *a: many)
    started, go_on = threading.Event(), threading.Event()
    real_import = JournalStore.import_new

    def held(store: JournalStore, reflections, progress=None):  # type: ignore[no-untyped-def]
        started.set()
        go_on.wait(10)  # until the user has pressed Cancel
        return real_import(store, reflections, progress)

    monkeypatch.setattr(JournalStore, "import_new", held)
    view.actions_["import"].trigger()
    assert started.wait(10)
    progress = view.import_commands.progress
    assert progress is not None and progress.accessibleName() == "Import progress"
    (cancel,) = progress.findChildren(QPushButton)
    assert cancel.text() == "Cancel"
    cancel.click()
    go_on.set()
    qtbot.waitUntil(lambda: view.import_commands.progress is None)
    assert view._notice.text() == "Import cancelled; nothing was written."
    assert view.store.count() == 0


def test_an_import_into_an_encrypted_journal_leaves_no_plaintext_anywhere(
    qtbot: QtBot,
    opened,  # type: ignore[no-untyped-def]
    encrypted: Path,  # noqa: F811
    library: FlowLibrary,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    temporary = tmp_path / "tmp"
    temporary.mkdir()
    monkeypatch.setenv("TMPDIR", str(temporary))
    monkeypatch.setattr(tempfile, "tempdir", None)
    source = tmp_path / "source" / "2024-05-01.md"
    source.parent.mkdir()
    source.write_text("MARMOT-PLAIN-9035 from an Obsidian vault\n", encoding="utf-8")
    one = opened(encrypted)
    unlock(qtbot, one)
    view = one.view
    dialog = previewed(qtbot, view.store, library, source.parent)
    monkeypatch.setattr(ImportDialog, "ask", lambda *a: dialog.preview)
    view.actions_["import"].trigger()
    qtbot.waitUntil(lambda: view.store.count() == 2)
    qtbot.waitUntil(lambda: view.import_commands.progress is None)
    one.window.close()
    one.session.close()
    source.unlink()  # the source itself is the user's own plain file
    leaked = [
        str(path.relative_to(tmp_path))
        for path in tmp_path.rglob("*")
        if path.is_file() and b"MARMOT-PLAIN-9035" in path.read_bytes()
    ]
    assert leaked == []


def test_every_string_of_the_dialog_is_translatable() -> None:
    source = Path(import_dialog.__file__).read_text(encoding="utf-8")
    assert 'setText("' not in source and 'QLabel("' not in source
