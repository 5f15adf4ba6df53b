"""Beside the weekly reflection's question about last week's commitments: this week's open
ones (by the one rule of what is due, not a ledger of every open promise) and what was done
or let go since the last weekly reflection — the week is not only what is still open."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from coachdesk.coaching.commitments import CommitmentState
from coachdesk.storage import JournalStore
from coachdesk.ui.common.theme import set_role


class RecallLine(QLabel):
    """Shown only where the weekly reflection looks back; hidden elsewhere."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        set_role(self, "soft")
        self.hide()

    def show_for(self, store: JournalStore, looking_back: bool) -> None:
        """What to look back on, when `looking_back` (else nothing)."""
        open_ones = store.what_is_due().recall() if looking_back else []
        closed = store.closed_since_last_weekly() if looking_back else []
        parts: list[str] = []
        if open_ones:
            parts += [self.tr("Your open commitments:"), *(f"•  {c.text}" for c in open_ones)]
        if closed:
            if parts:
                parts.append("")
            parts.append(self.tr("Done or let go since your last weekly reflection:"))
            for commitment in closed:
                done = commitment.state is CommitmentState.DONE
                state = self.tr("done") if done else self.tr("let go")
                parts.append(f"•  {commitment.text} ({state})")
        self.setText("\n".join(parts))
        self.setVisible(bool(parts))
