"""The PDF's text blocks: a section heading, a subheading, plain paragraphs."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtGui import QTextDocument

from coachdesk.summary.pages import Text
from coachdesk.summary.style import Style, Writer


def heading(style: Style, text: str, note: str = "") -> Text:
    """A section heading, kept with what follows."""

    def build() -> QTextDocument:
        out = Writer(style)
        colour = style.colours.accent
        out.line(text, style.char(style.type.section, True, colour), style.block(after=2))
        if note:
            out.line(note, style.char(style.type.small, colour=style.colours.soft), style.block())
        return out.done()

    return Text(build, keep_with_next=True)


def subheading(style: Style, text: str) -> Text:
    def build() -> QTextDocument:
        out = Writer(style)
        out.line(text, style.char(style.type.heading, True), style.block(after=4))
        return out.done()

    return Text(build, keep_with_next=True)


def paragraphs(style: Style, lines: Sequence[str], soft: bool = False) -> Text:
    def build() -> QTextDocument:
        out = Writer(style)
        fmt = style.char(colour=style.colours.soft if soft else None)
        for line in lines:
            out.line(line, fmt, style.block(after=4))
        return out.done()

    return Text(build)
