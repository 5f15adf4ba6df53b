"""The timeline list: each reflection as date and flow over a line of what was written."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from coachdesk.coaching.reflections import ReflectionSummary
from coachdesk.ui.formatting import friendly_moment
from coachdesk.ui.painting import elide_lines
from coachdesk.ui.theme import GRID
from coachdesk.ui.timeline_model import SummaryRole


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
        meta_line = f"{friendly_moment(summary.created_at)}  ·  {summary.flow_title}"
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

        painter.setFont(body)
        painter.setPen(palette.color(QPalette.ColorRole.Text))
        text = summary.title or summary.preview or self.tr("(nothing written yet)")
        if not (summary.title or summary.preview):
            painter.setPen(soft)
        text_rect = QRect(
            area.left(),
            area.top() + meta_height + GRID // 2,
            area.width(),
            2 * QFontMetrics(body).height(),
        )
        painter.drawText(text_rect, Qt.TextFlag.TextWordWrap, elide_lines(text, body, area.width()))
        painter.restore()


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
