"""The answer field for each kind of question: free text, a 1–5 scale, a deal stage, one
of the question's own choices."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from PySide6.QtCore import QDate, Qt, Signal, Slot
from PySide6.QtGui import QKeyEvent, QTextCursor
from PySide6.QtWidgets import (
    QBoxLayout,
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from coachdesk.coaching.flows import DEAL_STAGES, Question
from coachdesk.summary.words import stage_label
from coachdesk.ui.common.date_field import DateField
from coachdesk.ui.common.theme import GRID, READING_WIDTH_CHARS, set_role
from coachdesk.ui.journal.spell_check import OFF, FieldKey, SpellCheck
from coachdesk.ui.journal.spell_field import SpellField


class TextAnswer(QPlainTextEdit):
    """A calm writing field about seventy characters wide."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("answer")
        self.setAccessibleName(self.tr("Your answer"))
        self.setTabChangesFocus(True)
        self.setPlaceholderText(self.tr("Write freely. Nothing leaves this laptop."))
        self.setMinimumHeight(GRID * 20)
        self.textChanged.connect(self.changed)
        self._spell: SpellField | None = None

    def reading_width(self) -> int:
        """The pixel width of about seventy characters in this field's font."""
        return self.fontMetrics().averageCharWidth() * READING_WIDTH_CHARS + 4 * GRID

    def value(self) -> str:
        return self.toPlainText()

    def describe(self, question: str, details: str) -> None:
        """Named by the question; its hint and position as the description."""
        self.setAccessibleName(question or self.tr("Your answer"))
        self.setAccessibleDescription(details)

    def focus_first(self) -> None:
        self.setFocus()

    def set_value(self, text: str) -> None:
        if self._spell is not None:
            self._spell.release()  # nothing is being typed in a text set anew
        self.blockSignals(True)
        self.setPlainText(text)
        self.moveCursor(self.textCursor().MoveOperation.End)
        self.blockSignals(False)

    # Spell check -------------------------------------------------------------------------

    def check_spelling(self, check: SpellCheck) -> None:
        """Underline misspelt words with `check` from now on."""
        self._spell = SpellField(self, check)

    def spell_as(self, key: FieldKey, reflection: Iterable[str]) -> None:
        """Check this field as the answer `key` of a reflection whose answers are
        `reflection` (its language follows theirs until one is chosen for it)."""
        if self._spell is not None:
            self._spell.spell_as(key, reflection)

    def spelling_language(self) -> str:
        """The language this field is checked in ("nl", "en", or "off")."""
        return self._spell.language if self._spell is not None else OFF

    def choose_spelling(self, language: str) -> None:
        """Check this answer in `language` ("off": not at all) from now on."""
        if self._spell is not None:
            self._spell.choose(language)

    def context_menu(self, at: QTextCursor) -> QMenu:
        """The context menu for the text at `at`, with the spelling on top."""
        if self._spell is not None:
            return self._spell.context_menu(at)
        return self.createStandardContextMenu()


