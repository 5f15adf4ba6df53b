"""The look of the page: one accent colour, neutral greys, type on one scale, in device units."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt
from PySide6.QtGui import (
    QColor,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextOption,
)

from coachdesk.charts import ChartColours
from coachdesk.summary.emoji import runs
from coachdesk.summary.fonts import Type, emoji_font, text_font
from coachdesk.summary.pages import KEEP_WITH_NEXT

# The light theme of the window (ui/theme.py LIGHT) on white paper; a test keeps them equal.
PAPER = ChartColours(
    background="#ffffff", text="#1d2126", soft="#6a6f76", grid="#e3e1dc", accent="#2e6b7e"
)
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f]")


def tr(text: str, comment: str = "", n: int = -1) -> str:
    """A string of the PDF in the user's language; with `n`, in its plural form for n
    ("%n check-ins": "1 check-in"), and %n replaced by n."""
    # lupdate files module-level tr() under "", and as a plural entry when n is given.
    return QCoreApplication.translate("", text, comment, n)


def long_day(day: date) -> str:
    """'Tuesday 12 November 2026'."""
    return QLocale().toString(QDate(day.year, day.month, day.day), "dddd d MMMM yyyy")


def short_day(day: date) -> str:
    """'12 Nov 2026'."""
    return QLocale().toString(QDate(day.year, day.month, day.day), "d MMM yyyy")


@dataclass(frozen=True)
class Style:
    """Formats for one resolution: block spacing is in device units, type in points."""

    resolution: int
    type: Type = Type()
    colours: ChartColours = PAPER

    def px(self, points: float) -> float:
        """Device units for `points` (page geometry, charts, gaps)."""
        return points * self.resolution / 72

    @staticmethod
    def doc(points: float) -> float:
        """Document units for `points`: QTextDocument scales margins and tabs from 96 dpi."""
        return points * 96 / 72

    def line(self) -> float:
        """The height of a line of body text, in device units (for charts and gaps)."""
        return self.px(self.type.body) * self.type.line_height / 100 * 1.2

    def char(
        self, size: float | None = None, bold: bool = False, colour: str | None = None
    ) -> QTextCharFormat:
        """Text of `size` points (body if None), in `colour` (text if None); do not change it."""
        return _char(size or self.type.body, bold, colour or self.colours.text)

    def emoji(self, fmt: QTextCharFormat) -> QTextCharFormat:
        """`fmt` set in the emoji font."""
        emoji = QTextCharFormat(fmt)
        emoji.setFont(
            emoji_font(fmt.fontPointSize()),
            QTextCharFormat.FontPropertiesInheritanceBehavior.FontPropertiesAll,
        )
        return emoji

    def block(
        self,
        before: float = 0,
        after: float = 0,
        keep: bool = False,
        tabs: tuple[tuple[float, bool], ...] = (),
        indent: float = 0,
    ) -> QTextBlockFormat:
        """A paragraph with space `before` and `after` (points); `tabs` are (points, right).

        Shared: do not change it."""
        return _block(self.type.line_height, before, after, keep, tabs, indent)


@lru_cache(maxsize=256)  # a few dozen kinds of paragraph per export, thousands of uses
def _block(
    line_height: float,
    before: float,
    after: float,
    keep: bool,
    tabs: tuple[tuple[float, bool], ...],
    indent: float,
) -> QTextBlockFormat:
    # Keyed by plain values, not by the Style: hashing its nested dataclasses on every
    # paragraph cost more than making the format.
    fmt = QTextBlockFormat()
    fmt.setTopMargin(Style.doc(before))
    fmt.setBottomMargin(Style.doc(after))
    fmt.setLeftMargin(Style.doc(indent))
    fmt.setLineHeight(line_height, 1)  # 1 = ProportionalHeight
    if keep:
        fmt.setProperty(KEEP_WITH_NEXT, True)
    if tabs:
        kind = QTextOption.TabType
        fmt.setTabPositions(
            [
                QTextOption.Tab(Style.doc(at), kind.RightTab if right else kind.LeftTab)
                for at, right in tabs
            ]
        )
    return fmt


@lru_cache(maxsize=64)
def _char(size: float, bold: bool, colour: str) -> QTextCharFormat:
    # One format per kind of text, shared: a summary writes thousands of runs of a handful
    # of kinds, and making a QFont each time was a tenth of the export.
    fmt = QTextCharFormat()
    fmt.setFont(
        text_font(size, bold), QTextCharFormat.FontPropertiesInheritanceBehavior.FontPropertiesAll
    )
    fmt.setForeground(QColor(colour))
    return fmt


class Writer:
    """A QTextDocument written paragraph by paragraph, emoji set in the emoji font."""

    def __init__(self, style: Style) -> None:
        self.style = style
        self.doc = QTextDocument()
        self.doc.setUndoRedoEnabled(False)
        self.doc.setDefaultFont(text_font(style.type.body))
        option = QTextOption()
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        option.setTextDirection(Qt.LayoutDirection.LayoutDirectionAuto)
        self.doc.setDefaultTextOption(option)
        self._cursor = QTextCursor(self.doc)
        self._empty = True

    def paragraph(self, block: QTextBlockFormat) -> Writer:
        """Start a paragraph."""
        if self._empty:
            self._cursor.setBlockFormat(block)
            self._empty = False
        else:
            self._cursor.insertBlock(block)
        return self

    def text(self, text: str, fmt: QTextCharFormat) -> Writer:
        """Add `text` (new lines start paragraphs of the same kind)."""
        clean = _CONTROL.sub(" ", text.replace("\r\n", "\n").replace("\r", "\n"))
        for piece, is_emoji in runs(clean):
            self._cursor.insertText(piece, self.style.emoji(fmt) if is_emoji else fmt)
        return self

    def line(self, text: str, fmt: QTextCharFormat, block: QTextBlockFormat) -> Writer:
        """A whole paragraph of one kind of text."""
        return self.paragraph(block).text(text, fmt)

    def done(self) -> QTextDocument:
        """The document written."""
        return self.doc
