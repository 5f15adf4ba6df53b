"""Journal → Import…: choose a file or folder another app exported, see what would come in
(read whole off the UI thread, nothing written), and confirm."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from coachdesk.coaching.flows import Flow
from coachdesk.imports.model import ImportProblem, NeedsPassphrase, UnknownFormat, WrongPassphrase
from coachdesk.storage import JournalError, JournalStore
from coachdesk.ui.common.dialogs import accept_or_cancel
from coachdesk.ui.common.messages import describe
from coachdesk.ui.common.theme import GRID, scaled_font, set_role
from coachdesk.ui.journal.import_runner import ImportRunner, Preview

_TITLES_SHOWN = 4
_TAGS_SHOWN = 8


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


class SourcePassphraseDialog:
    """The passphrase of an encrypted source (a jrnl journal)."""

    @classmethod
    def ask(cls, parent: QWidget, name: str, wrong: bool) -> str | None:
        """The passphrase typed, or None (Cancel)."""
        dialog = QInputDialog(parent)
        translate = QCoreApplication.translate  # the context lupdate sees: this class
        dialog.setWindowTitle(translate("SourcePassphraseDialog", "Encrypted journal"))
        text = translate(
            "SourcePassphraseDialog", "“%1” is encrypted. Type its passphrase to read it."
        )
        if wrong:
            text = translate(
                "SourcePassphraseDialog", "That passphrase does not open “%1”. Try again."
            )
        dialog.setLabelText(text.replace("%1", name))
        dialog.setTextEchoMode(QLineEdit.EchoMode.Password)
        for field in dialog.findChildren(QLineEdit):
            field.setAccessibleName(
                translate("SourcePassphraseDialog", "Passphrase of the journal to import")
            )
        try:
            return dialog.textValue() if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()


class ImportDialog(QDialog):
    """The source, what it would bring, and Import."""

    def __init__(self, store: JournalStore, free_note: Flow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import your history"))
        self.preview: Preview | None = None
        self.runner = ImportRunner(store, free_note, self)
        self.runner.previewed.connect(self._on_runner_previewed)
        self.runner.failed.connect(self._on_runner_failed)
        self.runner.cancelled.connect(self._on_runner_cancelled)
        self.runner.progressed.connect(self._on_runner_progressed)
        self._path: Path | None = None

        heading = QLabel(self.tr("Bring your history"), self)
        heading.setFont(scaled_font(self, 1.3))
        intro = QLabel(
            self.tr(
                "From jrnl, Day One, Daylio, Journey, RedNotebook, Markdown notes (Obsidian, "
                "Logseq) or a coachdesk export. Nothing is written until you confirm."
            ),
            self,
        )
        intro.setWordWrap(True)
        set_role(intro, "soft")

        self.source = QLabel(self.tr("No file or folder chosen yet."), self)
        self.source.setWordWrap(True)
        self.source.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.choose_file = QPushButton(self.tr("Choose a &file…"), self)
        self.choose_file.setAccessibleName(self.tr("Choose a file to import"))
        self.choose_file.clicked.connect(self._on_choose_file_clicked)
        self.choose_folder = QPushButton(self.tr("Choose a f&older…"), self)
        self.choose_folder.setAccessibleName(self.tr("Choose a folder to import"))
        self.choose_folder.clicked.connect(self._on_choose_folder_clicked)
        choosing = QHBoxLayout()
        choosing.addWidget(self.choose_file)
        choosing.addWidget(self.choose_folder)
        choosing.addStretch(1)

        self.format = QComboBox(self)
        self.format.setAccessibleName(self.tr("Written by"))
        for key, text in (
            (None, self.tr("Recognise it")),
            ("jrnl", "jrnl"),
            ("dayone", "Day One"),
            ("dayone-classic", "Day One Classic"),
            ("daylio", "Daylio"),
            ("journey", "Journey"),
            ("rednotebook", "RedNotebook"),
            ("markdown", self.tr("Markdown notes (Obsidian, Logseq)")),
            ("jsonl", self.tr("coachdesk export (JSON Lines)")),
        ):
            self.format.addItem(text, key)
        self.format.currentIndexChanged.connect(self._on_format_current_index_changed)
        written_by = QLabel(self.tr("&Written by"), self)
        written_by.setBuddy(self.format)
        format_row = QHBoxLayout()
        format_row.addWidget(written_by)
        format_row.addWidget(self.format)
        format_row.addStretch(1)

        self.busy = QProgressBar(self)
        self.busy.setAccessibleName(self.tr("Reading"))
        self.busy.setTextVisible(False)
        self.busy.setRange(0, 0)
        self.busy.hide()
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(self.tr("What would come in"))
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.skip_bad = QCheckBox(self.tr("&Skip what cannot be read and import the rest"), self)
        self.skip_bad.setAccessibleName(self.skip_bad.text().replace("&", ""))
        self.skip_bad.hide()
        self.skip_bad.toggled.connect(self._update_button)

        self.buttons = accept_or_cancel(self, self.tr("Import"))
        self.import_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.import_button.setEnabled(False)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(3 * GRID, 3 * GRID, 3 * GRID, 3 * GRID)
        layout.setSpacing(GRID)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addSpacing(GRID)
        layout.addWidget(self.source)
        layout.addLayout(choosing)
        layout.addLayout(format_row)
        layout.addSpacing(GRID)
        layout.addWidget(self.busy)
        layout.addWidget(self.summary, 1)
        layout.addWidget(self.skip_bad)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(GRID * 70)

    # Choosing ---------------------------------------------------------------------------

    @Slot()
    def _on_choose_file_clicked(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Choose what to import"))
        if name:
            self.choose(Path(name))

    @Slot()
    def _on_choose_folder_clicked(self) -> None:
        name = QFileDialog.getExistingDirectory(self, self.tr("Choose a folder to import"))
        if name:
            self.choose(Path(name))

    @Slot(int)
    def _on_format_current_index_changed(self, _index: int) -> None:
        if self._path is not None:
            self.choose(self._path)

    def choose(self, path: Path, passphrase: str | None = None) -> None:
        """Read `path` for the preview (off the UI thread)."""
        self._path = path
        self.source.setText(str(path))
        self.preview = None
        self.summary.setText(self.tr("Reading %1…").replace("%1", path.name))
        self.skip_bad.hide()
        self.busy.setRange(0, 0)
        self.busy.show()
        self._update_button()
        self.runner.cancel()
        self.runner.preview(path, self.format.currentData(), passphrase)

    # What came back ---------------------------------------------------------------------

    @Slot(int, int)
    def _on_runner_progressed(self, done: int, total: int) -> None:
        if total:
            self.busy.setRange(0, total)
            self.busy.setValue(done)

    @Slot(object)
    def _on_runner_previewed(self, preview: Preview) -> None:
        self.busy.hide()
        self.preview = preview
        self.summary.setText(self.describe(preview))
        bad = len(preview.read.bad)
        self.skip_bad.setVisible(bad > 0)
        self._update_button()

    @Slot(object)
    def _on_runner_failed(self, error: Exception) -> None:
        self.busy.hide()
        assert self._path is not None
        if isinstance(error, NeedsPassphrase | WrongPassphrase):
            typed = SourcePassphraseDialog.ask(
                self, self._path.name, isinstance(error, WrongPassphrase)
            )
            if typed is not None:
                self.choose(self._path, typed)
                return
            self.summary.setText(
                self.tr("It is encrypted: nothing can be read without its passphrase.")
            )
        elif isinstance(error, UnknownFormat):
            self.summary.setText(
                self.tr("coachdesk cannot tell which app wrote this. Choose it under Written by.")
            )
        elif isinstance(error, JournalError):
            self.summary.setText(describe(error))
        else:
            assert isinstance(error, ImportProblem)
            self.summary.setText(self.tr("This cannot be imported: %1").replace("%1", str(error)))
        self._update_button()

    @Slot()
    def _on_runner_cancelled(self) -> None:
        self.busy.hide()

    def describe(self, preview: Preview) -> str:
        """The preview in words: how many, from when to when, what is left out."""
        found, locale = preview.read, QLocale()
        new = len(preview.reflections) - preview.already
        lines = []
        if found.first is not None and found.last is not None:
            first = locale.toString(_qdate(found.first), "d MMMM yyyy")
            last = locale.toString(_qdate(found.last), "d MMMM yyyy")
            count = len(preview.reflections)
            if first == last:
                lines.append(self.tr("%n reflections, on %1.", "", count).replace("%1", first))
            else:
                lines.append(
                    self.tr("%n reflections, from %1 to %2.", "", count)
                    .replace("%1", first)
                    .replace("%2", last)
                )
        if preview.already:
            lines.append(
                self.tr(
                    "%n of them are in your journal already and are not added again.",
                    "",
                    preview.already,
                )
            )
        tags = [tag for tag, _ in found.tags()[:_TAGS_SHOWN]]
        if tags:
            lines.append(self.tr("Tags: %1").replace("%1", ", ".join(tags)))
        if found.left_out:
            lines.append(
                self.tr(
                    "Left out: %n photos and other files (videos, audio, and files that are "
                    "missing or cannot be read).",
                    "",
                    len(found.left_out),
                )
            )
        titles = [r.title for r in preview.reflections if r.title][:_TITLES_SHOWN]
        if titles:
            quoted = ", ".join(f"“{title}”" for title in titles)
            lines.append(self.tr("For example: %1").replace("%1", quoted))
        if found.bad:
            lines.append(
                self.tr("%n parts cannot be read:", "", len(found.bad))
                + " "
                + "; ".join(str(b) for b in found.bad[:3])
                + ("…" if len(found.bad) > 3 else "")
            )
        if new == 0 and not found.bad:
            lines.append(self.tr("There is nothing new to import."))
        return "\n\n".join(lines)

    def _update_button(self) -> None:
        preview = self.preview
        new = 0 if preview is None else len(preview.reflections) - preview.already
        allowed = (
            preview is not None and new > 0 and (not preview.read.bad or self.skip_bad.isChecked())
        )
        self.import_button.setEnabled(allowed)
        text = self.tr("Import %n reflections", "", new) if new else self.tr("Import")
        self.import_button.setText(text)
        self.import_button.setAccessibleName(text)

    def reject(self) -> None:
        """Cancel also stops a preview still reading."""
        self.runner.cancel()
        self.runner.wait(5)
        super().reject()

    @classmethod
    def ask(
        cls, parent: QWidget, store: JournalStore, free_note: Flow, path: Path | None = None
    ) -> Preview | None:
        """The confirmed preview (what to write), or None."""
        dialog = cls(store, free_note, parent)
        if path is not None:
            dialog.choose(path)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            return dialog.preview
        finally:
            dialog.runner.wait(5)
            dialog.deleteLater()
