"""Looking through open commitments in one go: tick some (or all), then done, let go or
still on the list. A list view over a model, so a thousand of them cost one widget."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Slot,
)
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from coachdesk.coaching.commitments import Commitment, CommitmentState
from coachdesk.storage import JournalStore, StorageUnavailable
from coachdesk.ui.common.formatting import short_date
from coachdesk.ui.common.messages import describe
from coachdesk.ui.common.theme import GRID, QUESTION_SCALE, scaled_font, set_role
from coachdesk.ui.loop.loop_dialogs import TextPrompt

Index = QModelIndex | QPersistentModelIndex


class CommitmentList(QAbstractListModel):
    """Commitments to tick, each with when it was made or was due."""

    def __init__(self, commitments: Sequence[Commitment], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows = list(commitments)
        self._ticked: set[int] = set()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        commitment = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return f"{commitment.text}\n{self._when(commitment)}"
        if role == Qt.ItemDataRole.CheckStateRole:
            ticked = commitment.id in self._ticked
            return Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked
        return None

    def _when(self, commitment: Commitment) -> str:
        if commitment.due is not None:
            return self.tr("due %1").replace("%1", short_date(commitment.due))
        return self.tr("made %1").replace("%1", short_date(commitment.created_at.date()))

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | (Qt.ItemFlag.ItemIsUserCheckable)
        )

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if not index.isValid() or role != Qt.ItemDataRole.CheckStateRole:
            return False
        commitment_id = self._rows[index.row()].id
        if Qt.CheckState(value) == Qt.CheckState.Checked:
            self._ticked.add(commitment_id)
        else:
            self._ticked.discard(commitment_id)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        return True

    def tick_all(self, ticked: bool) -> None:
        """Every row ticked, or none."""
        self._ticked = {c.id for c in self._rows} if ticked else set()
        if self._rows:
            last = self.index(len(self._rows) - 1)
            self.dataChanged.emit(self.index(0), last, [Qt.ItemDataRole.CheckStateRole])

    def ticked(self) -> list[int]:
        """The ids ticked, in list order."""
        return [c.id for c in self._rows if c.id in self._ticked]

    def remove(self, ids: Sequence[int]) -> None:
        """Rows that were acted on leave the list."""
        gone = set(ids)
        self.beginResetModel()
        self._rows = [c for c in self._rows if c.id not in gone]
        self._ticked -= gone
        self.endResetModel()


class CommitmentReview(QDialog):
    """One list, three answers for what is ticked."""

    def __init__(
        self,
        store: JournalStore,
        commitments: Sequence[Commitment],
        title: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._store = store
        self.changed = False
        self.setWindowTitle(title)
        heading = QLabel(title, self)
        heading.setFont(scaled_font(self, QUESTION_SCALE * 0.8))
        intro = QLabel(
            self.tr(
                "Tick what you want to settle. Done and let go close them; still on my list "
                "keeps them, and they are not asked about again."
            ),
            self,
        )
        intro.setWordWrap(True)
        set_role(intro, "soft")
        self.model = CommitmentList(commitments, self)
        self.list = QListView(self)
        self.list.setModel(self.model)
        self.list.setAccessibleName(title)
        self.list.setUniformItemSizes(True)  # no measuring a thousand rows
        self.list.setSpacing(GRID // 2)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        set_role(self.status, "warning")
        self.status.hide()

        self.all = self._button(self.tr("Tick all"), self.tr("Tick every commitment"))
        self.none = self._button(self.tr("Tick none"), self.tr("Untick every commitment"))
        self.settle_done = self._button(self.tr("Done…"), self.tr("Mark the ticked ones done"))
        self.let_go = self._button(self.tr("Let go"), self.tr("Let the ticked ones go"))
        self.keep = self._button(
            self.tr("Still on my list"), self.tr("Keep the ticked ones on my list")
        )
        self.all.clicked.connect(lambda: self.model.tick_all(True))
        self.none.clicked.connect(lambda: self.model.tick_all(False))
        self.settle_done.clicked.connect(self._on_done_clicked)
        self.let_go.clicked.connect(self._on_let_go_clicked)
        self.keep.clicked.connect(self._on_keep_clicked)
        closing = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close = closing.button(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("Close"))
        close.setAccessibleName(self.tr("Close"))
        closing.rejected.connect(self.reject)

        ticking = QHBoxLayout()
        ticking.addWidget(self.all)
        ticking.addWidget(self.none)
        ticking.addStretch(1)
        acting = QHBoxLayout()
        acting.setSpacing(GRID)
        for button in (self.settle_done, self.let_go, self.keep):
            acting.addWidget(button)
        acting.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(3 * GRID, 3 * GRID, 3 * GRID, 3 * GRID)
        layout.setSpacing(2 * GRID)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addLayout(ticking)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.status)
        layout.addLayout(acting)
        layout.addWidget(closing)
        self.resize(GRID * 80, GRID * 70)
        self.list.setFocus()
        if self.model.rowCount():
            self.list.setCurrentIndex(self.model.index(0))

    def _button(self, text: str, name: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setAccessibleName(name)
        button.setAutoDefault(False)  # Enter in the list must not settle anything
        set_role(button, "quiet")
        return button

    def _apply(self, change: str, outcome: str = "") -> None:
        ids = self.model.ticked()
        if not ids:
            self._say(self.tr("Tick one or more first (Space ticks the one in focus)."))
            return
        try:
            if change == "keep":
                self._store.keep_commitments(ids)
            else:
                state = CommitmentState.DONE if change == "done" else CommitmentState.LET_GO
                self._store.close_commitments(ids, state, outcome)
        except StorageUnavailable as error:
            self._say(describe(error))
            return
        self.status.hide()
        self.changed = True
        self.model.remove(ids)
        if self.model.rowCount() == 0:
            self.accept()

    def _say(self, text: str) -> None:
        self.status.setText(text)
        self.status.show()

    @Slot()
    def _on_done_clicked(self) -> None:
        count = len(self.model.ticked())
        if not count:
            self._apply("done")
            return
        outcome = TextPrompt.ask(
            self,
            self.tr("Done"),
            self.tr("What happened?"),
            self.tr("%n commitments", "", count),
            self.tr("Save"),
        )
        if outcome is not None:
            self._apply("done", outcome)

    @Slot()
    def _on_let_go_clicked(self) -> None:
        self._apply("let go")

    @Slot()
    def _on_keep_clicked(self) -> None:
        self._apply("keep")

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        store: JournalStore,
        commitments: Sequence[Commitment],
        title: str,
    ) -> bool:
        """Look through `commitments`; True when any was settled (the caller refreshes)."""
        dialog = cls(store, commitments, title, parent)
        try:
            dialog.exec()
            return dialog.changed
        finally:
            dialog.deleteLater()
