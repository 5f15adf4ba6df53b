"""Settings: the look and the language, the auto-lock time, the curtain key, reminders."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Slot
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QSystemTrayIcon,
    QWidget,
)

from coachdesk.reminders.schedule import DEFAULT_TIMES, parse_times
from coachdesk.ui.common.theme import GRID, set_role
from coachdesk.ui.key_capture import KeyCaptureDialog, keys_in_use, usable_or_default


@dataclass(frozen=True)
class Choices:
    """What the dialog sets."""

    auto_lock_minutes: int
    curtain_key: str
    appearance: str = "system"
    language: str = "system"
    follow_ups: bool = True
    reminders: tuple[str, ...] = ()  # the times (`coachdesk reminders`); () off
    quiet_after_writing: bool = False  # no reminder on a day already written in
    tray: bool = False  # an icon in the tray; closing the window keeps coachdesk running


class SettingsDialog(QDialog):
    """Appearance, language, lock after N idle minutes (0 = never), the curtain key.

    Rows are built top to bottom, so focus starts on the first and Tab follows the screen.
    The curtain key changes only through its Change… button: passing through the dialog
    with Tab, the arrows or Esc must never rebind it.
    """

    def __init__(
        self,
        current: Choices,
        parent: QWidget | None = None,
        in_use: dict[str, str] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self._in_use = keys_in_use(parent) if in_use is None else in_use
        self.appearance = QComboBox(self)
        self.appearance.setAccessibleName(self.tr("Appearance"))
        for value, label in (
            ("system", self.tr("Follow the system (light or dark)")),
            ("light", self.tr("Light")),
            ("dark", self.tr("Dark")),
            ("high-contrast", self.tr("High contrast")),
        ):
            self.appearance.addItem(label, value)
        self._choose(self.appearance, current.appearance)
        self.language = QComboBox(self)
        self.language.setAccessibleName(self.tr("Language"))
        # Each language in its own words, so it can be found whatever is shown now.
        for value, label in (
            ("system", self.tr("Follow the system")),
            ("nl", "Nederlands"),
            ("en", "English"),
        ):
            self.language.addItem(label, value)
        self._choose(self.language, current.language)
        self.minutes = QSpinBox(self)
        self.minutes.setRange(0, 240)
        self.minutes.setValue(current.auto_lock_minutes)
        self.minutes.valueChanged.connect(self._on_minutes_value_changed)
        self._on_minutes_value_changed(self.minutes.value())
        self.minutes.setSpecialValueText(self.tr("never"))
        # The same words as its label: a screen reader says them once ("Lock after, 5
        # minutes"), where a longer name was read after the label ("Lock after Lock after…").
        lock_after = self.tr("Lock after")
        self.minutes.setAccessibleName(lock_after)
        lock_note = QLabel(
            self.tr("An encrypted journal locks itself after this quiet time."), self
        )
        self.minutes.setAccessibleDescription(lock_note.text())  # heard with the field
        self._curtain_key = usable_or_default(current.curtain_key)
        self.curtain = QLabel(self)
        self.change_key = QPushButton(self.tr("Change…"), self)
        self.change_key.setAccessibleName(self.tr("Change the curtain key"))
        self.change_key.clicked.connect(self._on_change_key_clicked)
        self._show_key()
        key_row = QHBoxLayout()
        key_row.setSpacing(2 * GRID)
        key_row.addWidget(self.curtain)
        key_row.addWidget(self.change_key)
        key_row.addStretch(1)
        curtain_note = QLabel(
            self.tr(
                "In a coaching session this key blanks the coach view at once; "
                "the same key brings it back."
            ),
            self,
        )
        self.follow_ups = QCheckBox(
            self.tr("Ask a follow-up question when an answer calls for one"), self
        )
        self.follow_ups.setAccessibleName(self.follow_ups.text())
        self.follow_ups.setChecked(current.follow_ups)
        follow_ups_note = QLabel(
            self.tr(
                "Like a coach who listens: “too expensive” gets “what was the price standing "
                "in for?”. Worked out on this laptop from your words; each says why it is asked."
            ),
            self,
        )
        self.follow_ups.setAccessibleDescription(follow_ups_note.text())
        self.reminders = QCheckBox(self.tr("Remind me of what is due"), self)
        self.reminders.setAccessibleName(self.reminders.text())
        self.reminders.setChecked(bool(current.reminders))
        self.reminder_times = QLineEdit(", ".join(current.reminders or DEFAULT_TIMES), self)
        self.reminder_times.setAccessibleName(self.tr("Reminder times"))
        self.reminder_times.setEnabled(self.reminders.isChecked())
        self.reminders.toggled.connect(self.reminder_times.setEnabled)
        self.quiet_after_writing = QCheckBox(self.tr("Not on days I have already written"), self)
        self.quiet_after_writing.setAccessibleName(self.quiet_after_writing.text())
        self.quiet_after_writing.setChecked(current.quiet_after_writing)
        self.quiet_after_writing.setEnabled(self.reminders.isChecked())
        self.reminders.toggled.connect(self.quiet_after_writing.setEnabled)
        self.tray = QCheckBox(self.tr("Keep coachdesk in the tray"), self)
        self.tray.setAccessibleName(self.tray.text())
        self.tray.setChecked(current.tray)
        self.tray.setEnabled(current.tray or QSystemTrayIcon.isSystemTrayAvailable())
        tray_note = QLabel(
            self.tr(
                "Quick note, check-in and This week from the tray; closing the window keeps "
                "coachdesk running. The icon shows how many things are due, never what."
            )
            if QSystemTrayIcon.isSystemTrayAvailable()
            else self.tr("This desktop shows no tray icons."),
            self,
        )
        self.tray.setAccessibleDescription(tray_note.text())
        reminders_note = QLabel(
            self.tr(
                "Days and times, separated by commas, such as “fri 15:00, mon-fri 08:30”. "
                "Also when coachdesk is closed; a reminder says only what kind and how many, "
                "never your words."
            ),
            self,
        )
        self.reminder_times.setAccessibleDescription(reminders_note.text())
        self.reminders_problem = QLabel(self)
        self.reminders_problem.setWordWrap(True)
        self.reminders_problem.hide()
        for note in (lock_note, curtain_note, follow_ups_note, reminders_note, tray_note):
            note.setWordWrap(True)
            set_role(note, "soft")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Save).setAccessibleName(
            self.tr("Save settings")
        )
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName(self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.setContentsMargins(3 * GRID, 3 * GRID, 3 * GRID, 3 * GRID)
        form.setSpacing(2 * GRID)
        form.addRow(self.tr("Appearance"), self.appearance)
        form.addRow(self.tr("Language"), self.language)
        form.addRow(lock_after, self.minutes)
        form.addRow("", lock_note)
        form.addRow(self.tr("Privacy curtain"), key_row)
        form.addRow("", curtain_note)
        form.addRow(self.tr("Questions"), self.follow_ups)
        form.addRow("", follow_ups_note)
        form.addRow(self.tr("Reminders"), self.reminders)
        form.addRow(self.tr("At"), self.reminder_times)
        form.addRow("", reminders_note)
        form.addRow("", self.quiet_after_writing)
        form.addRow(self.tr("Tray"), self.tray)
        form.addRow("", tray_note)
        form.addRow("", self.reminders_problem)
        form.addRow(buttons)
        self.appearance.setFocus()

    def _show_key(self) -> None:
        native = QKeySequence(self._curtain_key).toString(QKeySequence.SequenceFormat.NativeText)
        self.curtain.setText(native)
        now = self.tr("The curtain key is now %1.").replace("%1", native)
        # Read in flat review as a sentence with the key in it (a bare "F9" says nothing).
        self.curtain.setAccessibleName(now)
        # Tab never stops on the label: the button says which key it would change.
        self.change_key.setAccessibleDescription(now)

    @Slot()
    def _on_change_key_clicked(self) -> None:
        chosen = KeyCaptureDialog.ask(self, self._in_use)
        if chosen is not None:
            self._curtain_key = chosen
            self._show_key()

    @staticmethod
    def _choose(combo: QComboBox, value: str) -> None:
        combo.setCurrentIndex(max(0, combo.findData(value)))

    @Slot(int)
    def _on_minutes_value_changed(self, minutes: int) -> None:
        # "1 minute", "10 minutes": the unit agrees with the number, in either language.
        self.minutes.setSuffix(self.tr(" minutes", "after the number", minutes))

    def _reminder_times(self) -> tuple[str, ...]:
        """The times as typed, checked (ValueError names the one that is not a time)."""
        if not self.reminders.isChecked():
            return ()
        specs = [spec for spec in self.reminder_times.text().split(",") if spec.strip()]
        return tuple(str(time) for time in parse_times(specs))

    def accept(self) -> None:
        """Save, unless a reminder time is not one: then say which, and stay."""
        try:
            self._reminder_times()
        except ValueError:
            problem = self.tr("Not a time: write days and a time, such as “mon-fri 08:30”.")
            self.reminders_problem.setText(problem)
            self.reminders_problem.show()
            self.reminder_times.setAccessibleDescription(problem)
            self.reminder_times.setFocus()
            return
        super().accept()

    def choices(self) -> Choices:
        """What is set now."""
        return Choices(
            self.minutes.value(),
            self._curtain_key,
            str(self.appearance.currentData()),
            str(self.language.currentData()),
            self.follow_ups.isChecked(),
            self._reminder_times(),
            self.quiet_after_writing.isChecked(),
            self.tray.isChecked(),
        )

    @classmethod
    def ask(cls, parent: QWidget | None, current: Choices) -> Choices | None:
        """The chosen settings, or None when cancelled."""
        dialog = cls(current, parent)
        try:
            return dialog.choices() if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()
