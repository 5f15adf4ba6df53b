"""What comes from the user's machine: where the journal lives, which language to speak."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths

from coachdesk import APP_NAME
from coachdesk.coaching.flows import (
    FlowLibrary,
    load_flow_files,
    load_flows,
    with_extra_flows,
)
from coachdesk.i18n import ui_language, use_language
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
JOURNAL_FILE = "journal.sqlite"


def default_journal_path() -> Path:
    """The journal in the per-user data folder (e.g. ~/.local/share/coachdesk)."""
    QCoreApplication.setApplicationName(APP_NAME)
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(base) / JOURNAL_FILE


def user_flows_dir() -> Path:
    """Where question sets imported from a coach are kept (per language)."""
    QCoreApplication.setApplicationName(APP_NAME)
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(base) / "flows"


def load_library() -> FlowLibrary:
    """The flows in the user's language: the shipped ones and those imported."""
    shipped = load_flows(flows_dir(), ui_language())
    folder = user_flows_dir() / ui_language()
    if not folder.is_dir():
        return shipped
    return with_extra_flows(shipped, load_flow_files(folder.glob("*.toml")))
