"""The recovery key: Enter means "I have kept it"; a copy leaves the clipboard again. A new
passphrase: how strong it is, seen and heard."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from coachdesk.ui.common.secret_clipboard import CLEAR_AFTER_MS
from coachdesk.ui.protection.protection_dialogs import PassphraseDialog, RecoveryKeyDialog
from tests.platforms import assert_mode
from tests.ui.keyboard import focused

KEY = "R3CV-7QXA-M2KD-99PL-ZT4E-HB6N"
BEFORE = "what the user had copied before"


def shown(qtbot: QtBot, **options: int) -> RecoveryKeyDialog:
    QGuiApplication.clipboard().setText(BEFORE)
    dialog = RecoveryKeyDialog(KEY, **options)
    qtbot.addWidget(dialog)
    with qtbot.waitActive(dialog):
        dialog.show()
    return dialog


def test_enter_closes_with_i_have_kept_it_and_leaves_the_clipboard(qtbot: QtBot) -> None:
    dialog = shown(qtbot)
    qtbot.keyClick(focused(qtbot), Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted and not dialog.isVisible()
    assert QGuiApplication.clipboard().text() == BEFORE


def test_enter_on_a_focused_copy_button_does_not_copy(qtbot: QtBot) -> None:
    dialog = shown(qtbot)
    dialog.copy.setFocus()
    qtbot.keyClick(dialog.copy, Qt.Key.Key_Enter, Qt.KeyboardModifier.KeypadModifier)
    assert QGuiApplication.clipboard().text() == BEFORE
    assert dialog.result() == QDialog.DialogCode.Accepted  # the default: I have kept it
    assert not dialog.copy.autoDefault() and not dialog.copy.isDefault()
    assert dialog.done_button.isDefault()


def test_copy_puts_the_key_there_and_says_for_how_long(qtbot: QtBot) -> None:
    dialog = shown(qtbot)
    qtbot.mouseClick(dialog.copy, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == KEY
    assert dialog.copied_note.text() == (
        "Copied — it will be removed from the clipboard in 30 seconds."
    )
    copied = dialog.copied
    assert copied is not None and copied.timer.isActive()
    assert copied.timer.interval() == CLEAR_AFTER_MS == 30_000
    copied.timer.timeout.emit()  # the 30 seconds have passed
    assert QGuiApplication.clipboard().text() == ""


def test_the_key_leaves_the_clipboard_when_its_time_is_up(qtbot: QtBot) -> None:
    dialog = shown(qtbot, clear_after_ms=20)
    dialog.copy.click()
    assert QGuiApplication.clipboard().text() == KEY
    dialog.done_button.click()  # closing early: the key stays for the rest of its time
    assert QGuiApplication.clipboard().text() == KEY
    qtbot.waitUntil(lambda: QGuiApplication.clipboard().text() == "", timeout=2000)


def test_what_the_user_copied_since_is_left_alone(qtbot: QtBot) -> None:
    dialog = shown(qtbot)
    dialog.copy.click()
    QGuiApplication.clipboard().setText("a phone number copied meanwhile")
    copied = dialog.copied
    assert copied is not None
    copied.timer.timeout.emit()
    assert QGuiApplication.clipboard().text() == "a phone number copied meanwhile"


def test_the_key_leaves_the_clipboard_when_the_app_quits(qtbot: QtBot) -> None:
    dialog = shown(qtbot)
    dialog.copy.click()
    app = QGuiApplication.instance()
    assert app is not None
    app.aboutToQuit.emit()
    assert QGuiApplication.clipboard().text() == ""


def test_the_copy_is_marked_secret_for_clipboard_histories(qtbot: QtBot) -> None:
    dialog = shown(qtbot)
    dialog.copy.click()
    data = QGuiApplication.clipboard().mimeData()
    assert data is not None
    assert bytes(data.data("x-kde-passwordManagerHint").data()) == b"secret"
    assert dialog.copied is not None
    dialog.copied.forget()


def test_the_recovery_key_is_saved_readable_by_you_alone(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:

    from PySide6.QtWidgets import QFileDialog

    target = tmp_path / "key.txt"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args: (str(target), ""))
    dialog = RecoveryKeyDialog("ABCD-EFGH")
    qtbot.addWidget(dialog)
    dialog._save()
    assert "ABCD-EFGH" in target.read_text(encoding="utf-8")
    assert_mode(target, 0o600)


def test_the_new_passphrase_gets_strength_feedback_seen_and_heard(qtbot: QtBot) -> None:
    dialog = PassphraseDialog(False)
    qtbot.addWidget(dialog)
    said = []
    for typed in ("kat", "password1", "a calm evening walk", "een rustige avond aan zee", ""):
        dialog.new.setText(typed)
        said.append(dialog.strength.text())
        assert dialog.new.accessibleDescription() == dialog.strength.text()
    assert said == [
        "Too short: use at least 8 characters.",
        "Weak: easy to guess. Add a few words only you would put together.",
        "Fair. One more word makes it strong.",
        "Strong.",
        "",
    ]
    dialog.new.setText("password1")
    dialog.again.setText("password1")
    dialog.accept()  # feedback, not a rule: a weak one of eight characters is accepted
    assert dialog.result() == QDialog.DialogCode.Accepted
