"""Looking after the journal without being asked: the daily check and backup, off the UI
thread, and the dialogs for a damaged journal and for backups."""

from __future__ import annotations

import threading
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal, Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from coachdesk.storage import DamagedJournalError, JournalError, JournalStore, backups
from coachdesk.storage.backups import Backup
from coachdesk.ui.common.formatting import long_date
from coachdesk.ui.common.theme import GRID, scaled_font, set_role


class DailyCare(QObject):
    """At every open, SQLite's quick check, if opening left it for later; then, at the
    first open of a day, a backup and rotation. Runs on its own thread with its own
    connections, so neither holds up the window on a large (or encrypted) journal."""

    damaged = Signal(str)  # the check failed: no backup was made, nothing was written
    backed_up = Signal(object)  # the Backup, or None when today's existed already
    failed = Signal(str)

    def __init__(self, store: JournalStore, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._reader = store.reader()
        assert store.path is not None
        self._journal = store.path
        self._thread = threading.Thread(target=self._work, name="daily-care", daemon=True)

    def start(self) -> None:
        """Begin (returns at once)."""
        self._thread.start()

    def wait(self, seconds: float = 10) -> None:
        """Let it finish (closing the window, tests)."""
        if self._thread.is_alive():
            self._thread.join(seconds)

    def _work(self) -> None:
        try:
            try:
                self._store.check()
            except DamagedJournalError as error:
                self.damaged.emit(str(error))  # a backup now would rotate out a good one
                return
            now = datetime.now().astimezone()
            made = None
            if not backups.has_daily(self._journal, now.date()):
                made = self._reader.back_up("daily", now)
                backups.rotate(self._journal)
            self.backed_up.emit(made)
        except JournalError as error:
            self.failed.emit(str(error))
        except Exception as error:  # noqa: BLE001 (a thread must report, not vanish)
            self.failed.emit(str(error))
        finally:
            self._reader.close()


def describe_loss(backup: Backup, lost: int | None) -> str:
    """What restoring `backup` costs, in a sentence."""
    when = long_date(backup.made_at)
    if lost is None:
        return QCoreApplication.translate(
            "care",
            "Restoring brings back the journal as it was on %1; what was written after "
            "that cannot be recovered from the damaged file.",
        ).replace("%1", when)
    if lost == 0:
        return QCoreApplication.translate(
            "care", "The backup of %1 holds every reflection the journal has."
        ).replace("%1", when)
    if lost == 1:  # (lupdate makes no plural entry of QCoreApplication.translate)
        return QCoreApplication.translate(
            "care", "The backup of %1 lacks one reflection written since."
        ).replace("%1", when)
    return (
        QCoreApplication.translate("care", "The backup of %1 lacks %2 reflections written since.")
        .replace("%1", when)
        .replace("%2", str(lost))
    )


def offer_restore(parent: QWidget | None, backup: Backup, lost: int | None, damage: str) -> bool:
    """A damaged journal: restore the newest good backup? True when the user says yes."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("care", "The journal is damaged"))
    box.setText(
        QCoreApplication.translate(
            "care", "Your journal file is damaged, so coachdesk has not written anything to it."
        )
    )
    box.setInformativeText(
        describe_loss(backup, lost)
        + "\n\n"
        + QCoreApplication.translate(
            "care", "The damaged file is kept beside it, renamed. Restore the backup?"
        )
    )
    box.setDetailedText(damage)
    restore = box.addButton(
        QCoreApplication.translate("care", "Restore the backup"), QMessageBox.ButtonRole.AcceptRole
    )
    box.addButton(QCoreApplication.translate("care", "Quit"), QMessageBox.ButtonRole.RejectRole)
    box.exec()
    return box.clickedButton() is restore


class BackupsDialog(QDialog):
    """Journal → Backups: what is there, back up now, restore one."""

    def __init__(self, journal: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Backups"))
        self._journal = journal
        self.chosen: Backup | None = None
        self.back_up_now = False
        heading = QLabel(self.tr("Backups"), self)
        heading.setFont(scaled_font(self, 1.3))
        note = QLabel(
            self.tr(
                "coachdesk makes one at the first start of each day and before every "
                "update of the journal's format, and keeps seven daily and four weekly. "
                "They are in %1."
            ).replace("%1", str(backups.folder_of(journal))),
            self,
        )
        note.setWordWrap(True)
        set_role(note, "soft")
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Backups, newest first"))
        reasons = {"daily": self.tr("daily"), "manual": self.tr("made by hand")}
        for backup in backups.backups_of(journal):
            reason = reasons.get(backup.reason, self.tr("before an update"))
            item = QListWidgetItem(f"{long_date(backup.made_at)}  ·  {reason}")
            self.list.addItem(item)
        self.list.setCurrentRow(0)
        now = QPushButton(self.tr("Back up now"), self)
        now.setAccessibleName(self.tr("Make a backup now"))
        now.clicked.connect(self._on_now_clicked)
        restore = QPushButton(self.tr("Restore…"), self)
        restore.setAccessibleName(self.tr("Restore the chosen backup"))
        restore.setEnabled(self.list.count() > 0)
        restore.clicked.connect(self._on_restore_clicked)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.button(QDialogButtonBox.StandardButton.Close).setAccessibleName(self.tr("Close"))
        close.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(now)
        row.addWidget(restore)
        row.addStretch(1)
        row.addWidget(close)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(3 * GRID, 3 * GRID, 3 * GRID, 3 * GRID)
        layout.setSpacing(2 * GRID)
        layout.addWidget(heading)
        layout.addWidget(note)
        layout.addWidget(self.list, 1)
        layout.addLayout(row)
        self.resize(GRID * 70, GRID * 55)

    @Slot()
    def _on_now_clicked(self) -> None:
        self.back_up_now = True
        self.accept()

    @Slot()
    def _on_restore_clicked(self) -> None:
        row = self.list.currentRow()
        found = backups.backups_of(self._journal)
        if 0 <= row < len(found):
            self.chosen = found[row]
            self.accept()