class ChoiceRow(QWidget):
    """A row of choices of which at most one is picked; picking it again clears it.

    Arrow keys move between choices, Space picks; digits 1–9 pick directly (and say so
    through `picked`, so a form can move on).
    """

    changed = Signal()
    picked = Signal()

    def __init__(
        self,
        options: list[tuple[str, str, str]],
        direction: QBoxLayout.Direction = QBoxLayout.Direction.LeftToRight,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._group = QButtonGroup(self)
        self._group.setExclusive(False)
        self._buttons: dict[str, QPushButton] = {}
        layout = QBoxLayout(direction, self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(GRID)
        across = direction in (QBoxLayout.Direction.LeftToRight, QBoxLayout.Direction.RightToLeft)
        for key, label, accessible in options:
            button = QPushButton(label, self)
            button.setCheckable(True)
            button.setAccessibleName(accessible)
            set_role(button, "choice")
            self._group.addButton(button)
            self._buttons[key] = button
            layout.addWidget(
                button, 0, Qt.AlignmentFlag(0) if across else Qt.AlignmentFlag.AlignLeft
            )
        if not across and self._buttons:  # a column of equal buttons, not a ragged edge
            widest = max(b.sizeHint().width() for b in self._buttons.values())
            for button in self._buttons.values():
                button.setMinimumWidth(widest)
        layout.addStretch(1)
        self._group.buttonToggled.connect(self._on_group_button_toggled)

    @Slot(QPushButton, bool)
    def _on_group_button_toggled(self, button: QPushButton, checked: bool) -> None:
        if checked:
            for other in self._buttons.values():
                if other is not button and other.isChecked():
                    other.blockSignals(True)
                    other.setChecked(False)
                    other.blockSignals(False)
        self.changed.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        step = {
            Qt.Key.Key_Up: -1,
            Qt.Key.Key_Left: -1,
            Qt.Key.Key_Down: 1,
            Qt.Key.Key_Right: 1,
        }.get(Qt.Key(event.key()))
        buttons = self.buttons()
        focused = next((i for i, b in enumerate(buttons) if b.hasFocus()), None)
        if step is not None and focused is not None and not event.modifiers():
            buttons[max(0, min(len(buttons) - 1, focused + step))].setFocus()  # Space picks
            return
        digit = event.text()
        keys = list(self._buttons)
        if digit.isdigit() and 1 <= int(digit) <= len(keys):
            button = self._buttons[keys[int(digit) - 1]]
            button.setChecked(True)
            button.setFocus()
            self.picked.emit()
            return
        super().keyPressEvent(event)

    def value(self) -> str | None:
        return next((key for key, b in self._buttons.items() if b.isChecked()), None)

    def set_value(self, key: str | None) -> None:
        for name, button in self._buttons.items():
            button.blockSignals(True)
            button.setChecked(name == key)
            button.blockSignals(False)

    def describe(self, question: str, details: str) -> None:
        """The group is named by the question; each choice carries it in its description."""
        self.setAccessibleName(question)
        self.setAccessibleDescription(details)
        said = " ".join(part for part in (question, details) if part)
        for button in self._buttons.values():
            button.setAccessibleDescription(said)

    def buttons(self) -> list[QPushButton]:
        """The choice buttons, in order."""
        return list(self._buttons.values())

    def focus_first(self) -> None:
        """Give focus to the picked choice, or the first one."""
        key = self.value()
        (self._buttons[key] if key else self.buttons()[0]).setFocus()


class ScaleAnswer(QWidget):
    """1 to 5, with the question's own words at both ends (never colour alone)."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2 * GRID)
        self._low = QLabel(self)
        self._high = QLabel(self)
        set_role(self._low, "soft")
        set_role(self._high, "soft")
        self._row = ChoiceRow([(str(n), str(n), str(n)) for n in range(1, 6)], parent=self)
        self._row.changed.connect(self.changed)
        layout.addWidget(self._low)
        layout.addWidget(self._row)
        layout.addWidget(self._high)
        layout.addStretch(1)

    def set_question(self, question: Question) -> None:
        self._low.setText(question.low)
        self._high.setText(question.high)
        for n, button in enumerate(self._row.buttons(), start=1):
            word = question.low if n == 1 else question.high if n == 5 else ""
            name = self.tr("%1 of 5").replace("%1", str(n))
            button.setAccessibleName(f"{name}, {word}" if word else name)

    def value(self) -> int | None:
        key = self._row.value()
        return int(key) if key else None

    def set_value(self, rating: int | None) -> None:
        self._row.set_value(str(rating) if rating else None)

    def describe(self, question: str, details: str) -> None:
        """The question, its hint and position, for the group and each choice."""
        self.setAccessibleName(question)
        self.setAccessibleDescription(details)
        self._row.describe(question, details)

    def focus_first(self) -> None:
        self._row.focus_first()


class ChoiceColumn(QWidget):
    """A column of choices, each with the digit that picks it: the deal stages, or a
    question's own choices. The group and each choice carry the question for a screen reader."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._row = ChoiceRow([], QBoxLayout.Direction.TopToBottom, parent=self)

    def set_choices(self, choices: list[tuple[str, str]]) -> None:
        """Offer these (key, label) choices, numbered from 1."""
        options = [(key, f"{n}   {label}", label) for n, (key, label) in enumerate(choices, 1)]
        self._layout.removeWidget(self._row)
        self._row.deleteLater()
        self._row = ChoiceRow(options, QBoxLayout.Direction.TopToBottom, parent=self)
        self._row.changed.connect(self.changed)
        self._layout.addWidget(self._row)

    def value(self) -> str | None:
        return self._row.value()

    def set_value(self, key: str | None) -> None:
        self._row.set_value(key)

    def describe(self, question: str, details: str) -> None:
        """The question, its hint and position, for the group and each choice."""
        self.setAccessibleName(question)
        self.setAccessibleDescription(details)
        self._row.describe(question, details)

    def focus_first(self) -> None:
        self._row.focus_first()

    def buttons(self) -> list[QPushButton]:
        return self._row.buttons()


class StageAnswer(ChoiceColumn):
    """Where the deal turned: one of the deal stages, in the order a deal moves (a column:
    seven stages in a row do not fit a reading-width page in any language)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.set_choices([(s, stage_label(s)) for s in DEAL_STAGES])


class ChoiceAnswer(ChoiceColumn):
    """One of the question's own choices (a deal's outcome)."""

    def set_question(self, question: Question) -> None:
        """The choices of `question` (each question brings its own)."""
        self.set_choices([(c.id, c.label) for c in question.choices])


class DueDate(QWidget):
    """'By when?' for a commitment: a date, or none (the first entry reads "No date")."""

    changed = Signal()
    entered = Signal()  # Enter in the date field

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        label = QLabel(self.tr("By when?"), self)
        set_role(label, "soft")
        self._edit = DateField(self.tr("By when"), self)
        self._edit.entered.connect(self.entered)
        self._edit.setAccessibleDescription(self.tr("Optional: the day this should be done"))
        # Qt's idiom for an optional date: the minimum stands for "none" and shows as text.
        self._none = QDate.currentDate().addDays(-1)
        self._edit.setMinimumDate(self._none)
        self._edit.setSpecialValueText(self.tr("No date"))
        self._edit.setDate(self._none)
        self._edit.dateChanged.connect(self.changed)
        label.setBuddy(self._edit)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(GRID)
        layout.addWidget(label)
        layout.addWidget(self._edit)
        layout.addStretch(1)

    def value(self) -> date | None:
        chosen = self._edit.date()
        if chosen == self._none:
            return None
        return date(chosen.year(), chosen.month(), chosen.day())

    def set_value(self, due: date | None) -> None:
        self._edit.blockSignals(True)
        if due is not None and QDate(due.year, due.month, due.day) < self._none:
            self._edit.setMinimumDate(QDate(due.year, due.month, due.day).addDays(-1))
            self._none = self._edit.minimumDate()
        self._edit.setDate(QDate(due.year, due.month, due.day) if due else self._none)
        self._edit.blockSignals(False)
