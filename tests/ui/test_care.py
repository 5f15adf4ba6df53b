"""The app looks after the journal: daily backup, one instance, damaged journals, backups."""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Callable
from dataclasses import replace
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from coachdesk.coaching.flows import FlowLibrary
from coachdesk.coaching.reflections import Answer
from coachdesk.journal_lock import raise_path
from coachdesk.storage import JournalStore, StorageUnavailable, backups
from coachdesk.ui.protection import care
from coachdesk.ui.protection.care import BackupsDialog
from tests.ui.conftest import Opened, OpenWindow


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def journal_with(path: Path, library: FlowLibrary, *texts: str) -> None:
    store = JournalStore.open(path)
    flow = library.flows[0]
    for text in texts:
        reflection = store.start(flow)
        store.save_answer(reflection.id, replace(Answer.blank(flow.questions[0], 0), text=text))
        store.finish(reflection.id)
    store.close()


def damage(path: Path) -> None:
    for side in path.parent.glob(path.name + "-*"):
        side.unlink()
    data = bytearray(path.read_bytes())
    data[4096 : 4096 + 400] = b"\xff" * 400
    path.write_bytes(bytes(data))


def damage_unread(path: Path) -> None:
    """Damage a page the window does not read at opening (the search index's), which only
    SQLite's quick check, run beside the window, finds."""
    with sqlite3.connect(path) as conn:
        (root,) = conn.execute(
            "select rootpage from sqlite_master where name = 'answers_fts_idx'"
        ).fetchone()
        (size,) = conn.execute("PRAGMA page_size").fetchone()
    conn.close()
    data = bytearray(path.read_bytes())
    data[(root - 1) * size] = 0x00  # no valid kind of b-tree page
    path.write_bytes(bytes(data))


def backed_up_then_damaged(
    path: Path, library: FlowLibrary, damaging: Callable[[Path], None]
) -> str:
    """A journal with a daily backup, one reflection written after it, then damaged;
    the damaged file's digest."""
    journal_with(path, library, "in the backup")
    store = JournalStore.open(path)
    backups.make(store._db, path, "daily", datetime.now().astimezone())
    store.close()
    journal_with(path, library, "written after it")
    damaging(path)
    return digest(path)


def answers(one: Opened) -> list[str]:
    store = one.view.store
    return sorted(a.text for s in store.timeline() for a in store.get(s.id).answers)


def test_the_first_open_of_the_day_makes_a_backup_once(
    qtbot: QtBot,
    opened,
    journal_path: Path,
    library: FlowLibrary,  # type: ignore[no-untyped-def]
) -> None:
    journal_with(journal_path, library, "one")
    first = opened(journal_path)
    first.session.opened.care.wait()
    (made,) = backups.backups_of(journal_path)
    assert made.reason == "daily" and backups.check(made.path, None) == "ok"
    first.window.close()
    first.session.close()
    second = opened(journal_path)
    second.session.opened.care.wait()
    assert backups.backups_of(journal_path) == [made]


def test_a_second_window_on_the_same_journal_is_refused_and_wakes_the_first(
    qtbot: QtBot,
    opened,
    journal_path: Path,
    library: FlowLibrary,
    monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
) -> None:
    journal_with(journal_path, library, "one")
    first = opened(journal_path)
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text: told.append(text))
    from coachdesk.session import JournalSession
    from coachdesk.ui.main_window import MainWindow

    window = MainWindow(first.session._settings)
    qtbot.addWidget(window)
    second = JournalSession(window, first.session._settings)
    assert second.open(journal_path, demo=False) is False
    assert "already open" in told[0]
    assert raise_path(journal_path).exists()
    assert first.session.hold is not None
    first.session.hold._on_watcher_directory_changed(str(journal_path.parent))
    assert not raise_path(journal_path).exists()
    second.close()


