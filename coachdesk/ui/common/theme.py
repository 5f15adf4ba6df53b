"""The look: Fusion with our own calm palette, one accent colour, type sizes on one scale."""

from __future__ import annotations

import enum
import os
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication, QWidget

if TYPE_CHECKING:
    from PySide6.QtCore import Qt

from coachdesk.resources import resources_dir

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


# For the evening: not black, the text not pure white; the accent lighter so it still reads.
DARK = Colours(
    window="#1c1e21",
    surface="#232629",
    text="#e4e2dd",
    soft="#a0a5ab",
    line="#373b40",
    accent="#7bbccf",
    accent_text="#0f1a1e",
    selection="#2c4a54",
    warning="#f0b060",
)

# For a tired eye or a bright room: black on white, hard lines, a dark accent (WCAG AAA).
HIGH_CONTRAST = Colours(
    window="#ffffff",
    surface="#ffffff",
    text="#000000",
    soft="#262626",
    line="#000000",
    accent="#003f5c",
    accent_text="#ffffff",
    selection="#b8e0ff",
    warning="#6b2800",
)


class Appearance(enum.StrEnum):
    """The look the user chose; SYSTEM follows the desktop's light or dark scheme."""

    SYSTEM = "system"
    LIGHT = "light"
    DARK = "dark"
    HIGH_CONTRAST = "high-contrast"


def appearance_of(setting: str) -> Appearance:
    """The appearance a setting names (an unknown one follows the system)."""
    try:
        return Appearance(setting)
    except ValueError:
        return Appearance.SYSTEM


TEXT_SCALES = (0.9, 1.0, 1.1, 1.25, 1.4, 1.6)  # Ctrl+Minus / Ctrl+Plus step through these
BASE_POINT_SIZE = 10.5  # never smaller than this, whatever the desktop says


def system_is_dark(app: QApplication) -> bool:
    """True when the desktop asks for dark. Read from the palette the platform gave the app
    before ours replaces it: asking the style hints costs ~35 ms before the first frame."""
    if app.property("coachdesk-system-dark") is None:
        window = app.palette().color(QPalette.ColorRole.Window)
        app.setProperty("coachdesk-system-dark", window.lightness() < 128)
    return bool(app.property("coachdesk-system-dark"))


def colours_for(appearance: Appearance, app: QApplication) -> Colours:
    """The colours of an appearance on this desktop."""
    if appearance is Appearance.SYSTEM:
        return DARK if system_is_dark(app) else LIGHT
    return {Appearance.LIGHT: LIGHT, Appearance.DARK: DARK}.get(appearance, HIGH_CONTRAST)


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
    # Without these a disabled field or tick box keeps Qt's light default: white in dark.
    for role in (QPalette.ColorRole.Base, QPalette.ColorRole.Window, QPalette.ColorRole.Button):
        p.setColor(disabled, role, c(colours.window))
    return p


def _combo_arrow(colours: Colours) -> str:
    # Fusion rings a focused combo box in the selection colour, too faint to see on our
    # surfaces; once the sheet draws the box (to show focus), it needs its own arrow.
    surface = "dark" if QColor(colours.surface).lightness() < 128 else "light"
    return (resources_dir() / "icons" / f"combo-arrow-on-{surface}.svg").as_posix()


def stylesheet(colours: Colours) -> str:
    """The few rules a palette cannot express; widgets opt in with objectName or a property."""
    return f"""
    QMainWindow, QDialog {{ background: {colours.window}; }}
    QLabel[role="soft"] {{ color: {colours.soft}; }}
    QLabel[role="warning"] {{ color: {colours.warning}; }}
    QLabel[role="question"] {{ color: {colours.text}; }}
    QPlainTextEdit, QTextBrowser, QTextEdit#reading, QListView {{
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
    QPushButton[role="choice"] {{ text-align: left; }}
    QPushButton[role="choice"]:checked {{
        background: {colours.accent}; color: {colours.accent_text}; border-color: {colours.accent};
    }}
    QComboBox {{
        border: 1px solid {colours.line}; border-radius: 6px; padding: 4px 8px;
        background: {colours.surface}; min-height: 20px; combobox-popup: 0;
    }}
    QComboBox QAbstractItemView::item {{ min-height: {3 * GRID}px; }}
    QComboBox:hover {{ border-color: {colours.soft}; }}
    QComboBox:focus {{ border: 2px solid {colours.accent}; padding: 3px 7px; }}
    QComboBox::drop-down {{ border: none; width: {3 * GRID}px; }}
    QComboBox::down-arrow {{ image: url({_combo_arrow(colours)}); width: 12px; height: 12px; }}
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


def apply_base(app: QApplication, colours: Colours = LIGHT, text_scale: float = 1.0) -> None:
    """Palette and type size: all the first, empty frame needs."""
    if app.property("coachdesk-base-points") is None:  # the desktop's size, read once
        app.setProperty("coachdesk-base-points", max(BASE_POINT_SIZE, app.font().pointSizeF()))
    app.setPalette(palette(colours))
    font = app.font()
    points = float(app.property("coachdesk-base-points")) * text_scale
    if abs(font.pointSizeF() - points) > 0.01:
        font.setPointSizeF(points)
        app.setFont(font)


def apply_details(app: QApplication, colours: Colours = LIGHT) -> None:
    """The style sheet for buttons, fields and lists, once there are any to show."""
    app.setStyleSheet(stylesheet(colours))


def apply_chosen(app: QApplication, appearance: str, text_scale: float, base: bool = True) -> None:
    """The user's appearance setting (light, dark, the system's) and text size, applied;
    `base=False` leaves the palette and size that the start already set."""
    colours = colours_for(appearance_of(appearance), app)
    if base:
        apply_base(app, colours, text_scale)
    apply_details(app, colours)


def follow_system_scheme(
    app: QApplication, scheme: Qt.ColorScheme, appearance: str, text_scale: float
) -> None:
    """The desktop went light or dark: follow it if the user's appearance is the system's
    (no rebuild: widgets that follow the palette repaint)."""
    from PySide6.QtCore import Qt  # here: importing Qt's namespace costs the start 15 ms

    app.setProperty("coachdesk-system-dark", scheme == Qt.ColorScheme.Dark)
    if appearance_of(appearance) is Appearance.SYSTEM:
        apply_chosen(app, appearance, text_scale)


def apply(app: QApplication, colours: Colours = LIGHT, text_scale: float = 1.0) -> None:
    """Give an already running application our whole look."""
    app.setStyle(STYLE)
    apply_base(app, colours, text_scale)
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
