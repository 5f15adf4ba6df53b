"""Small painting helpers shared by the list delegates."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from coachdesk.ui.common.theme import GRID

SubtitleRole = Qt.ItemDataRole.UserRole + 1
# Between the two lines: QStaticText ignores "\n" (it joined the words across the break),
# while it, QPainter.drawText and QTextLayout all break at a Unicode line separator.
LINE_BREAK = "\u2028"


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
    return f"{first}{LINE_BREAK}{metrics.elidedText(rest, Qt.TextElideMode.ElideRight, width)}"


class TitledRowDelegate(QStyledItemDelegate):
    """A list row: a title, and beneath it, softer, two lines more (SubtitleRole)."""

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        line = QFontMetrics(option.font).height()
        return QSize(GRID * 40, 3 * line + 3 * GRID)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        painter.save()
        palette = option.palette
        if option.state & QStyle.StateFlag.State_Selected:
            painter.fillRect(option.rect, palette.color(QPalette.ColorRole.Highlight))
        area = option.rect.adjusted(2 * GRID, GRID + GRID // 2, -2 * GRID, -GRID)
        line = QFontMetrics(option.font).height()
        title_font = QFont(option.font)
        title_font.setWeight(QFont.Weight.DemiBold)
        painter.setFont(title_font)
        painter.setPen(palette.color(QPalette.ColorRole.Text))
        title = QFontMetrics(title_font).elidedText(
            str(index.data() or ""), Qt.TextElideMode.ElideRight, area.width()
        )
        painter.drawText(QRect(area.left(), area.top(), area.width(), line), 0, title)
        painter.setFont(option.font)
        painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
        purpose = elide_lines(str(index.data(SubtitleRole) or ""), option.font, area.width())
        painter.drawText(QRect(area.left(), area.top() + line, area.width(), 2 * line), 0, purpose)
        painter.restore()
