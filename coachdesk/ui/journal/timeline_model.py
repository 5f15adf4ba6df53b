"""The timeline: reflections newest first, or the ones a search found, a page at a time."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
    Slot,
)

from coachdesk.coaching.filters import TimelineFilter
from coachdesk.coaching.reflections import MARK_END, MARK_START, ReflectionSummary, SearchHit
from coachdesk.storage import JournalError, JournalStore
from coachdesk.storage.query_text import parse
from coachdesk.ui.common.formatting import friendly_moment
from coachdesk.ui.journal.search_runner import SearchRequest, SearchRunner

PAGE_SIZE = 200
SEARCH_PAGE_SIZE = 16  # a screenful; more come as the list scrolls
SummaryRole = Qt.ItemDataRole.UserRole + 1
SnippetRole = Qt.ItemDataRole.UserRole + 2
QuestionRole = Qt.ItemDataRole.UserRole + 3

Index = QModelIndex | QPersistentModelIndex


class TimelineModel(QAbstractListModel):
    """A thin, lazily filled list over the store: the timeline, or search results."""

    searched = Signal(str)  # the text whose first page has arrived
    counted = Signal(str, int)  # the text searched for, how many reflections match in all
    failed = Signal(object)  # a JournalError: a further page could not be read (damaged)

    def __init__(
        self, store: JournalStore, runner: SearchRunner, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._store = store
        self._runner = runner
        self._rows: list[SearchHit] = []
        self._total = 0  # browsing: rows in all; searching: unknown until a short page
        self._filter = TimelineFilter()
        self._text = ""
        self._best = False
        self._serial = 0
        self._waiting = False
        self._more = False
        self.problem: JournalError | None = None  # the journal could not be read (damaged)
        runner.results_ready.connect(self._on_runner_results_ready)
        runner.counted.connect(self._on_runner_counted)
        self.reload()

    # What is shown ---------------------------------------------------------------------

    @property
    def searching(self) -> bool:
        """True when the rows are search results."""
        return parse(self._text) is not None

    @property
    def text(self) -> str:
        """What was typed in the search field."""
        return self._text

    def show(self, chosen: TimelineFilter, text: str = "", best: bool = False) -> None:
        """Show the reflections within `chosen` that match `text` (all when empty)."""
        self._filter, self._text, self._best = chosen, text, best
        self.reload()

    def reload(self) -> None:
        """Start again from the first page (after a save, a delete, a new filter)."""
        self._serial += 1
        if self.searching:
            self._waiting = True
            self._request(0)
            return
        self.beginResetModel()
        self.problem = None
        try:
            self._total = self._store.count(self._filter)
            page = self._store.timeline(0, PAGE_SIZE, self._filter)
        except JournalError as error:  # damaged where the previews are: show none, say so
            self._total, page = 0, []
            self.problem = error
        self._rows = [SearchHit(s, None, "") for s in page]
        self._waiting = False
        self.endResetModel()

    def _request(self, offset: int) -> None:
        self._runner.request(
            SearchRequest(
                self._serial, self._text, self._filter, self._best, offset, SEARCH_PAGE_SIZE
            )
        )

    @Slot(object, object)
    def _on_runner_results_ready(self, request: SearchRequest, hits: list[SearchHit]) -> None:
        if request.serial != self._serial:
            return  # an answer to a question no longer asked
        self._waiting = False
        self._more = len(hits) == request.limit
        if request.offset == 0:
            self.beginResetModel()
            self._rows = list(hits)
            self.endResetModel()
            self.searched.emit(request.text)
        elif hits:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(hits) - 1)
            self._rows.extend(hits)
            self.endInsertRows()

    @Slot(object, int)
    def _on_runner_counted(self, request: SearchRequest, total: int) -> None:
        if request.serial == self._serial:
            self.counted.emit(request.text, total)

    # Qt's list model -------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._rows)

    def canFetchMore(self, parent: Index) -> bool:
        if parent.isValid() or self._waiting:
            return False
        return self._more if self.searching else len(self._rows) < self._total

    def fetchMore(self, parent: Index) -> None:
        if not self.canFetchMore(parent):
            return
        if self.searching:
            self._waiting = True
            self._request(len(self._rows))
            return
        try:
            page = self._store.timeline(len(self._rows), PAGE_SIZE, self._filter)
        except JournalError as error:
            page = []
            self.problem = error
            self.failed.emit(error)
        if not page:
            self._total = len(self._rows)
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
        self._rows.extend(SearchHit(s, None, "") for s in page)
        self.endInsertRows()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        hit = self._rows[index.row()]
        summary = hit.summary
        if role == Qt.ItemDataRole.DisplayRole:
            return summary.title or summary.preview or summary.flow_title
        if role == Qt.ItemDataRole.AccessibleTextRole:
            parts = [friendly_moment(summary.created_at), summary.flow_title]
            if summary.is_draft:
                parts.append(self.tr("draft"))
            shown = hit.snippet.replace(MARK_START, "").replace(MARK_END, "")
            parts.append(shown or summary.title or summary.preview)
            return ", ".join(p for p in parts if p)
        if role == SummaryRole:
            return summary
        if role == SnippetRole:
            return hit.snippet
        if role == QuestionRole:
            return hit.question_id
        return None

    # Lookups ---------------------------------------------------------------------------

    def summary_at(self, row: int) -> ReflectionSummary | None:
        """The reflection shown in `row`, if there is one."""
        return self._rows[row].summary if 0 <= row < len(self._rows) else None

    def question_at(self, row: int) -> str | None:
        """The answer that matched the search in `row`, if any."""
        return self._rows[row].question_id if 0 <= row < len(self._rows) else None

    def row_of(self, reflection_id: int) -> int:
        """The row showing this reflection, fetching further timeline pages; -1 if absent."""
        while True:
            for row, hit in enumerate(self._rows):
                if hit.summary.id == reflection_id:
                    return row
            if self.searching or not self.canFetchMore(QModelIndex()):
                return -1
            self.fetchMore(QModelIndex())
