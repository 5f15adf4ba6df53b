"""A secret on the clipboard for a short while only.

A recovery key left on the clipboard ends up in clipboard histories and in the next
paste anywhere. Copied through here, it is taken off again after a while, or when the
app quits, whichever comes first; and only if the clipboard still holds exactly it, so
what the user copied since is never touched (the journal's copied text follows the
same rule when it locks, session/opened.py).
"""

from __future__ import annotations

import math

from PySide6.QtCore import QCoreApplication, QMimeData, QObject, QTimer
from PySide6.QtGui import QClipboard, QGuiApplication

CLEAR_AFTER_MS = 30_000
# Clipboard managers that honour this (KDE's Klipper) keep the secret out of their history.
_SECRET_HINT = "x-kde-passwordManagerHint"


def forget_if_still(clipboard: QClipboard, text: str) -> None:
    """Empty the clipboard if it holds `text` and nothing else has been copied since."""
    if text and clipboard.text() == text:
        clipboard.clear()


class SecretCopy(QObject):
    """One secret put on the clipboard; it removes it again after `clear_after_ms`.

    Owned by the application rather than the dialog that copied it: the user may close
    the dialog and paste the secret elsewhere in the seconds that are left.
    """

    def __init__(self, secret: str, clear_after_ms: int = CLEAR_AFTER_MS) -> None:
        super().__init__(QCoreApplication.instance())
        self.secret = secret
        self.clear_after_ms = clear_after_ms
        self._done = False
        clipboard = QGuiApplication.clipboard()
        data = QMimeData()
        data.setText(secret)
        data.setData(_SECRET_HINT, b"secret")
        clipboard.setMimeData(data)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(clear_after_ms)
        self.timer.timeout.connect(self.forget)
        self.timer.start()
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.forget)

    @property
    def seconds(self) -> int:
        """How long it stays, in whole seconds (for telling the user)."""
        return max(1, math.ceil(self.clear_after_ms / 1000))

    def forget(self) -> None:
        """Take the secret off the clipboard now (if it is still there); done after that."""
        if self._done:
            return
        self._done = True
        self.timer.stop()
        forget_if_still(QGuiApplication.clipboard(), self.secret)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.disconnect(self.forget)
        self.deleteLater()


def forget_all_secrets() -> None:
    """Take every secret this app copied off the clipboard now (the journal locks)."""
    app = QCoreApplication.instance()
    if app is not None:
        for secret in app.findChildren(SecretCopy):
            secret.forget()
