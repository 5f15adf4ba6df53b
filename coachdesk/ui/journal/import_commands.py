"""Journal → Import…: the dialog, then the writing off the UI thread with progress and
Cancel, then the timeline showing what came in."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from coachdesk.coaching.flows import Flow
from coachdesk.imports.model import ImportProblem
from coachdesk.storage import JournalError, JournalStore
from coachdesk.ui.common.messages import describe
from coachdesk.ui.journal.import_dialog import ImportDialog
from coachdesk.ui.journal.import_runner import ImportRunner, Preview

Notice = Callable[[str, bool], None]  # text, warning


class ImportCommands(QObject):
    """Owns an import from the window, from the choice of the source to the notice."""

    def __init__(
        self,
        view: QWidget,
        store: JournalStore,
        free_note: Callable[[], Flow | None],
        shown: Callable[[list[int]], None],
        notice: Notice,
    ) -> None:
        super().__init__(view)
        self._view = view
        self._store = store
        self._free_note = free_note
        self._shown = shown  # the timeline shows the reflections just added
        self._notice = notice
        self.runner: ImportRunner | None = None
        self.progress: QProgressDialog | None = None

    @Slot()
    def import_history(self, path: Path | None = None) -> None:
        """Journal → Import…: ask, then write what the preview showed."""
        free_note = self._free_note()
        if free_note is None or (self.runner is not None and self.runner.running):
            return
        preview = ImportDialog.ask(self._view, self._store, free_note, path)
        if preview is not None:
            self.write(preview, free_note)

    def write(self, preview: Preview, free_note: Flow) -> None:
        """Write `preview`'s reflections on a thread, behind a progress dialog with Cancel."""
        runner = ImportRunner(self._store, free_note, self)
        runner.progressed.connect(self._on_runner_progressed)
        runner.imported.connect(self._on_runner_imported)
        runner.failed.connect(self._on_runner_failed)
        runner.cancelled.connect(self._on_runner_cancelled)
        total = len(preview.reflections)
        progress = QProgressDialog(
            self.tr("Importing %n reflections…", "", total - preview.already),
            self.tr("Cancel"),
            0,
            max(1, total),
            self._view,
        )
        progress.setWindowTitle(self.tr("Import your history"))
        progress.setAccessibleName(self.tr("Import progress"))
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(300)  # a quick import shows no dialog at all
        progress.setAutoClose(False)
        progress.setAutoReset(False)
        progress.canceled.connect(runner.cancel)
        progress.setValue(0)
        self.runner, self.progress = runner, progress
        runner.write(preview.reflections)

    def _close_progress(self) -> None:
        if self.runner is not None:
            self.runner.wait(5)
        if self.progress is not None:
            self.progress.close()
            self.progress.deleteLater()
            self.progress = None

    @Slot(int, int)
    def _on_runner_progressed(self, done: int, total: int) -> None:
        if self.progress is not None and total:
            self.progress.setValue(min(done, total))

    @Slot(object, int, object)
    def _on_runner_imported(self, added: list[int], already: int, no_room: list[str]) -> None:
        self._close_progress()
        self._shown(added)
        text = self.tr("Imported %n reflections (%1 already in your journal).", "", len(added))
        text = text.replace("%1", str(already))
        if no_room:
            text += " " + self.tr(
                "%n pictures and files did not fit in the journal and were left out.",
                "",
                len(no_room),
            )
        self._notice(text, False)

    @Slot(object)
    def _on_runner_failed(self, error: Exception) -> None:
        self._close_progress()
        why = describe(error) if isinstance(error, JournalError) else str(error)
        if not isinstance(error, JournalError | ImportProblem):
            why = str(error)
        self._notice(self.tr("Nothing was imported: %1").replace("%1", why), True)

    @Slot()
    def _on_runner_cancelled(self) -> None:
        self._close_progress()
        self._notice(self.tr("Import cancelled; nothing was written."), False)
