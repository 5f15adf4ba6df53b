"""Several journals in one window: New journal…, Open journal…, Recent journals; each with its
own lock, passphrase and window, and never its file name in the title or the coach view."""

from __future__ import annotations

import hashlib
import sqlite3
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import QRect
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QMenu, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from coachdesk.coaching.flows import FlowLibrary
from coachdesk.coaching.reflections import Answer, NewReflection
from coachdesk.journal_lock import JournalLock
from coachdesk.session import JournalSession
from coachdesk.session.switching import JournalSwitch
from coachdesk.settings import Settings
from coachdesk.storage import JournalStore, protection
from coachdesk.ui.coaching_hour import coaching_hour
from coachdesk.ui.coaching_hour.session_prep import SessionPlan, SessionPrepDialog
from coachdesk.ui.journal_files import JournalFileDialog, RecentMenu
from coachdesk.ui.main_window import MainWindow
from coachdesk.ui.protection.unlock_page import UnlockPage
from tests.ui.conftest import Opened
from tests.ui.keyboard import type_text
from tests.ui.test_coach_session import on_screen

WORK, HOME = "WORK-MARKER-3391 the Dekkerhof renewal", "HOME-MARKER-7710 my own year"
PASSPHRASE = "a calm evening walk"


def journal_with(path: Path, library: FlowLibrary, text: str) -> Path:
    """A journal at `path` with one free note saying `text`."""
    flow = library.get("free-note")
    assert flow is not None
    answer = replace(Answer.blank(flow.questions[0], 0), text=text)
    store = JournalStore.open(path)
    store.add(NewReflection(flow, (answer,), store.now()))
    store.close()
    return path


@pytest.fixture
def work(tmp_path: Path, library: FlowLibrary) -> Path:
    return journal_with(tmp_path / "work" / "journal.sqlite", library, WORK)


@pytest.fixture
def home(tmp_path: Path, library: FlowLibrary) -> Path:
    return journal_with(tmp_path / "home" / "Acme-takeover-private.sqlite", library, HOME)


@pytest.fixture
def told(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """What message boxes said (a locked window has no notice line)."""
    said: list[str] = []

    def box(_parent: object, _title: str, text: str, *_rest: object) -> QMessageBox.StandardButton:
        said.append(text)
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "warning", box)
    monkeypatch.setattr(QMessageBox, "information", box)
    return said


def choose_in_dialog(monkeypatch: pytest.MonkeyPatch, path: Path | None) -> None:
    monkeypatch.setattr(JournalFileDialog, "ask_open", classmethod(lambda cls, p, f: path))
    monkeypatch.setattr(JournalFileDialog, "ask_new", classmethod(lambda cls, p, s: path))


def free(path: Path) -> bool:
    """True when no coachdesk window holds the journal at `path`."""
    lock = JournalLock(path)
    if lock.acquire():
        lock.release()
        return True
    return False


def journal_menu(window: MainWindow) -> QMenu:
    menu = window.menuBar().actions()[0].menu()
    assert isinstance(menu, QMenu)
    return menu


def recent_menu(window: MainWindow) -> RecentMenu:
    menus = [a.menu() for a in journal_menu(window).actions() if a.menu() is not None]
    assert len(menus) == 1 and isinstance(menus[0], RecentMenu)
    menus[0].refresh()  # as when it opens
    return menus[0]


def recent_entry(window: MainWindow, name: str) -> QAction:
    entries = [a for a in recent_menu(window).actions() if name in a.text()]
    assert len(entries) == 1, [a.text() for a in recent_menu(window).actions()]
    return entries[0]


