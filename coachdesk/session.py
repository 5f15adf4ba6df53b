"""Opening the journal into the window, and closing it again: the slow half of starting.

app.py shows the window first and imports this module afterwards, so the first frame
does not wait for sqlite-utils, the flows and the journal widgets.
"""

from __future__ import annotations

import shutil
import tempfile
from datetime import date
from pathlib import Path

from PySide6.QtWidgets import QApplication, QMessageBox

from coachdesk.coaching.demo import Closing, load_demo
from coachdesk.coaching.flows import FlowLibrary
from coachdesk.environment import JOURNAL_FILE, default_journal_path, load_library, ui_language
from coachdesk.resources import resources_dir
from coachdesk.settings import Settings
from coachdesk.storage import JournalError, JournalStore
from coachdesk.ui import theme
from coachdesk.ui.journal_view import JournalView
from coachdesk.ui.main_window import MainWindow
from coachdesk.ui.messages import describe


def fill_demo(store: JournalStore, library: FlowLibrary, today: date) -> int:
    """Put the demo journal into `store`; returns how many reflections.

    Besides the reflections (and the commitments and lessons' returns they make), the
    check-ins, what became of the commitments, commitments made by hand and the lessons
    that came back, each stored at the moment it happened.
    """
    demo_file = resources_dir() / "demo" / f"{ui_language()}.toml"
    if not demo_file.exists():
        demo_file = resources_dir() / "demo" / "en.toml"
    demo = load_demo(demo_file, library, today)
    ids = store.add_all(demo.reflections)
    store.add_check_ins(demo.check_ins)
    made = {(c.reflection_id, c.text): c.id for c in store.commitments()}  # by hand: None
    for fate in demo.answer_commitments:
        if fate.closing is not None:
            _close(store, made[ids[fate.reflection], fate.text], fate.closing)
    for by_hand in demo.commitments:
        commitment_id = store.add_commitment(by_hand.text, by_hand.due, at=by_hand.created_at)
        if by_hand.closing is not None:
            _close(store, commitment_id, by_hand.closing)
    planned = {(r.reflection_id, r.weeks): r.id for r in store.revisits()}
    for back in sorted(demo.revisits, key=lambda r: r.at):  # in time order, as they happened
        revisit_id = planned[ids[back.reflection], back.weeks]
        store.close_revisit(revisit_id, back.state, back.answer, at=back.at)
    return len(ids)


def _close(store: JournalStore, commitment_id: int, closing: Closing) -> None:
    store.close_commitment(commitment_id, closing.state, closing.outcome, at=closing.at)


class JournalSession:
    """One journal open in one window, from opening to closing."""

    def __init__(self, window: MainWindow, settings: Settings) -> None:
        self._window = window
        self._settings = settings
        self._store: JournalStore | None = None
        self._demo_folder: Path | None = None

    def open(self, journal: Path | None, demo: bool) -> bool:
        """Open the journal (a fresh demo one if asked) into the window; False if the user
        was told it cannot be opened."""
        if demo:
            self._demo_folder = Path(tempfile.mkdtemp(prefix="coachdesk-demo-"))
            path = self._demo_folder / JOURNAL_FILE
        else:
            path = (journal or default_journal_path()).expanduser()
        library = load_library()
        try:
            self._store = JournalStore.open(path)
        except JournalError as error:
            QMessageBox.critical(
                self._window, self._window.tr("coachdesk cannot open the journal"), describe(error)
            )
            return False
        if self._demo_folder:
            fill_demo(self._store, library, date.today())
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        theme.apply_details(app)
        self._window.hold(JournalView(self._store, library, self._settings))
        return True

    def close(self) -> None:
        """Close the journal (and remove a demo one)."""
        if self._store is not None:
            self._store.close()
            self._store = None
        if self._demo_folder is not None:
            shutil.rmtree(self._demo_folder, ignore_errors=True)
            self._demo_folder = None
