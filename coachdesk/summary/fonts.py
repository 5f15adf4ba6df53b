"""The bundled OFL fonts: the same PDF on every machine, every glyph embedded.

Noto Sans for text, Noto Sans Arabic and Hebrew for right-to-left scripts, and Coachdesk
Emoji (Noto Emoji with private-use code points, see tools/make_emoji_font.py) so emoji
are drawn as text the PDF can give back, not as pictures from a colour font.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtGui import QFont, QFontDatabase

from coachdesk.resources import resources_dir

FILES = (
    "NotoSans-Regular.ttf",
    "NotoSans-Bold.ttf",
    "NotoSansArabic-Regular.ttf",
    "NotoSansHebrew-Regular.ttf",
    "NotoSansHebrew-Bold.ttf",
    "CoachdeskEmoji-Regular.ttf",
)
TEXT_FAMILIES = ("Noto Sans", "Noto Sans Arabic", "Noto Sans Hebrew")
EMOJI_FAMILY = "Coachdesk Emoji"
EMOJI_FILE = "CoachdeskEmoji-Regular"

_lock = threading.Lock()
_loaded: tuple[str, ...] | None = None


class FontsMissing(RuntimeError):
    """A bundled font could not be loaded (a broken installation)."""


def fonts_dir() -> Path:
    """resources/fonts."""
    return resources_dir() / "fonts"


def load_fonts() -> tuple[str, ...]:
    """Register the bundled fonts with Qt once per process; returns their families."""
    global _loaded
    with _lock:
        if _loaded is None:
            families: list[str] = []
            for name in FILES:
                font_id = QFontDatabase.addApplicationFont(str(fonts_dir() / name))
                if font_id < 0:
                    raise FontsMissing(f"cannot load the font {fonts_dir() / name}")
                families += QFontDatabase.applicationFontFamilies(font_id)
            _loaded = tuple(dict.fromkeys(families))
        return _loaded


@dataclass(frozen=True)
class Type:
    """Sizes in points; the page's type scale."""

    body: float = 10.0
    small: float = 8.5
    prompt: float = 9.0
    heading: float = 11.5
    section: float = 15.0
    title: float = 22.0
    line_height: float = 135.0  # percent of the font's height


def text_font(size: float, bold: bool = False) -> QFont:
    """A text font of the bundled families, `size` points."""
    font = QFont()
    font.setFamilies(list(TEXT_FAMILIES))
    font.setPointSizeF(size)
    font.setWeight(QFont.Weight.Bold if bold else QFont.Weight.Normal)
    # Print has its own resolution: no hinting, so widths are the designed ones.
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    return font


def emoji_font(size: float) -> QFont:
    """The bundled emoji font only: Qt would otherwise take the system's colour emoji."""
    font = QFont()
    font.setFamilies([EMOJI_FAMILY])
    font.setPointSizeF(size)
    font.setStyleStrategy(QFont.StyleStrategy.NoFontMerging)
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    return font
