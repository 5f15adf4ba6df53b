"""Preparing a coaching session: choose exactly what the coach will see, and why you come."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QLineEdit,
    QSpinBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from coachdesk.coaching.sessions import (
    SESSION_MINUTES,
    AgendaItem,
    AgendaKind,
    ChartKey,
    offer_commitment,
    offer_reflection,
    offer_story,
)
from coachdesk.storage import JournalStore
from coachdesk.ui.common.dialogs import accept_or_cancel
from coachdesk.ui.common.formatting import short_date
from coachdesk.ui.common.theme import GRID, scaled_font, set_role

RECENT_REFLECTIONS = 30
ItemRole = Qt.ItemDataRole.UserRole + 1


@dataclass(frozen=True)
class SessionPlan:
    """What the user chose."""

    goal: str
    agenda: tuple[AgendaItem, ...]
    minutes: int


class SessionPrepDialog(QDialog):
    """A tree of what can be brought — private answers are never in it — ticked by the user."""

    def __init__(self, store: JournalStore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Prepare a coaching session"))
        heading = QLabel(self.tr("What do you bring to this hour?"), self)
        heading.setFont(scaled_font(self, 1.3))
        note = QLabel(
            self.tr(
                "Your coach sees only what you tick, one item at a time. Answers you marked "
                "private are not offered. The rest of your journal stays hidden. "
                "Choose before you share your screen."
            ),
            self,
        )
        note.setWordWrap(True)
        set_role(note, "soft")
        self.goal = QLineEdit(self)
        self.goal.setPlaceholderText(self.tr("What do you want from this hour?"))
        self.goal.setAccessibleName(self.tr("What you want from this hour"))
        self.tree = QTreeWidget(self)
        self.tree.setHeaderHidden(True)
        self.tree.setAccessibleName(self.tr("What you can bring"))
        self.minutes = QSpinBox(self)
        self.minutes.setRange(10, 180)
        self.minutes.setValue(SESSION_MINUTES)
        self.minutes.setSuffix(self.tr(" minutes"))
        self.minutes.setAccessibleName(self.tr("Length of the session"))
        self._fill(store)
        buttons = accept_or_cancel(self, self.tr("Start the session"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(3 * GRID, 3 * GRID, 3 * GRID, 3 * GRID)
        layout.setSpacing(2 * GRID)
        for widget in (heading, note, self.goal, self.tree, self.minutes, buttons):
            layout.addWidget(widget, 1 if widget is self.tree else 0)
        self.resize(GRID * 80, GRID * 80)
        self.goal.setFocus()

    def _group(self, title: str) -> QTreeWidgetItem:
        group = QTreeWidgetItem(self.tree, [title])
        group.setFlags(Qt.ItemFlag.ItemIsEnabled)
        group.setExpanded(True)
        return group

    def _offer(self, parent: QTreeWidgetItem, item: AgendaItem, label: str) -> QTreeWidgetItem:
        row = QTreeWidgetItem(parent, [label])
        row.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
        row.setCheckState(0, Qt.CheckState.Unchecked)
        row.setData(0, ItemRole, item)
        return row

    def _fill(self, store: JournalStore) -> None:
        reflections = self._group(self.tr("Reflections"))
        shown = 0
        for summary in store.timeline(0, RECENT_REFLECTIONS * 2):
            if shown >= RECENT_REFLECTIONS:
                break
            offered = offer_reflection(store.get(summary.id))
            if not offered:
                continue  # everything in it is private
            shown += 1
            label = f"{short_date(summary.created_at.date())}  ·  {offered[0].title}"
            if summary.is_draft:
                label += "  ·  " + self.tr("draft")
            whole = self._offer(reflections, offered[0], label)
            for answer in offered[1:]:
                self._offer(whole, answer, answer.title)
        stories = self._group(self.tr("Customer stories"))
        for story in store.stories():
            item = offer_story(story)
            if item is not None:
                self._offer(stories, item, item.title)
        commitments = self._group(self.tr("Open commitments"))
        for commitment in store.commitments(open_only=True):
            offered_commitment = offer_commitment(commitment)
            self._offer(commitments, offered_commitment, offered_commitment.title)
        charts = self._group(self.tr("Insight charts"))
        names = {
            ChartKey.STRESS_ENERGY: self.tr("Stress and energy per week"),
            ChartKey.WEEKDAYS: self.tr("Stress by weekday"),
            ChartKey.ATTENTION: self.tr("Where your attention went"),
            ChartKey.STAGES: self.tr("Where deals turned"),
            ChartKey.COMMITMENTS: self.tr("Commitments kept and let go"),
        }
        for key, name in names.items():
            self._offer(charts, AgendaItem(AgendaKind.CHART, key.value, name), name)

    def _rows(
        self, node: QTreeWidgetItem | None = None
    ) -> Iterator[tuple[QTreeWidgetItem, AgendaItem]]:
        """Every offered row with its item, in the order shown."""
        node = node or self.tree.invisibleRootItem()
        for n in range(node.childCount()):
            child = node.child(n)
            if child is None:
                continue
            item = child.data(0, ItemRole)
            if isinstance(item, AgendaItem):
                yield child, item
            yield from self._rows(child)

    def plan(self) -> SessionPlan:
        """The ticked items, the goal and the length."""
        chosen = tuple(
            item for row, item in self._rows() if row.checkState(0) == Qt.CheckState.Checked
        )
        return SessionPlan(self.goal.text().strip(), chosen, self.minutes.value())

    def tick(self, wanted: Callable[[AgendaItem], bool]) -> None:
        """Tick every offered item that is `wanted` (tests, presets)."""
        for row, item in self._rows():
            if wanted(item):
                row.setCheckState(0, Qt.CheckState.Checked)

    def offered(self) -> list[AgendaItem]:
        """Everything the tree offers (for tests: nothing private is in it)."""
        return [item for _row, item in self._rows()]

    @classmethod
    def ask(cls, parent: QWidget | None, store: JournalStore) -> SessionPlan | None:
        """The plan, or None when cancelled."""
        dialog = cls(store, parent)
        try:
            return dialog.plan() if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()
