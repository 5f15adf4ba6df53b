"""An encrypted journal in the window: unlock, lock, auto-lock, and setting it up."""

from __future__ import annotations

import gc
import hashlib
import tempfile
from dataclasses import replace
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QMessageBox, QPlainTextEdit, QWidget
from pytestqt.qtbot import QtBot

from coachdesk.coaching.flows import FlowLibrary
from coachdesk.coaching.reflections import Answer
from coachdesk.settings import Settings
from coachdesk.storage import JournalStore, backups, protection
from coachdesk.storage.protection import JournalKind
from coachdesk.ui.protection.protection_dialogs import PassphraseDialog, RecoveryKeyDialog
from tests.ui.conftest import Opened
from tests.ui.keyboard import press, type_text

PASSPHRASE = "a calm evening walk"
MARKER = "OKAPI-SECRET-5521"


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def encrypted(journal_path: Path, library: FlowLibrary) -> Path:
    store = JournalStore.open(journal_path)
    flow = library.flows[0]
    reflection = store.start(flow)
    store.save_answer(reflection.id, replace(Answer.blank(flow.questions[0], 0), text=MARKER))
    store.finish(reflection.id)
    store.close()
    protection.encrypt(journal_path, PASSPHRASE)
    return journal_path


def visible_text(root: QWidget) -> str:
    parts = [root.windowTitle()]
    for widget in root.findChildren(QWidget):
        parts += [widget.toolTip(), widget.accessibleName(), widget.accessibleDescription()]
        if isinstance(widget, QLabel):
            parts.append(widget.text())
        if isinstance(widget, QLineEdit | QPlainTextEdit):
            parts += [widget.placeholderText()]
            parts.append(widget.text() if isinstance(widget, QLineEdit) else widget.toPlainText())
    return "\n".join(parts)


def unlock(qtbot: QtBot, opened: Opened, secret: str = PASSPHRASE) -> None:
    page = opened.page()
    page.secret.setText(secret)
    qtbot.keyClick(page.secret, Qt.Key.Key_Return)
    QApplication.processEvents()  # the unlock page goes at the next turn of the loop


def test_an_encrypted_journal_opens_on_the_unlock_page(
    qtbot: QtBot, opened, encrypted: Path
) -> None:  # type: ignore[no-untyped-def]
    one = opened(encrypted)
    assert one.window.journal is None and MARKER not in visible_text(one.window)
    assert one.page().secret.hasFocus()
    unlock(qtbot, one)
    assert one.view.store.encrypted and one.view.store.count() == 1


def test_a_wrong_passphrase_is_called_wrong_and_writes_nothing(
    qtbot: QtBot, opened, encrypted: Path
) -> None:  # type: ignore[no-untyped-def]
    before = {p.name: digest(p) for p in encrypted.parent.iterdir()}
    one = opened(encrypted)
    unlock(qtbot, one, "a calm evening talk")
    assert one.page().error.text() == "That passphrase does not open this journal."
    assert "damaged" not in one.page().error.text()
    after = {p.name: digest(p) for p in encrypted.parent.iterdir() if p.suffix != ".lock"}
    assert after == before  # only the instance lock is new


def test_the_recovery_key_opens_it_too(
    qtbot: QtBot, opened, journal_path: Path, library: FlowLibrary
) -> None:  # type: ignore[no-untyped-def]
    JournalStore.open(journal_path).close()
    recovery = protection.encrypt(journal_path, PASSPHRASE)
    one = opened(journal_path)
    one.page()._on_switch_clicked()
    unlock(qtbot, one, recovery)
    assert one.window.journal is not None


