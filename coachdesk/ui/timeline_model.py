"""The timeline: reflections newest first, fetched from the store a page at a time."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from coachdesk.coaching.reflections import ReflectionSummary
from coachdesk.storage import JournalStore
from coachdesk.ui.formatting import friendly_moment

PAGE_SIZE = 200
SummaryRole = Qt.ItemDataRole.UserRole + 1

Index = QModelIndex | QPersistentModelIndex


class TimelineModel(QAbstractListModel):
    """A thin, lazily filled list over JournalStore.timeline()."""

    def __init__(self, store: JournalStore, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._rows: list[ReflectionSummary] = []
        self._total = 0
        self.reload()

    def reload(self) -> None:
        """Forget what was fetched and start again from the newest reflection."""
        self.beginResetModel()
        self._total = self._store.count()
        self._rows = self._store.timeline(0, PAGE_SIZE)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._rows)

    def canFetchMore(self, parent: Index) -> bool:
        return not parent.isValid() and len(self._rows) < self._total

    def fetchMore(self, parent: Index) -> None:
        if parent.isValid():
            return
        page = self._store.timeline(len(self._rows), PAGE_SIZE)
        if not page:
            self._total = len(self._rows)
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
        self._rows.extend(page)
        self.endInsertRows()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        summary = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return summary.title or summary.preview or summary.flow_title
        if role == Qt.ItemDataRole.AccessibleTextRole:
            parts = [friendly_moment(summary.created_at), summary.flow_title]
            if summary.is_draft:
                parts.append(self.tr("draft"))
            parts.append(summary.title or summary.preview)
            return ", ".join(p for p in parts if p)
        if role == SummaryRole:
            return summary
        return None

    def summary_at(self, row: int) -> ReflectionSummary | None:
        """The reflection shown in `row`, if there is one."""
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, reflection_id: int) -> int:
        """The row showing this reflection, fetching further pages if needed; -1 if absent."""
        while True:
            for row, summary in enumerate(self._rows):
                if summary.id == reflection_id:
                    return row
            if not self.canFetchMore(QModelIndex()):
                return -1
            self.fetchMore(QModelIndex())