def test_a_damaged_journal_is_never_written_and_the_newest_good_backup_is_offered(
    qtbot: QtBot,
    opened,
    journal_path: Path,
    library: FlowLibrary,
    monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
) -> None:
    damaged = backed_up_then_damaged(journal_path, library, damage)
    offered: list[str] = []

    def offer(parent: object, backup: object, lost: object, problem: str) -> bool:
        offered.append(care.describe_loss(backup, lost))  # type: ignore[arg-type]
        return True

    monkeypatch.setattr("coachdesk.session.recovery.offer_restore", offer)
    one = opened(journal_path)
    assert "written since" in offered[0] or "as it was on" in offered[0]
    assert answers(one) == ["in the backup"]
    (kept,) = journal_path.parent.glob("journal.sqlite.replaced-*")
    assert digest(kept) == damaged  # the damaged file is kept, untouched


def test_damage_found_by_the_check_beside_the_window_closes_it_and_offers_the_backup(
    qtbot: QtBot,
    opened,
    journal_path: Path,
    library: FlowLibrary,
    monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
) -> None:
    damaged = backed_up_then_damaged(journal_path, library, damage_unread)
    offered: list[str] = []

    def offer(parent: object, backup: object, lost: object, problem: str) -> bool:
        offered.append(problem)
        return True

    monkeypatch.setattr("coachdesk.session.recovery.offer_restore", offer)
    held: list[care.DailyCare] = []
    monkeypatch.setattr(care.DailyCare, "start", lambda self: held.append(self))
    one = opened(journal_path)  # the window opens at once: the check runs beside it
    assert answers(one) == ["in the backup", "written after it"] and offered == []
    with pytest.raises(StorageUnavailable) as refused:  # a save before the verdict waits
        one.view.store.start(library.flows[0])  # for it: refused, nothing written
    assert refused.value.reason == "damaged" and digest(journal_path) == damaged
    held[0]._thread.start()
    qtbot.waitUntil(lambda: bool(offered), timeout=10_000)
    assert "damaged" in offered[0]
    qtbot.waitUntil(lambda: one.window.journal is not None)
    assert answers(one) == ["in the backup"]
    (kept,) = journal_path.parent.glob("journal.sqlite.replaced-*")
    assert digest(kept) == damaged  # never written to, not even by a daily backup
    assert [b.reason for b in backups.backups_of(journal_path)] == ["daily"]


def test_declining_the_restore_leaves_the_damaged_file_as_it_was(
    qtbot: QtBot,
    settings,
    journal_path: Path,
    library: FlowLibrary,
    monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
) -> None:
    journal_with(journal_path, library, "x")
    store = JournalStore.open(journal_path)
    backups.make(store._db, journal_path, "daily", datetime.now().astimezone())
    store.close()
    damage(journal_path)
    before = digest(journal_path)
    monkeypatch.setattr("coachdesk.session.recovery.offer_restore", lambda *args: False)
    from coachdesk.session import JournalSession
    from coachdesk.ui.main_window import MainWindow

    window = MainWindow(settings)
    qtbot.addWidget(window)
    session = JournalSession(window, settings)
    assert session.open(journal_path, demo=False) is False
    session.close()
    assert digest(journal_path) == before


def test_back_up_now_and_restore_from_the_backups_dialog(
    qtbot: QtBot,
    opened,
    journal_path: Path,
    library: FlowLibrary,
    monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
) -> None:
    journal_with(journal_path, library, "first")
    one = opened(journal_path)
    one.session.opened.care.wait()

    def press_back_up_now(dialog: BackupsDialog) -> int:
        dialog.back_up_now = True
        return 1

    monkeypatch.setattr(BackupsDialog, "exec", press_back_up_now)
    one.view.actions_["backups"].trigger()
    reasons = sorted(b.reason for b in backups.backups_of(journal_path))
    assert reasons == ["daily", "manual"]
    daily = next(b for b in backups.backups_of(journal_path) if b.reason == "daily")
    one.view.store.start(library.flows[0])  # something the backup does not have

    def choose_daily(dialog: BackupsDialog) -> int:
        dialog.chosen = daily
        return 1

    monkeypatch.setattr(BackupsDialog, "exec", choose_daily)
    asked: list[str] = []
    monkeypatch.setattr(
        QMessageBox,
        "question",
        lambda parent, title, text: asked.append(text) or QMessageBox.StandardButton.Yes,
    )
    one.view.actions_["backups"].trigger()
    QApplication.processEvents()
    assert "lacks one reflection written since" in asked[0]
    assert one.view.store.count() == 1


