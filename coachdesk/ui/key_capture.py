"""Choosing the privacy-curtain key on purpose: one key, listened for only when asked.

A key field that records whatever is pressed took Tab, the arrows and Esc while the user
only meant to move through Settings. Here a small dialog listens for exactly one key,
refuses the keys that already do something (saying why) and lets Esc cancel.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QKeyCombination, Qt
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QLabel, QPushButton, QVBoxLayout, QWidget

from coachdesk.settings import DEFAULT_CURTAIN_KEY
from coachdesk.ui.coaching_hour import coach_keys
from coachdesk.ui.common.announce import announce
from coachdesk.ui.common.theme import GRID, set_role

Key = Qt.Key
_PORTABLE = QKeySequence.SequenceFormat.PortableText

# Pressed alone they only start a combination: keep listening for the rest of it.
_MODIFIERS = {
    Key.Key_Shift,
    Key.Key_Control,
    Key.Key_Alt,
    Key.Key_AltGr,
    Key.Key_Meta,
    Key.Key_Super_L,
    Key.Key_Super_R,
    Key.Key_Hyper_L,
    Key.Key_Hyper_R,
    Key.Key_CapsLock,
    Key.Key_NumLock,
    Key.Key_unknown,
}
_MOVING = {
    Key.Key_Up,
    Key.Key_Down,
    Key.Key_Left,
    Key.Key_Right,
    Key.Key_Home,
    Key.Key_End,
    Key.Key_PageUp,
    Key.Key_PageDown,
}
_EDITING = {Key.Key_Backspace, Key.Key_Delete, Key.Key_Insert}
_EDITING_STANDARD = (
    QKeySequence.StandardKey.Copy,
    QKeySequence.StandardKey.Cut,
    QKeySequence.StandardKey.Paste,
    QKeySequence.StandardKey.Undo,
    QKeySequence.StandardKey.Redo,
    QKeySequence.StandardKey.SelectAll,
)
_CHARACTER_KEYS_END = 0x01000000  # Qt's codes below this are the characters themselves
_COMMAND_MODIFIERS = (
    Qt.KeyboardModifier.ControlModifier
    | Qt.KeyboardModifier.AltModifier
    | Qt.KeyboardModifier.MetaModifier
)


def portable(keys: str | QKeySequence | QKeyCombination) -> str:
    """One spelling of a key ("Ctrl+,"), whichever way it was written."""
    return QKeySequence(keys).toString(_PORTABLE)


def usable_or_default(key: str) -> str:
    """The saved curtain key, unless it is one no curtain key may be (an arrow, Tab, Enter,
    a typing key: an older coachdesk let Settings record those by accident); then F9."""
    sequence = QKeySequence(key)
    # PySide6's stubs lack QKeySequence.__getitem__, which exists at run time.
    if sequence.count() != 1 or refusal(sequence[0], {}):  # type: ignore[index]
        return DEFAULT_CURTAIN_KEY
    return key


def keys_in_use(widget: QWidget | None) -> dict[str, str]:
    """The keys coachdesk already uses, each with what it does ("" when it has no name):
    the shortcuts of `widget`'s window, read from its actions, and the coach view's."""
    used = {portable(k): "" for k in coach_keys.ALL}
    window = widget.window() if widget is not None else None
    if window is None:
        return used
    for shortcut in window.findChildren(QShortcut):
        used.setdefault(portable(shortcut.key()), "")
    for action in window.findChildren(QAction):
        name = action.text().replace("&", "").rstrip("…").strip()
        for sequence in action.shortcuts():
            used[portable(sequence)] = name
    return used


def refusal(combination: QKeyCombination, in_use: dict[str, str]) -> str:
    """Why `combination` cannot be the curtain key; empty when it can."""
    key = combination.key()
    modifiers = combination.keyboardModifiers()
    spelled = QKeySequence(combination).toString(QKeySequence.SequenceFormat.NativeText)
    if key in (Key.Key_Tab, Key.Key_Backtab):
        why = QCoreApplication.translate("KeyCapture", "%1 moves between fields.")
    elif key in (Key.Key_Return, Key.Key_Enter):
        why = QCoreApplication.translate("KeyCapture", "%1 presses buttons and confirms.")
    elif key == Key.Key_Space:
        why = QCoreApplication.translate("KeyCapture", "%1 types a space and presses buttons.")
    elif key == Key.Key_Escape:
        why = QCoreApplication.translate("KeyCapture", "%1 is kept for closing and cancelling.")
    elif key in _MOVING:
        why = QCoreApplication.translate("KeyCapture", "%1 moves around in lists and text.")
    elif key in _EDITING or _is_editing_standard(combination):
        why = QCoreApplication.translate("KeyCapture", "%1 is needed for editing text.")
    elif key.value < _CHARACTER_KEYS_END and not modifiers & _COMMAND_MODIFIERS:
        # It would type into the session notes instead of blanking the screen.
        why = QCoreApplication.translate("KeyCapture", "%1 is needed for typing.")
    elif portable(combination) in in_use:
        name = in_use[portable(combination)]
        if name:
            why = QCoreApplication.translate(
                "KeyCapture", "%1 is already the key for “%2”."
            ).replace("%2", name)
        else:
            why = QCoreApplication.translate(
                "KeyCapture", "%1 already has another use in coachdesk."
            )
    else:
        return ""
    return (
        why.replace("%1", spelled)
        + " "
        + QCoreApplication.translate("KeyCapture", "Press another key.")
    )


def _is_editing_standard(combination: QKeyCombination) -> bool:
    return any(
        binding == QKeySequence(combination)
        for standard in _EDITING_STANDARD
        for binding in QKeySequence.keyBindings(standard)
    )


class KeyCaptureDialog(QDialog):
    """Listens for one key: a good one closes it with that key, Esc closes it without."""

    def __init__(self, in_use: dict[str, str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Privacy curtain key"))
        self.setAccessibleName(self.tr("Privacy curtain key"))
        self._in_use = in_use
        self.key = ""
        prompt = QLabel(self.tr("Press the new key… (Esc cancels)"), self)
        self.setAccessibleDescription(prompt.text())  # the dialog itself has the focus
        self.problem = QLabel(self)
        self.problem.setWordWrap(True)
        set_role(self.problem, "soft")  # calm: a refused key is no error
        # Room for two lines from the start: a refusal appears without the dialog jumping.
        self.problem.setMinimumHeight(2 * self.problem.fontMetrics().lineSpacing())
        cancel = QPushButton(self.tr("Cancel"), self)
        cancel.setAccessibleName(self.tr("Keep the curtain key"))
        cancel.setAutoDefault(False)
        # Only for the mouse: a focused button would take Tab, Space and Enter as its own.
        cancel.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        cancel.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(3 * GRID, 3 * GRID, 3 * GRID, 3 * GRID)
        layout.setSpacing(2 * GRID)
        layout.addWidget(prompt)
        layout.addWidget(self.problem)
        layout.addWidget(cancel, 0, Qt.AlignmentFlag.AlignRight)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setFocus()
        self.setMinimumWidth(GRID * 60)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride:
            event.accept()  # no shortcut of the app fires: the key comes here as a press
            return True
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            self._on_key(event)  # before QWidget takes Tab for moving the focus
            return True
        return super().event(event)

    def _on_key(self, event: QKeyEvent) -> None:
        key = Qt.Key(event.key())
        if key in _MODIFIERS or event.isAutoRepeat():
            return
        modifiers = event.modifiers() & ~(
            Qt.KeyboardModifier.KeypadModifier | Qt.KeyboardModifier.GroupSwitchModifier
        )
        if key == Key.Key_Escape and not modifiers:
            self.reject()
            return
        combination = QKeyCombination(modifiers, key)
        why = refusal(combination, self._in_use)
        if why:
            self.problem.setText(why)
            # A screen reader stays on the dialog, so it is told what changed.
            announce(self.problem, why)
            return
        self.key = portable(combination)
        self.accept()

    @classmethod
    def ask(cls, parent: QWidget | None, in_use: dict[str, str]) -> str | None:
        """The key pressed (portable text), or None when cancelled."""
        dialog = cls(in_use, parent)
        try:
            return dialog.key if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()
