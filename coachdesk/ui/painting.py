"""Small painting helpers shared by the list delegates."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics


def elide_lines(text: str, font: QFont, width: int) -> str:
    """Fit text into two wrapped lines, ending in an ellipsis when it does not."""
    metrics = QFontMetrics(font)
    words = text.split(" ")
    first = ""
    while words:
        candidate = f"{first} {words[0]}".strip()
        if metrics.horizontalAdvance(candidate) > width:
            break
        first = candidate
        words.pop(0)
    rest = " ".join(words)
    if not first:  # one very long word
        return metrics.elidedText(text, Qt.TextElideMode.ElideRight, 2 * width)
    if not rest:
        return first
    return f"{first}\n{metrics.elidedText(rest, Qt.TextElideMode.ElideRight, width)}"
