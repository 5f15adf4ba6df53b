"""What comes from the user's machine: where the journal lives, which language to speak."""

from __future__ import annotations

from contextlib import suppress
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths

from coachdesk import APP_NAME
from coachdesk.coaching.flows import (
    FlowLibrary,
    load_flow_files,
    load_flows,
    with_extra_flows,
)
from coachdesk.data_folder import JOURNAL_FILE, move_from_roaming
from coachdesk.i18n import ui_language, use_language
from coachdesk.journal_lock import JournalLock
from coachdesk.resources import flows_dir

__all__ = [
    "APP_NAME",
    "JOURNAL_FILE",
    "default_journal_path",
    "load_library",
    "ui_language",
    "use_language",
    "user_flows_dir",
]


def data_folder() -> Path:
    """The per-user folder of the journal: ~/.local/share/coachdesk on Linux,
    ~/Library/Application Support/coachdesk on a Mac, AppData\\Local\\coachdesk on Windows
    (not Roaming: see data_folder.py), where a journal left in Roaming is moved once."""
    QCoreApplication.setApplicationName(APP_NAME)
    # AppLocalDataLocation is AppDataLocation everywhere but on Windows.
    local = Path(
        QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppLocalDataLocation)
    )
    roaming = Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation))
    if roaming != local:
        _move_from_roaming(roaming, local)
    return local


def _move_from_roaming(roaming: Path, local: Path) -> None:
    if not (roaming / JOURNAL_FILE).is_file() or (local / JOURNAL_FILE).exists():
        return
    lock = JournalLock(roaming / JOURNAL_FILE)
    if not lock.acquire():  # an older coachdesk has it open: moved at a later start
        return
    try:
        moved = move_from_roaming(roaming, local)
    finally:
        lock.release()
    if moved:  # the lock file was the last thing in it
        with suppress(OSError):
            roaming.rmdir()


def default_journal_path() -> Path:
    """The journal in the per-user data folder (e.g. ~/.local/share/coachdesk)."""
    return data_folder() / JOURNAL_FILE


def user_flows_dir() -> Path:
    """Where question sets imported from a coach are kept (per language)."""
    return data_folder() / "flows"


def load_library() -> FlowLibrary:
    """The flows in the user's language: the shipped ones and those imported."""
    shipped = load_flows(flows_dir(), ui_language())
    folder = user_flows_dir() / ui_language()
    if not folder.is_dir():
        return shipped
    return with_extra_flows(shipped, load_flow_files(folder.glob("*.toml")))
