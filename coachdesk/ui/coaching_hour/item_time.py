"""'4 of 10 min on this item', or that it runs over: the coach view's clock per item."""

from __future__ import annotations

import math

from PySide6.QtWidgets import QLabel, QWidget

from coachdesk.coaching.sessions import AgendaItem, ItemTimes
from coachdesk.ui.common.announce import announce
from coachdesk.ui.common.theme import set_role


class ItemTime(QLabel):
    """Time on the item shown against its planned minutes; hidden for an item without a plan.
    Running over is said in words (and once to a screen reader), not by colour alone."""

    def __init__(self, now: float, parent: QWidget) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Time on this item"))
        set_role(self, "soft")
        self._times = ItemTimes(now)
        self._told: set[int] = set()  # items whose running over was announced

    def shown(self, index: int, now: float) -> None:
        """Item `index` is on screen from `now`."""
        self._times.show(index, now)

    def tell(self, item: AgendaItem | None, index: int, now: float) -> None:
        """Say how long item `index` has been on, against its plan."""
        if item is None or not item.minutes:
            self.clear()
            self.hide()
            return
        over = self._times.over(item, index, now)
        if over:
            text = self.tr("This item runs %n min over", "", math.ceil(over / 60))
            set_role(self, "warning")
            if index not in self._told:
                self._told.add(index)
                announce(self, text)
        else:
            spent = int(self._times.spent(index, now) // 60)
            text = (
                self.tr("%1 of %2 min on this item")
                .replace("%1", str(spent))
                .replace("%2", str(item.minutes))
            )
            set_role(self, "soft")
        self.setText(text)
        self.show()