def test_locking_saves_what_is_typed_and_forgets_everything_shown(
    qtbot: QtBot,
    opened,
    encrypted: Path,
    library: FlowLibrary,  # type: ignore[no-untyped-def]
) -> None:
    one = opened(encrypted)
    unlock(qtbot, one)
    view = one.view
    reflection = view.store.start(library.flows[0])
    view.enter_guided(reflection.id, at=0)
    type_text(qtbot, "typed just before the lock")
    QGuiApplication.clipboard().setText(MARKER)
    view._copied = MARKER  # as if the story bank had put it there
    press(qtbot, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert one.window.journal is None
    QApplication.processEvents()
    assert MARKER not in visible_text(one.window)
    assert QGuiApplication.clipboard().text() == ""
    # Of the menus only Journal stays: another journal can be opened, or coachdesk quit.
    assert [a.text() for a in one.window.menuBar().actions()] == ["&Journal"]
    assert one.session.opened is None
    gc.collect()
    holding = [o for o in gc.get_objects() if isinstance(o, JournalStore) and o.key is not None]
    assert holding == []  # no store, the daily care's reader included, keeps the key
    unlock(qtbot, one)
    texts = [a.text for s in one.view.store.timeline() for a in one.view.store.get(s.id).answers]
    assert "typed just before the lock" in texts


def test_it_locks_itself_after_the_idle_minutes(
    qtbot: QtBot, opened, encrypted: Path, settings: Settings
) -> None:  # type: ignore[no-untyped-def]
    settings.auto_lock_minutes = 10
    one = opened(encrypted)
    unlock(qtbot, one)
    idle = one.session.opened.idle
    assert idle is not None
    one.clock.now += 9 * 60
    idle.check()
    assert one.window.journal is not None
    idle.poke()  # the user typed something
    one.clock.now += 9 * 60
    idle.check()
    assert one.window.journal is not None
    one.clock.now += 61
    idle.check()
    assert one.window.journal is None


def test_a_plain_journal_never_auto_locks_and_offers_encryption_on_ctrl_l(
    qtbot: QtBot,
    opened,
    journal_path: Path,
    monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
) -> None:
    one = opened(journal_path)
    assert one.session.opened.idle is None
    asked: list[str] = []
    monkeypatch.setattr(
        QMessageBox,
        "question",
        lambda *a, **k: asked.append("asked") or QMessageBox.StandardButton.No,
    )
    press(qtbot, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert asked == ["asked"] and one.window.journal is not None


def test_encrypting_from_the_window_shows_the_recovery_key_once(
    qtbot: QtBot,
    opened,
    journal_path: Path,
    library: FlowLibrary,
    monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
) -> None:
    one = opened(journal_path)
    one.view.store.start(library.flows[0])
    monkeypatch.setattr(PassphraseDialog, "ask_new", lambda parent: PASSPHRASE)
    shown: list[str] = []
    monkeypatch.setattr(RecoveryKeyDialog, "show_once", lambda parent, key: shown.append(key))
    one.view.actions_["encrypt"].trigger()
    assert protection.kind_of(journal_path) is JournalKind.ENCRYPTED
    assert len(shown) == 1 and protection.recover(journal_path, shown[0])
    assert one.view.store.encrypted and one.view.store.count() == 1
    assert one.view.actions_["passwd"].isVisible() and not one.view.actions_["encrypt"].isVisible()


def test_removing_the_encryption_from_the_window(
    qtbot: QtBot,
    opened,
    encrypted: Path,
    monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
) -> None:
    one = opened(encrypted)
    unlock(qtbot, one)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: warned.append(text))
    monkeypatch.setattr(PassphraseDialog, "ask_current", lambda *a: "not the passphrase")
    one.view.actions_["decrypt"].trigger()  # Yes alone is not enough
    assert protection.kind_of(encrypted) is JournalKind.ENCRYPTED and warned
    monkeypatch.setattr(PassphraseDialog, "ask_current", lambda *a: PASSPHRASE)
    one.view.actions_["decrypt"].trigger()
    assert protection.kind_of(encrypted) is JournalKind.PLAIN
    assert not one.view.store.encrypted and one.view.store.count() == 1


def test_a_new_recovery_key_from_the_window_after_the_passphrase(
    qtbot: QtBot,
    opened,
    encrypted: Path,
    monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
) -> None:
    one = opened(encrypted)
    unlock(qtbot, one)
    before = digest(encrypted.with_name(encrypted.name + ".key"))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: warned.append(text))
    shown: list[str] = []
    monkeypatch.setattr(RecoveryKeyDialog, "show_once", lambda parent, key: shown.append(key))
    monkeypatch.setattr(PassphraseDialog, "ask_current", lambda *a: "not the passphrase")
    action = one.view.actions_["recovery"]
    assert action.isVisible() and action.text() == "New &recovery key…"
    action.trigger()
    assert warned and shown == []
    assert digest(encrypted.with_name(encrypted.name + ".key")) == before
    monkeypatch.setattr(PassphraseDialog, "ask_current", lambda *a: PASSPHRASE)
    action.trigger()
    (recovery,) = shown
    assert protection.recover(encrypted, recovery) == one.view.store.key


