"""'Save for my coach…' and 'Copy': the take-away of one session, as a one-page PDF or plain
text, or on the clipboard. Shown at the end of a session and in Past sessions."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QStandardPaths, Signal, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QPushButton, QWidget

from coachdesk.coaching.takeaway import LookBack
from coachdesk.summary.export import ExportFailed, PdfOptions, author_name, save_takeaway
from coachdesk.summary.render import page_size_for
from coachdesk.summary.takeaway import takeaway_text
from coachdesk.ui.common.announce import announce
from coachdesk.ui.common.busy import run_busy
from coachdesk.ui.common.theme import GRID, set_role


def suggested_name(back: LookBack) -> str:
    """'coaching-session-2026-12-03.pdf'."""
    return f"coaching-session-{back.started_at.astimezone().date().isoformat()}.pdf"


def choose_file(parent: QWidget, suggested: Path) -> Path | None:
    """Where to save the take-away (a .txt name: plain text); None when cancelled."""
    pdf = QCoreApplication.translate("TakeawayBar", "PDF, one page (*.pdf)")
    text = QCoreApplication.translate("TakeawayBar", "Plain text (*.txt)")
    chosen, kind = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("TakeawayBar", "Save for my coach"),
        str(suggested),
        f"{pdf};;{text}",
    )
    if not chosen:
        return None
    target = Path(chosen)
    if not target.suffix:
        target = target.with_suffix(".txt" if kind == text else ".pdf")
    return target


class TakeawayBar(QWidget):
    """The two buttons and a quiet line saying what happened; `copied` with the text."""

    copied = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._back: LookBack | None = None
        self.save = QPushButton(self.tr("Save for my coach…"), self)
        self.save.setAccessibleName(self.tr("Save the take-away for your coach as PDF or text"))
        self.save.setToolTip(
            self.tr("Only what the session showed: no private answers, nothing off the agenda")
        )
        self.save.clicked.connect(self._on_save_clicked)
        self.copy = QPushButton(self.tr("Copy"), self)
        self.copy.setAccessibleName(self.tr("Copy the take-away to the clipboard"))
        self.copy.clicked.connect(self._on_copy_clicked)
        set_role(self.copy, "quiet")
        self.said = QLabel(self)
        self.said.setWordWrap(True)
        set_role(self.said, "soft")
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(GRID)
        row.addWidget(self.save)
        row.addWidget(self.copy)
        row.addWidget(self.said, 1)
        self.show_session(None)

    def show_session(self, back: LookBack | None) -> None:
        """The session the buttons take away (None: nothing to take)."""
        self._back = back
        self.save.setEnabled(back is not None)
        self.copy.setEnabled(back is not None)
        self.said.clear()

    def _say(self, text: str) -> None:
        self.said.setText(text)
        announce(self, text)

    @Slot()
    def _on_save_clicked(self) -> None:
        back = self._back
        if back is None:
            return
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        target = choose_file(self.window(), Path(folder or Path.home()) / suggested_name(back))
        if target is None:
            return
        options = PdfOptions(page=page_size_for(QLocale()), author=author_name())
        try:
            run_busy(
                self.window(),
                self.tr("Writing the take-away…"),
                lambda: save_takeaway(back, target, options),
            )
        except ExportFailed as error:
            self._say(str(error))
            return
        self._say(self.tr("Saved for your coach: %1").replace("%1", str(target)))

    @Slot()
    def _on_copy_clicked(self) -> None:
        if self._back is None:
            return
        text = takeaway_text(self._back)
        QGuiApplication.clipboard().setText(text)
        self._say(self.tr("The take-away is on the clipboard."))
        self.copied.emit(text)