def test_an_answer_damaged_in_the_file_is_reported_not_a_crash(
    qtbot: QtBot, journal_path: Path, library: FlowLibrary, open_window: OpenWindow
) -> None:
    from dataclasses import replace as replaced

    from coachdesk.coaching.reflections import NewReflection

    store = JournalStore.open(journal_path)
    flow = library.get("free-note")
    assert flow is not None
    marker = "DAMAGE-MARKER-" + "x" * 40
    answer = replaced(Answer.blank(flow.questions[0], 0), text=marker)
    store.add(NewReflection(flow, (answer,), store.now()))
    store.close()
    raw = bytearray(journal_path.read_bytes())
    at = raw.find(marker.encode())
    assert at > 0
    raw[at + 20] = 0xFF  # not UTF-8: SQLite's quick check passes, reading it does not
    journal_path.write_bytes(bytes(raw))

    view = open_window()  # the timeline's previews are where the damage is
    said = view.library._nothing
    assert said.isVisible() and "damaged" in said.text()
    assert marker not in said.text()
    said.hide()
    view.library.finder.field.setText("DAMAGE")  # searching runs into it too
    qtbot.waitUntil(lambda: said.isVisible() and "damaged" in said.text(), timeout=5000)


def test_a_plain_backup_over_an_encrypted_journal_is_restored_only_when_asked_for(
    qtbot: QtBot,
    opened,
    journal_path: Path,
    library: FlowLibrary,
    monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
) -> None:
    import shutil

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QAbstractButton

    from coachdesk.storage import protection
    from coachdesk.storage.keyfile import key_file_of
    from tests.ui.test_locking import unlock

    journal_with(journal_path, library, "plain words")
    store = JournalStore.open(journal_path)
    plain = backups.make(store._db, journal_path, "manual", datetime(2026, 11, 1).astimezone())
    store.close()
    aside = journal_path.with_name("aside.sqlite")
    shutil.copyfile(plain.path, aside)
    protection.encrypt(journal_path, "a calm evening walk")
    one = opened(journal_path)
    unlock(qtbot, one, "a calm evening walk")  # (which would encrypt a plain backup)
    one.session.opened.care.wait()
    shutil.copyfile(aside, plain.path)  # copied back in by hand, unencrypted, since
    key_file_of(plain.path).unlink()
    aside.unlink()
    chosen = next(b for b in backups.backups_of(journal_path) if b.path == plain.path)

    def choose_plain(dialog: BackupsDialog) -> int:
        dialog.chosen = chosen
        return 1

    monkeypatch.setattr(BackupsDialog, "exec", choose_plain)
    warnings: list[str] = []

    def answer_with(label: str) -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        warnings.append(box.text())
        (button,) = [b for b in box.findChildren(QAbstractButton) if b.text() == label]
        button.click()

    QTimer.singleShot(0, lambda: answer_with("Cancel"))
    one.view.actions_["backups"].trigger()
    assert "leaves your journal unencrypted" in warnings[0]
    assert protection.kind_of(journal_path) is protection.JournalKind.ENCRYPTED
    QTimer.singleShot(0, lambda: answer_with("Restore unencrypted"))
    one.view.actions_["backups"].trigger()
    QApplication.processEvents()
    assert protection.kind_of(journal_path) is protection.JournalKind.PLAIN
    assert one.window.journal is not None and not one.view.store.encrypted
    assert one.view.store.count() == 1


def test_a_clicked_reminder_brings_the_open_window_to_this_week(
    qtbot: QtBot,
    opened,
    journal_path: Path,
    library: FlowLibrary,  # type: ignore[no-untyped-def]
) -> None:
    from coachdesk.reminders.opening import open_this_week

    journal_with(journal_path, library, "one")
    first = opened(journal_path)
    first.view.timeline.setFocus()
    assert not first.view.this_week.isVisible()
    assert open_this_week(journal_path, start=False) == "asked"
    assert first.session.hold is not None
    first.session.hold._on_watcher_directory_changed(str(journal_path.parent))
    assert first.view.this_week.isVisible()
    assert not raise_path(journal_path).exists()