def test_opening_another_journal_shows_it_and_lets_go_of_the_first(
    opened, work: Path, home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    one: Opened = opened(work)
    assert WORK in on_screen() and not free(work)
    choose_in_dialog(monkeypatch, home)
    one.view.actions_["open_journal"].trigger()
    QApplication.processEvents()
    assert one.view.store.path == home
    shown = on_screen()
    assert HOME in shown and WORK not in shown
    assert free(work) and not free(home)  # the first journal's lock went with it
    assert one.session.opened is not None and one.session.opened.store is one.view.store


def test_what_is_being_typed_is_saved_in_its_own_journal_before_switching(
    qtbot: QtBot, opened, work: Path, home: Path, library: FlowLibrary
) -> None:  # type: ignore[no-untyped-def]
    one: Opened = opened(work)
    reflection = one.view.store.start(library.flows[0])
    one.view.enter_guided(reflection.id, at=0)
    type_text(qtbot, "typed in the work journal")  # the answer field has focus
    # While answering the menu waits for Continue later (Esc), as the rest of Journal does;
    # whatever else switches journals saves what was typed first.
    assert not one.view.actions_["open_journal"].isEnabled()
    assert one.session.journals.switch_to(home)
    assert one.view.store.path == home
    one.session.close()
    for path, expected in ((work, True), (home, False)):
        store = JournalStore.open(path)
        texts = [a.text for s in store.timeline() for a in store.get(s.id).answers]
        store.close()
        assert ("typed in the work journal" in texts) is expected


def test_an_encrypted_journal_asks_its_own_passphrase(
    qtbot: QtBot, opened, work: Path, home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    protection.encrypt(home, PASSPHRASE)
    one: Opened = opened(work)
    choose_in_dialog(monkeypatch, home)
    one.view.actions_["open_journal"].trigger()
    QApplication.processEvents()
    page = one.page()
    assert isinstance(page, UnlockPage) and one.window.journal is None
    assert WORK not in on_screen() and HOME not in on_screen()
    assert free(work) and not free(home)
    # The locked window offers the other journals, and nothing of them.
    assert [a.text() for a in one.window.menuBar().actions()] == ["&Journal"]
    assert "journal.sqlite" in recent_entry(one.window, "journal.sqlite").text()
    page.secret.setText(PASSPHRASE)
    page.unlock_requested.emit(PASSPHRASE, False)
    QApplication.processEvents()
    assert one.view.store.encrypted and HOME in on_screen()
    # Back to the plain one from the recent list: no passphrase asked, the key gone.
    recent_entry(one.window, "journal.sqlite").trigger()
    QApplication.processEvents()
    assert one.view.store.path == work and not one.view.store.encrypted
    assert WORK in on_screen() and HOME not in on_screen()


def test_the_locked_window_can_open_another_journal_without_unlocking(
    opened, work: Path, home: Path, told: list[str]
) -> None:  # type: ignore[no-untyped-def]
    protection.encrypt(work, PASSPHRASE)
    one: Opened = opened(home)  # remembered in the list
    one.session.journals.switch_to(work)
    assert isinstance(one.page(), UnlockPage)
    recent_entry(one.window, home.name).trigger()
    QApplication.processEvents()
    assert one.view.store.path == home and HOME in on_screen() and told == []


def test_the_recent_list_holds_places_and_window_state_only(
    opened, work: Path, home: Path, settings: Settings, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    one: Opened = opened(work)
    one.session.journals.switch_to(home)
    assert [j.path for j in settings.recent_journals] == [home, work]
    menu = recent_menu(one.window)
    texts = [a.text() for a in menu.actions() if not a.isSeparator()]
    assert texts[0].startswith("&1 Acme-takeover-private.sqlite (")
    assert texts[1].startswith("&2 journal.sqlite (") and str(work.parent) in texts[1]
    assert texts[-1] == "&Clear the list"
    current = menu.actions()[0]
    assert current.isChecked() and not current.isEnabled()  # the one open now
    settings.sync()
    written = (tmp_path / "settings.ini").read_text(encoding="utf-8")
    assert "MARKER" not in written and "Dekkerhof" not in written
    assert str(home) in written and str(work) in written


def test_a_journal_gone_from_its_place_is_said_so_and_taken_off_the_list(
    opened, work: Path, home: Path, settings: Settings
) -> None:  # type: ignore[no-untyped-def]
    one: Opened = opened(work)
    one.session.journals.switch_to(home)
    one.session.journals.switch_to(work)
    home.rename(home.with_name("moved.sqlite"))
    entry = recent_entry(one.window, home.name)
    assert entry.text().endswith("(not found)")
    entry.trigger()
    assert one.view.store.path == work
    assert [j.path for j in settings.recent_journals] == [work]
    assert "It was taken off the list." in one.view._notice.text()


def test_clear_the_list_keeps_only_the_journal_open_now(
    opened, work: Path, home: Path, settings: Settings
) -> None:  # type: ignore[no-untyped-def]
    one: Opened = opened(work)
    one.session.journals.switch_to(home)
    clear = next(a for a in recent_menu(one.window).actions() if a.text() == "&Clear the list")
    clear.trigger()
    assert [j.path for j in settings.recent_journals] == [home]


def test_a_new_journal_is_empty_and_never_replaces_a_file(
    opened, work: Path, home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    one: Opened = opened(work)
    before = hashlib.sha256(home.read_bytes()).hexdigest()
    choose_in_dialog(monkeypatch, home)
    one.view.actions_["new_journal"].trigger()
    assert one.view.store.path == work
    assert "never replaces anything" in one.view._notice.text()
    assert hashlib.sha256(home.read_bytes()).hexdigest() == before
    fresh = tmp_path / "new" / "second.sqlite"
    fresh.parent.mkdir()
    choose_in_dialog(monkeypatch, fresh)
    one.view.actions_["new_journal"].trigger()
    assert one.view.store.path == fresh and one.view.store.count() == 0
    assert fresh.stat().st_mode & 0o077 == 0
    assert WORK not in on_screen()


def test_the_new_journal_dialog_offers_a_free_name_beside_the_journal_open(
    opened, work: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    offered: list[Path] = []

    def ask(cls, parent, suggested: Path) -> None:  # type: ignore[no-untyped-def]
        offered.append(suggested)

    monkeypatch.setattr(JournalFileDialog, "ask_new", classmethod(ask))
    (work.parent / "journal-2.sqlite").touch()
    one: Opened = opened(work)
    one.view.actions_["new_journal"].trigger()
    assert offered == [work.parent / "journal-3.sqlite"]
    dialog = JournalFileDialog(one.window, True, offered[0])
    assert dialog.defaultSuffix() == "sqlite" and dialog.accessibleName() == "New journal"
    dialog.deleteLater()


def test_a_file_that_is_not_a_journal_is_left_alone(
    opened, work: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    other = tmp_path / "places.sqlite"
    with sqlite3.connect(other) as conn:
        conn.execute("create table bookmarks (url text)")
    conn.close()
    pdf = tmp_path / "proposal.pdf"
    pdf.write_bytes(b"%PDF-1.7\n" + bytes(range(256)) * 8)
    one: Opened = opened(work)
    for path in (other, pdf):
        before = hashlib.sha256(path.read_bytes()).hexdigest()
        choose_in_dialog(monkeypatch, path)
        one.view.actions_["open_journal"].trigger()
        assert one.view.store.path == work and WORK in on_screen()
        assert "is not a coachdesk journal" in one.view._notice.text()
        assert hashlib.sha256(path.read_bytes()).hexdigest() == before
        assert not JournalLock(path).held_by_another()
    assert list(tmp_path.glob("places.sqlite*")) == [other]  # no log, no lock, no key file


def test_a_journal_open_in_another_window_is_not_taken(opened, work: Path, home: Path) -> None:  # type: ignore[no-untyped-def]
    elsewhere = JournalLock(home)
    assert elsewhere.acquire()
    try:
        one: Opened = opened(work)
        assert not one.session.journals.switch_to(home)
        assert one.view.store.path == work and not free(work)
        assert "open in another coachdesk window" in one.view._notice.text()
    finally:
        elsewhere.release()


def test_each_journal_comes_back_in_its_own_window(
    opened, work: Path, home: Path, settings: Settings
) -> None:  # type: ignore[no-untyped-def]
    one: Opened = opened(work)
    one.window.setGeometry(QRect(0, 0, 600, 770))
    work_size = one.window.size()
    one.view._splitter.setSizes([300, 600])
    work_timeline = one.view._splitter.sizes()[0]
    one.session.journals.switch_to(home)
    one.window.setGeometry(QRect(10, 10, 500, 760))
    home_size = one.window.size()
    assert home_size != work_size
    one.view._splitter.setSizes([420, 280])
    home_timeline = one.view._splitter.sizes()[0]
    assert home_timeline != work_timeline
    one.session.journals.switch_to(work)
    assert one.window.size() == work_size
    assert one.view._splitter.sizes()[0] == work_timeline
    one.session.journals.switch_to(home)
    assert one.window.size() == home_size
    assert one.view._splitter.sizes()[0] == home_timeline


def test_without_journal_the_one_open_last_opens_if_it_is_still_there(
    qtbot: QtBot, opened, work: Path, home: Path, settings: Settings
) -> None:  # type: ignore[no-untyped-def]
    one: Opened = opened(work)
    one.session.journals.switch_to(home)
    one.session.close()
    window = MainWindow(settings)
    qtbot.addWidget(window)
    switch = JournalSwitch(window, settings, one.session)
    assert switch.start_path() == home
    home.unlink()
    from coachdesk.environment import default_journal_path

    assert switch.start_path() == default_journal_path()


def test_the_window_title_and_the_coach_view_never_show_a_file_name(
    qtbot: QtBot, opened, work: Path, home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    def everything(parent: QWidget | None, store: JournalStore) -> SessionPlan:
        dialog = SessionPrepDialog(store, parent)
        dialog.tick(lambda _item: True)
        plan = dialog.plan()
        dialog.deleteLater()
        return plan

    monkeypatch.setattr(SessionPrepDialog, "ask", classmethod(lambda cls, p, s: everything(p, s)))
    monkeypatch.setattr(coaching_hour.SessionSummary, "ask", classmethod(lambda cls, *a: None))
    one: Opened = opened(work)
    assert one.window.windowTitle() == "coachdesk"
    protection.encrypt(home, PASSPHRASE)
    one.session.journals.switch_to(home)
    assert one.window.windowTitle() == "coachdesk"
    assert "Acme" not in on_screen()  # the unlock page
    one.page().unlock_requested.emit(PASSPHRASE, False)
    QApplication.processEvents()
    assert one.window.windowTitle() == "coachdesk" and HOME in on_screen()
    one.session.start_coaching()
    hour = one.session.coaching_hour
    assert hour is not None
    qtbot.waitExposed(hour.view)
    QApplication.processEvents()
    shown = on_screen()
    assert HOME in shown  # the note is on the agenda ...
    assert "Acme" not in shown and "takeover" not in shown  # ... its file's name nowhere
    assert all("Acme" not in w.windowTitle() for w in QApplication.topLevelWidgets())
    assert one.session.hour.stop()


def test_every_menu_entry_of_several_journals_can_be_reached_and_named(
    opened, work: Path, home: Path
) -> None:  # type: ignore[no-untyped-def]
    one: Opened = opened(work)
    one.session.journals.switch_to(home)
    texts = [a.text() for a in journal_menu(one.window).actions()]
    at = texts.index("Open &journal…")
    assert texts[at - 1] == "New journ&al…" and texts[at + 1] == "Recent jo&urnals"
    assert recent_menu(one.window).accessibleName() == "Recent journals"


def test_a_journal_from_a_newer_coachdesk_is_refused_before_anything_closes(
    opened, work: Path, home: Path
) -> None:  # type: ignore[no-untyped-def]
    with sqlite3.connect(home) as conn:
        conn.execute(
            "insert into _sqlite_migrations (migration_set, name, applied_at)"
            " values ('coachdesk', '9999_from_the_future', '2030-01-01')"
        )
    conn.close()
    one: Opened = opened(work)
    view = one.view
    assert not one.session.journals.switch_to(home)
    assert one.view is view and not free(work)  # the first was never closed
    assert "newer version of coachdesk" in view._notice.text()


def test_when_the_other_journal_cannot_be_opened_the_first_comes_back(
    opened, work: Path, library: FlowLibrary, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    from coachdesk.session import recovery

    emptied = journal_with(tmp_path / "emptied" / "journal.sqlite", library, HOME)
    store = JournalStore.open(emptied)
    store.back_up("manual")
    store.close()
    emptied.write_bytes(b"")  # a file emptied by a crash, with a backup beside it
    offered: list[str] = []
    monkeypatch.setattr(
        recovery, "offer_restore", lambda parent, good, lost, damage: offered.append(damage)
    )
    one: Opened = opened(work)
    assert not one.session.journals.switch_to(emptied)
    assert offered and "empty" in offered[0]  # the backup was offered, and declined
    assert one.view.store.path == work and WORK in on_screen() and HOME not in on_screen()
    assert not free(work) and free(emptied)
    assert [a.text() for a in one.window.menuBar().actions()][0] == "&Journal"


def test_a_journal_named_on_the_command_line_opens_whatever_was_open_last(
    qtbot: QtBot, opened, work: Path, home: Path, settings: Settings
) -> None:  # type: ignore[no-untyped-def]
    settings.remember_journal(home)  # open last
    one: Opened = opened(work)  # as `coachdesk --journal work` does
    assert one.view.store.path == work
    assert [j.path for j in settings.recent_journals] == [work, home]


def test_the_demo_keeps_to_itself(qtbot: QtBot, settings: Settings) -> None:
    window = MainWindow(settings)
    qtbot.addWidget(window)
    session = JournalSession(window, settings)
    try:
        assert session.open(None, demo=True)
        view = window.journal
        assert view is not None
        assert not view.actions_["new_journal"].isVisible()
        assert not view.actions_["open_journal"].isVisible()
        assert [a for a in journal_menu(window).actions() if a.menu() is not None] == []
        assert settings.recent_journals == []  # the demo's folder is gone on quit
    finally:
        session.close()
