"""The look: Fusion with our own calm palette, one accent colour, type sizes on one scale."""

from __future__ import annotations

import os
from dataclasses import dataclass

from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication, QWidget

# Spacing comes in steps of this grid.
GRID = 8
# Lines of an answer stay readable: about 70 characters wide.
READING_WIDTH_CHARS = 70
QUESTION_SCALE = 1.6


@dataclass(frozen=True)
class Colours:
    """One set of colours; everything the app paints comes from here."""

    window: str
    surface: str
    text: str
    soft: str  # hints, dates, secondary lines
    line: str  # hairlines between areas
    accent: str
    accent_text: str
    selection: str
    warning: str


LIGHT = Colours(
    window="#f6f5f2",
    surface="#ffffff",
    text="#1d2126",
    soft="#6a6f76",
    line="#e3e1dc",
    accent="#2e6b7e",
    accent_text="#ffffff",
    selection="#dcebef",
    warning="#8a4b00",
)


def palette(colours: Colours) -> QPalette:
    """A QPalette for Fusion built from `colours`."""
    p = QPalette()
    c = QColor
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        p.setColor(group, QPalette.ColorRole.Window, c(colours.window))
        p.setColor(group, QPalette.ColorRole.WindowText, c(colours.text))
        p.setColor(group, QPalette.ColorRole.Base, c(colours.surface))
        p.setColor(group, QPalette.ColorRole.AlternateBase, c(colours.window))
        p.setColor(group, QPalette.ColorRole.Text, c(colours.text))
        p.setColor(group, QPalette.ColorRole.PlaceholderText, c(colours.soft))
        p.setColor(group, QPalette.ColorRole.Button, c(colours.surface))
        p.setColor(group, QPalette.ColorRole.ButtonText, c(colours.text))
        p.setColor(group, QPalette.ColorRole.Highlight, c(colours.selection))
        p.setColor(group, QPalette.ColorRole.HighlightedText, c(colours.text))
        p.setColor(group, QPalette.ColorRole.Accent, c(colours.accent))
        p.setColor(group, QPalette.ColorRole.Link, c(colours.accent))
        p.setColor(group, QPalette.ColorRole.ToolTipBase, c(colours.surface))
        p.setColor(group, QPalette.ColorRole.ToolTipText, c(colours.text))
        p.setColor(group, QPalette.ColorRole.Mid, c(colours.line))
        p.setColor(group, QPalette.ColorRole.Midlight, c(colours.line))
    disabled = QPalette.ColorGroup.Disabled
    for role in (
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
    ):
        p.setColor(disabled, role, c(colours.soft))
    return p


def stylesheet(colours: Colours) -> str:
    """The few rules a palette cannot express; widgets opt in with objectName or a property."""
    return f"""
    QMainWindow, QDialog {{ background: {colours.window}; }}
    QLabel[role="soft"] {{ color: {colours.soft}; }}
    QLabel[role="warning"] {{ color: {colours.warning}; }}
    QLabel[role="question"] {{ color: {colours.text}; }}
    QPlainTextEdit, QTextBrowser, QListView {{
        border: none; background: {colours.surface};
        selection-background-color: {colours.selection};
    }}
    QPlainTextEdit#answer {{
        border: 1px solid {colours.line}; border-radius: 6px; padding: {GRID}px;
    }}
    QPlainTextEdit#answer:focus {{ border-color: {colours.accent}; }}
    QSplitter::handle {{ background: {colours.line}; }}
    QPushButton {{
        border: 1px solid {colours.line}; border-radius: 6px; padding: 6px 16px;
        background: {colours.surface}; min-height: 20px;
    }}
    QPushButton:focus {{ border-color: {colours.accent}; }}
    QPushButton:hover {{ border-color: {colours.soft}; }}
    QPushButton[role="primary"] {{
        background: {colours.accent}; color: {colours.accent_text}; border-color: {colours.accent};
    }}
    QPushButton[role="primary"]:focus {{ border: 2px solid {colours.text}; }}
    QPushButton[role="quiet"] {{ border-color: transparent; background: transparent; }}
    QPushButton[role="quiet"]:hover, QPushButton[role="quiet"]:focus {{
        border-color: {colours.line};
    }}
    QPushButton[role="choice"]:checked {{
        background: {colours.accent}; color: {colours.accent_text}; border-color: {colours.accent};
    }}
    QProgressBar {{ border: none; background: {colours.line}; max-height: 3px; }}
    QProgressBar::chunk {{ background: {colours.accent}; }}
    QFrame#banner {{ background: {colours.selection}; border-radius: 6px; }}
    QMenuBar {{ background: {colours.window}; }}
    """


STYLE = "Fusion"  # the same look on every platform


def choose_style_before_start() -> None:
    """Ask for our style before the QApplication exists: Qt then creates it once, when
    first needed, instead of creating the platform's and replacing it (~15 ms)."""
    os.environ.setdefault("QT_STYLE_OVERRIDE", STYLE.lower())


def apply_base(app: QApplication, colours: Colours = LIGHT) -> None:
    """Palette and type size: all the first, empty frame needs."""
    app.setPalette(palette(colours))
    font = app.font()
    if font.pointSizeF() < 10.5:
        font.setPointSizeF(10.5)
        app.setFont(font)


def apply_details(app: QApplication, colours: Colours = LIGHT) -> None:
    """The style sheet for buttons, fields and lists, once there are any to show."""
    app.setStyleSheet(stylesheet(colours))


def apply(app: QApplication, colours: Colours = LIGHT) -> None:
    """Give an already running application our whole look."""
    app.setStyle(STYLE)
    apply_base(app, colours)
    apply_details(app, colours)


def scaled_font(widget: QWidget, factor: float, weight: QFont.Weight | None = None) -> QFont:
    """The widget's font, `factor` times larger, optionally in another weight."""
    font = QFont(widget.font())
    font.setPointSizeF(font.pointSizeF() * factor)
    if weight is not None:
        font.setWeight(weight)
    return font


def set_role(widget: QWidget, role: str) -> None:
    """Tag a widget for the stylesheet (soft text, primary button, ...)."""
    widget.setProperty("role", role)
    widget.style().unpolish(widget)  # a property change is not picked up by itself
    widget.style().polish(widget)
