"""Ctrl+E in the window: ask, export off the UI thread with a progress dialog, say how it went."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from coachdesk.storage import JournalStore
from coachdesk.summary.export import PdfOptions, author_name
from coachdesk.ui.export.export_dialog import ExportChoice, ExportDialog
from coachdesk.ui.export.export_runner import ExportRunner
from coachdesk.ui.export.export_target import documents_folder

Notice = Callable[[str, bool], None]  # text, warning


class PdfExport(QObject):
    """One export from the window: the dialog, the worker, the progress and the notice.

    An export that fails after the dialog has closed (a full disk, a folder gone meanwhile)
    opens the dialog again with every choice as it was and what went wrong, so that trying
    another folder is one click, not a new round of choosing.
    """

    def __init__(
        self,
        store: JournalStore,
        flow_order: Sequence[str],
        notice: Notice,
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self._window = parent
        self._store = store
        self._flow_order = tuple(flow_order)
        self._notice = notice
        self.runner = ExportRunner(store, self)
        self.runner.progressed.connect(self._on_runner_progressed)
        self.runner.finished.connect(self._on_runner_finished)
        self.runner.failed.connect(self._on_runner_failed)
        self.runner.cancelled.connect(self._on_runner_cancelled)
        self.progress: QProgressDialog | None = None
        self._choice: ExportChoice | None = None
        self._failure = ""

    def ask(self) -> bool:
        """Show the dialog and start the export; False when the user cancelled it."""
        today = self._store.now().astimezone().date()
        self.runner.warm_up()  # the export process loads while the user chooses
        author = author_name()

        def prepare(choice: ExportChoice) -> None:  # and lays out what is chosen so far
            self.runner.prepare(choice.request, PdfOptions(page=choice.page, author=author))

        folder = documents_folder()
        earlier, problem = self._choice, self._failure
        choice = ExportDialog.ask(self._window, today, folder, prepare, earlier, problem)
        if choice is None:
            self.runner.dismiss()
            return False
        self._choice = choice
        progress = QProgressDialog(
            self.tr("Preparing the PDF…"), self.tr("Cancel"), 0, 1000, self._window
        )
        progress.setWindowTitle(self.tr("Export PDF"))
        progress.setAccessibleName(self.tr("Export progress"))
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(300)  # a quick export shows no dialog at all
        progress.setAutoClose(False)
        progress.setAutoReset(False)
        progress.canceled.connect(self.runner.cancel)
        self.progress = progress
        options = PdfOptions(page=choice.page, author=author)
        self.runner.start(choice.request, choice.target, options, self._flow_order, today)
        return True

    def _close_progress(self) -> None:
        self.runner.wait(5)  # its last signal is out: the thread is returning
        if self.progress is not None:
            self.progress.close()
            self.progress.deleteLater()
            self.progress = None

    @Slot(int, int, str)
    def _on_runner_progressed(self, done: int, total: int, text: str) -> None:
        if self.progress is not None and total:
            self.progress.setValue(min(999, done * 1000 // total))
            if text:
                self.progress.setLabelText(text)

    @Slot(int, str)
    def _on_runner_finished(self, pages: int, path: str) -> None:
        self._close_progress()
        text = self.tr("Saved the PDF (%n pages) to %1.", "", pages).replace("%1", path)
        self._notice(text, False)
        self.deleteLater()

    @Slot(str)
    def _on_runner_failed(self, why: str) -> None:
        self._close_progress()
        self._failure = self.tr("The PDF was not saved: %1").replace("%1", why)
        self._notice(self._failure, True)
        # Out of the runner's signal first: the dialog has an event loop of its own.
        QTimer.singleShot(0, self, self._ask_again)

    @Slot()
    def _ask_again(self) -> None:
        if not self.ask():
            self.deleteLater()

    @Slot()
    def _on_runner_cancelled(self) -> None:
        self._close_progress()
        self._notice(self.tr("Export cancelled; no file was written."), False)
        self.deleteLater()


def export_pdf(
    parent: QWidget, store: JournalStore, flow_order: Sequence[str], notice: Notice
) -> None:
    """Ctrl+E: a summary of a period, or the coaching prep, as a PDF (off the UI thread);
    one export at a time."""
    if any(e.runner.running for e in parent.findChildren(PdfExport)):
        notice(QCoreApplication.translate("PdfExport", "A PDF is being exported already."), False)
        return
    export = PdfExport(store, flow_order, notice, parent)
    if not export.ask():
        export.deleteLater()
