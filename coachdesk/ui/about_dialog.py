"""Help → About coachdesk: the version, the privacy promise and the licence."""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from coachdesk import APP_NAME
from coachdesk.ui.common.theme import (
    GRID,
    QUESTION_SCALE,
    READING_WIDTH_CHARS,
    scaled_font,
    set_role,
)

ICON_SIZE = 8 * GRID


class AboutDialog(QDialog):
    """Who made this, which version it is, and what it promises about your journal."""

    def __init__(self, version: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About coachdesk"))
        self.setAccessibleName(self.tr("About coachdesk"))

        # The window's own icon (set on the main window); a dialog inherits it.
        icon = QLabel(self)
        pixmap = self.windowIcon().pixmap(ICON_SIZE, ICON_SIZE)
        icon.setPixmap(pixmap)
        icon.setVisible(not pixmap.isNull())
        icon.setFixedSize(ICON_SIZE, ICON_SIZE)

        name = QLabel(APP_NAME, self)
        name.setFont(scaled_font(self, QUESTION_SCALE, QFont.Weight.DemiBold))
        self.version = QLabel(self.tr("Version %1").replace("%1", version), self)
        set_role(self.version, "soft")
        tagline = QLabel(self.tr("A private reflection-coaching journal for salespeople."), self)
        tagline.setWordWrap(True)

        heading = QVBoxLayout()
        heading.setSpacing(GRID // 2)
        heading.addWidget(name)
        heading.addWidget(self.version)
        top = QHBoxLayout()
        top.setSpacing(2 * GRID)
        top.addWidget(icon)
        top.addLayout(heading, 1)

        self.privacy = self._section(
            self.tr("Nothing leaves this laptop"),
            self.tr(
                "Your journal stays on this computer. coachdesk has no account, no cloud, "
                "no telemetry and no update checks: it never connects to the internet. "
                "Only you decide who sees what you wrote."
            ),
        )
        self.licence = self._section(
            self.tr("Free software"),
            self.tr(
                "coachdesk is free software: you may use, study, share and change it under "
                "the GNU General Public License, version 3 or (at your option) any later "
                "version (GPL-3.0-or-later). It comes with no warranty."
            ),
        )

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("Close"))
        close.setAccessibleName(self.tr("Close"))
        close.setDefault(True)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4 * GRID, 4 * GRID, 4 * GRID, 3 * GRID)
        layout.setSpacing(2 * GRID)
        layout.addLayout(top)
        layout.addWidget(tagline)
        layout.addLayout(self.privacy)
        layout.addLayout(self.licence)
        layout.addSpacing(GRID)
        layout.addWidget(buttons)
        # Wide enough for calm lines, never wider than a comfortable reading measure.
        chars = self.fontMetrics().averageCharWidth()
        self.setMinimumWidth(chars * 64)
        self.setMaximumWidth(chars * READING_WIDTH_CHARS)
        self.resize(self.minimumWidth(), layout.totalHeightForWidth(self.minimumWidth()))
        close.setFocus()

    def _section(self, title: str, text: str) -> QVBoxLayout:
        heading = QLabel(title, self)
        heading.setFont(scaled_font(self, 1.0, QFont.Weight.DemiBold))
        body = QLabel(text, self)
        body.setWordWrap(True)
        section = QVBoxLayout()
        section.setSpacing(GRID // 2)
        section.addWidget(heading)
        section.addWidget(body)
        return section

    @classmethod
    def ask(cls, parent: QWidget) -> None:
        """Show the dialog until closed."""
        import coachdesk  # the version comes from the installed package's metadata

        dialog = cls(coachdesk.__version__, parent)
        dialog.exec()
        dialog.deleteLater()