def test_a_session_with_an_encrypted_journal_leaves_no_plaintext_anywhere(
    qtbot: QtBot,
    opened,  # type: ignore[no-untyped-def]
    encrypted: Path,
    library: FlowLibrary,
    settings: Settings,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Everything the app may write lies under tmp_path: the journal's folder with its
    # backups, the settings file, and the temporary folder (Qt and SQLite read TMPDIR).
    temporary = tmp_path / "tmp"
    temporary.mkdir()
    monkeypatch.setenv("TMPDIR", str(temporary))
    monkeypatch.setattr(tempfile, "tempdir", None)
    one = opened(encrypted)
    unlock(qtbot, one)
    view = one.view
    reflection = view.store.start(library.flows[0])
    view.enter_guided(reflection.id, at=0)
    type_text(qtbot, "walrus WALRUS-PLAIN-4471 in the answer")
    view.guided.pause()
    view.library.finder.field.setText("walrus")  # the search thread reads it too
    qtbot.waitUntil(lambda: view.timeline_model.rowCount() == 1, timeout=3000)
    view.store.add_check_in(3, 3, 3, 50, "WALRUS-PLAIN-4471 in a note")
    one.session.opened.care.wait()
    made = backups.make(view.store._db, encrypted, "manual", datetime.now().astimezone())
    assert made.path.is_relative_to(tmp_path)  # a backup holding the marker, encrypted
    press(qtbot, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    one.window.close()
    one.session.close()
    settings.sync()
    assert (tmp_path / "settings.ini").exists()
    leaked = [
        str(path.relative_to(tmp_path))
        for path in tmp_path.rglob("*")
        if path.is_file() and b"WALRUS-PLAIN-4471" in path.read_bytes()
    ]
    assert leaked == []
    assert {p.name for p in encrypted.parent.iterdir()} >= {"journal.sqlite", "journal.sqlite.key"}


def test_input_in_any_window_of_the_app_is_activity(
    qtbot: QtBot, opened, encrypted: Path, settings: Settings
) -> None:  # type: ignore[no-untyped-def]
    # Watched on the windows, where input arrives first (see ui/idle_lock.py).
    from PySide6.QtCore import QPoint
    from PySide6.QtTest import QTest

    settings.auto_lock_minutes = 10
    one = opened(encrypted)
    unlock(qtbot, one)
    idle = one.session.opened.idle
    assert idle is not None
    one.clock.now += 9 * 60
    handle = one.window.windowHandle()
    QTest.keyClick(handle, Qt.Key.Key_Shift)
    one.clock.now += 9 * 60
    idle.check()
    assert one.window.journal is not None  # 18 minutes, but a key 9 minutes ago
    dialog = QWidget()
    qtbot.addWidget(dialog)
    with qtbot.waitExposed(dialog):
        dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QGuiApplication.focusWindow() is dialog.windowHandle())
    one.clock.now += 9 * 60
    QTest.mouseMove(dialog.windowHandle(), QPoint(5, 5))
    one.clock.now += 9 * 60
    idle.check()
    assert one.window.journal is not None  # the mouse in another window, 9 minutes ago
    one.clock.now += 61
    idle.check()
    assert one.window.journal is None


def test_the_recovery_key_is_masked_as_it_is_typed_and_shown_only_on_purpose(
    qtbot: QtBot,
    opened,
    encrypted: Path,  # type: ignore[no-untyped-def]
) -> None:
    one = opened(encrypted)
    page = one.page()
    page._switch.click()  # "Forgot it? Use the recovery key"
    assert page.secret.accessibleName() == "Recovery key"
    assert page.secret.echoMode() is QLineEdit.EchoMode.Password
    page.show_secret.setChecked(True)
    assert page.secret.echoMode() is QLineEdit.EchoMode.Normal
    page._switch.click()  # back to the passphrase: masked again
    assert page.secret.echoMode() is QLineEdit.EchoMode.Password
    assert not page.show_secret.isChecked()


def test_the_idle_lock_closes_a_dialog_left_open_before_it_locks(
    qtbot: QtBot,
    opened,
    encrypted: Path,
    settings: Settings,  # type: ignore[no-untyped-def]
) -> None:
    from coachdesk.ui.protection.protection_dialogs import RecoveryKeyDialog

    settings.auto_lock_minutes = 10
    one = opened(encrypted)
    unlock(qtbot, one)
    left_open = RecoveryKeyDialog("ABCD-EFGH-SECRET", one.window)
    left_open.open()  # window-modal, as a dialog left on screen
    assert left_open.isVisible()
    idle = one.session.opened.idle
    one.clock.now += 11 * 60
    idle.check()
    assert not left_open.isVisible()  # nothing of the journal stays on screen
    qtbot.waitUntil(lambda: one.window.journal is None, timeout=2000)
    assert "ABCD-EFGH-SECRET" not in visible_text(one.window)


def test_the_idle_clock_counts_the_time_asleep() -> None:
    import time

    from coachdesk.ui.protection.idle_lock import asleep_too

    before = asleep_too()
    assert abs(asleep_too() - before) < 1
    if hasattr(time, "CLOCK_BOOTTIME"):  # Linux: boot time, which goes on through suspend
        assert abs(asleep_too() - time.clock_gettime(time.CLOCK_BOOTTIME)) < 1
