"""The timeline list: each reflection as date and flow over a line of what was written."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette, QTextDocument
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from coachdesk.coaching.reflections import MARK_END, MARK_START, ReflectionSummary
from coachdesk.ui.formatting import friendly_moment
from coachdesk.ui.painting import elide_lines
from coachdesk.ui.theme import GRID
from coachdesk.ui.timeline_model import SnippetRole, SummaryRole


class TimelineDelegate(QStyledItemDelegate):
    """Paints a reflection in two calm lines; no boxes, a hairline between items."""

    def _fonts(self, option: QStyleOptionViewItem) -> tuple[QFont, QFont]:
        meta = QFont(option.font)
        meta.setPointSizeF(option.font.pointSizeF() * 0.88)
        body = QFont(option.font)
        return meta, body

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        meta, body = self._fonts(option)
        height = QFontMetrics(meta).height() + 2 * QFontMetrics(body).height() + 3 * GRID
        return QSize(GRID * 30, height)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        summary = index.data(SummaryRole)
        if not isinstance(summary, ReflectionSummary):
            return
        palette = option.palette
        painter.save()
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        if selected:
            painter.fillRect(option.rect, palette.color(QPalette.ColorRole.Highlight))
        painter.setPen(palette.color(QPalette.ColorRole.Mid))
        painter.drawLine(option.rect.bottomLeft(), option.rect.bottomRight())

        meta, body = self._fonts(option)
        area = option.rect.adjusted(2 * GRID, GRID, -2 * GRID, -GRID)
        soft = palette.color(QPalette.ColorRole.PlaceholderText)
        painter.setFont(meta)
        painter.setPen(soft)
        meta_line = "  ·  ".join(
            part
            for part in (friendly_moment(summary.created_at), summary.flow_title, summary.customer)
            if part
        )
        meta_height = QFontMetrics(meta).height()
        if summary.is_draft:
            draft = self.tr("Draft")
            draft_width = QFontMetrics(meta).horizontalAdvance(draft) + GRID
            painter.setPen(palette.color(QPalette.ColorRole.Accent))
            painter.drawText(
                QRect(area.right() - draft_width, area.top(), draft_width, meta_height),
                Qt.AlignmentFlag.AlignRight,
                draft,
            )
            painter.setPen(soft)
            area_meta = QRect(area.left(), area.top(), area.width() - draft_width, meta_height)
        else:
            area_meta = QRect(area.left(), area.top(), area.width(), meta_height)
        painter.drawText(
            area_meta,
            Qt.AlignmentFlag.AlignLeft,
            QFontMetrics(meta).elidedText(
                meta_line, Qt.TextElideMode.ElideRight, area_meta.width()
            ),
        )

        text_rect = QRect(
            area.left(),
            area.top() + meta_height + GRID // 2,
            area.width(),
            2 * QFontMetrics(body).height(),
        )
        snippet = index.data(SnippetRole)
        if snippet:
            self._paint_snippet(painter, option, text_rect, snippet)
            painter.restore()
            return
        painter.setFont(body)
        painter.setPen(palette.color(QPalette.ColorRole.Text))
        text = summary.title or summary.preview or self.tr("(nothing written yet)")
        if not (summary.title or summary.preview):
            painter.setPen(soft)
        painter.drawText(text_rect, Qt.TextFlag.TextWordWrap, elide_lines(text, body, area.width()))
        painter.restore()

    def _paint_snippet(
        self, painter: QPainter, option: QStyleOptionViewItem, rect: QRect, snippet: str
    ) -> None:
        palette = option.palette
        document = QTextDocument()
        document.setDefaultFont(option.font)
        document.setDocumentMargin(0)
        document.setTextWidth(rect.width())
        mark = palette.color(QPalette.ColorRole.Accent)
        mark.setAlpha(60)
        colour = palette.color(QPalette.ColorRole.Text).name()
        marked = snippet_html(snippet, mark.name(QColor.NameFormat.HexArgb))
        document.setHtml(f"<span style='color:{colour}'>{marked}</span>")
        painter.translate(rect.topLeft())
        painter.setClipRect(QRect(0, 0, rect.width(), rect.height()))
        document.drawContents(painter)


def snippet_html(snippet: str, mark_colour: str) -> str:
    """A search snippet as HTML: the text escaped, matched words marked."""
    parts = escape(snippet).split(MARK_START)
    marked = [parts[0]]
    for part in parts[1:]:
        word, _, rest = part.partition(MARK_END)
        marked.append(f"<span style='background-color:{mark_colour}'>{word}</span>{rest}")
    return "".join(marked)


class TimelineView(QListView):
    """The list of reflections on the left of the main window."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setItemDelegate(TimelineDelegate(self))
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setUniformItemSizes(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setAccessibleName(self.tr("Reflections"))
        self.setAccessibleDescription(self.tr("Your reflections, newest first. Enter opens one."))
