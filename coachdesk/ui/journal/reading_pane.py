"""Reading a reflection: the questions as they were asked, and what you answered."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, QEvent, QUrl, Signal, Slot
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from coachdesk.coaching.deals import Subject, SubjectKind
from coachdesk.coaching.flows import Flow, QuestionKind
from coachdesk.coaching.reflections import Answer, Reflection, preview_text
from coachdesk.summary.words import stage_label
from coachdesk.ui.attachments.attachment_strip import AttachmentStrip
from coachdesk.ui.common.formatting import long_date
from coachdesk.ui.common.shortcuts import key_text
from coachdesk.ui.common.theme import (
    GRID,
    QUESTION_SCALE,
    READING_WIDTH_CHARS,
    scaled_font,
    set_role,
)
from coachdesk.ui.journal.reflection_text import BUTTON_LINE, ReflectionText

GO = "  ›"  # a button that leads to a page of its own (the customer's, the deal's)


def answer_html(answer: Answer, flow: Flow | None, soft: str) -> str:
    """One answer as HTML; user text is always escaped."""
    if answer.kind is QuestionKind.SCALE and answer.rating is not None:
        question = flow.question(answer.question_id) if flow else None
        words = ""
        if question and question.low and question.high:
            scale = f"1 {question.low} … 5 {question.high}"
            words = f" <span style='color:{soft}'>({escape(scale)})</span>"
        value = escape(
            QCoreApplication.translate("ReadingPane", "%1 of 5").replace("%1", str(answer.rating))
        )
        return f"<p>{value}{words}</p>"
    if answer.kind is QuestionKind.STAGE and answer.stage:
        return f"<p>{escape(stage_label(answer.stage))}</p>"
    return f"<p style='white-space: pre-wrap'>{escape(answer.text)}</p>"


class ReadingPane(QWidget):
    """The right side of the main window: a reflection, or what to do when there is none."""

    continue_requested = Signal()
    delete_requested = Signal()
    new_requested = Signal()
    private_toggled = Signal(str, bool)  # question id, private from now on
    reflection_shown = Signal(object)  # the Reflection now on show (its attachments follow)
    subject_requested = Signal(object)  # a deals.Subject: its page, everything about it

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._pages = QStackedWidget(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._pages)
        self._empty = self._build_empty()
        self._reading = self._build_reading()
        self._pages.addWidget(self._empty)
        self._pages.addWidget(self._reading)
        self._reflection: Reflection | None = None
        self._flow: Flow | None = None
        self._read_only = False

    def _build_empty(self) -> QWidget:
        page = QWidget(self)
        self._empty_title = QLabel(page)
        self._empty_title.setFont(scaled_font(self, QUESTION_SCALE))
        self._empty_title.setWordWrap(True)
        self._empty_text = QLabel(page)
        self._empty_text.setWordWrap(True)
        set_role(self._empty_text, "soft")
        self._new = QPushButton(self.tr("New reflection"), page)
        self._new.setAccessibleName(self.tr("New reflection"))
        self._new.setToolTip(key_text("new"))
        set_role(self._new, "primary")
        self._new.clicked.connect(self.new_requested)
        inner = QWidget(page)
        inner.setMaximumWidth(self.fontMetrics().averageCharWidth() * READING_WIDTH_CHARS)
        column = QVBoxLayout(inner)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2 * GRID)
        column.addWidget(self._empty_title)
        column.addWidget(self._empty_text)
        row = QHBoxLayout()
        row.addWidget(self._new)
        row.addStretch(1)
        column.addSpacing(GRID)
        column.addLayout(row)
        across = QHBoxLayout()
        across.addStretch(1)
        across.addWidget(inner, 100)
        across.addStretch(1)
        outer = QVBoxLayout(page)
        outer.setContentsMargins(8 * GRID, 8 * GRID, 8 * GRID, 8 * GRID)
        outer.addStretch(1)
        outer.addLayout(across)
        outer.addStretch(2)
        return page

    def _build_reading(self) -> QWidget:
        page = QWidget(self)
        self._text = ReflectionText(page)
        self._text.anchorClicked.connect(self._on_text_anchor_clicked)
        self._continue = QPushButton(page)
        set_role(self._continue, "primary")
        self._continue.clicked.connect(self.continue_requested)
        self._delete = QPushButton(self.tr("Delete…"), page)
        self._delete.setAccessibleName(self.tr("Delete this reflection"))
        self._delete.setToolTip(self.tr("Del"))
        set_role(self._delete, "quiet")
        self._delete.clicked.connect(self.delete_requested)
        # The reflection's customer and deal, each a way to everything else about it.
        self._customer = self._subject_button(page, SubjectKind.CUSTOMER)
        self._deal = self._subject_button(page, SubjectKind.DEAL)
        bar = QHBoxLayout()
        bar.setContentsMargins(3 * GRID, 2 * GRID, 3 * GRID, 0)
        bar.addWidget(self._customer)
        bar.addWidget(self._deal)
        bar.addStretch(1)
        bar.addWidget(self._delete)
        bar.addWidget(self._continue)
        column = QVBoxLayout(page)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(bar)
        column.addWidget(self._text, 1)
        # Its pictures and files, under the text (ui/attachments fills it).
        self.attachments = AttachmentStrip(page)
        self.attachments.hide()
        column.addWidget(self.attachments)
        return page

    def _subject_button(self, page: QWidget, kind: SubjectKind) -> QPushButton:
        button = QPushButton(page)
        set_role(button, "quiet")
        button.hide()
        button.clicked.connect(lambda: self._on_subject_clicked(kind))
        return button

    def _show_subjects(self, reflection: Reflection) -> None:
        for button, kind, name in (
            (self._customer, SubjectKind.CUSTOMER, reflection.customer),
            (self._deal, SubjectKind.DEAL, reflection.deal),
        ):
            button.setVisible(bool(name))
            if not name:
                continue
            if kind is SubjectKind.CUSTOMER:
                button.setText(self.tr("Customer: %1").replace("%1", preview_text(name, 32)) + GO)
                button.setAccessibleName(
                    self.tr("Everything about customer %1").replace("%1", name)
                )
                button.setToolTip(self.tr("Everything about this customer, in time order"))
            else:
                button.setText(self.tr("Deal: %1").replace("%1", preview_text(name, 32)) + GO)
                button.setAccessibleName(self.tr("Everything about deal %1").replace("%1", name))
                button.setToolTip(self.tr("Everything about this deal, in time order"))

    def _on_subject_clicked(self, kind: SubjectKind) -> None:
        if self._reflection is None:
            return
        name = self._reflection.customer if kind is SubjectKind.CUSTOMER else self._reflection.deal
        if name:
            self.subject_requested.emit(Subject(kind, name))

    def show_empty(self, journal_is_empty: bool) -> None:
        """The calm page shown when nothing is selected."""
        self._reflection = None
        if journal_is_empty:
            self._empty_title.setText(self.tr("A quiet place to think back."))
            self._empty_text.setText(
                self.tr(
                    "After a deal, a tough call or a long week, take ten minutes. "
                    "coachdesk asks what a good coach would ask, one question at a time, "
                    "and keeps your answers on this laptop only.\n\n"
                    "Press %1 to start your first reflection."
                ).replace("%1", key_text("new"))
            )
        else:
            self._empty_title.setText(self.tr("Pick a reflection to read it."))
            self._empty_text.setText(
                self.tr("Or press %1 to start a new one.").replace("%1", key_text("new"))
            )
        self._pages.setCurrentWidget(self._empty)
        self.setFocusProxy(self._new if journal_is_empty else None)  # type: ignore[arg-type]
        if journal_is_empty:
            self._new.setFocus()  # the one thing to do here; Enter or Space starts

    def show_reflection(
        self, reflection: Reflection, flow: Flow | None, at_question: str | None = None
    ) -> None:
        """Show one reflection in full, scrolled to `at_question` when given."""
        self._reflection = reflection
        self._flow = flow
        soft = self.palette().color(QPalette.ColorRole.PlaceholderText).name()
        size = self.font().pointSizeF()
        parts = [
            f"<p style='color:{soft}; font-size:{size * 0.9:.1f}pt'>"
            f"{escape(long_date(reflection.created_at))}"
            + (" · " + escape(self.tr("draft")) if reflection.is_draft else "")
            + "</p>",
            f"<p style='font-size:{size * QUESTION_SCALE:.1f}pt'>"
            f"{escape(reflection.title or reflection.flow_title)}</p>",
        ]
        details = [reflection.customer, reflection.deal, *(f"#{t}" for t in reflection.tags)]
        if any(details):
            parts.append(
                f"<p style='color:{soft}'>{escape('  ·  '.join(d for d in details if d))}</p>"
            )
        if reflection.session_id is not None:
            parts.append(
                f"<p style='color:{soft}'>" + escape(self.tr("Made in a coaching session")) + "</p>"
            )
        written = [a for a in reflection.answers if not a.is_empty]
        buttons: list[tuple[str, str, QUrl]] = []
        for answer in written:
            # The question as a heading, in the quiet tone it always had.
            parts.append(
                f"<h3 style='color:{soft}; font-size:{size:.1f}pt; font-weight:normal;"
                f" margin-top:{3 * GRID}px; margin-bottom:0'>"
                f"<a name='{escape(answer.question_id)}'></a>{escape(answer.prompt)}</h3>"
            )
            if answer.why:  # a follow-up says why it was asked, as it did then
                parts.append(f"<p style='color:{soft}; margin:0'><i>{escape(answer.why)}</i></p>")
            parts.append(answer_html(answer, flow, soft))
            parts.append(self._privacy_line(answer, soft, buttons))
        if not written:
            parts.append(
                f"<p style='color:{soft}'>" + escape(self.tr("Nothing written yet.")) + "</p>"
            )
        self._text.show_page("".join(parts), buttons)
        title = reflection.title or reflection.flow_title
        self._text.setAccessibleName(self.tr("Reflection: %1").replace("%1", title))
        if at_question:
            self._text.go_to_anchor(at_question)
        self._show_subjects(reflection)
        label = self.tr("Continue") if reflection.is_draft else self.tr("Edit")
        self._continue.setText(label)
        self._continue.setAccessibleName(
            self.tr("Continue this reflection")
            if reflection.is_draft
            else self.tr("Edit this reflection")
        )
        self._continue.setToolTip(key_text("open"))
        self._pages.setCurrentWidget(self._reading)
        self.setFocusProxy(self._text)  # opening a reflection puts focus on its text
        self.reflection_shown.emit(reflection)

    def set_read_only(self, read_only: bool) -> None:
        """A journal that can only be read: no buttons or links that would change it."""
        self._read_only = read_only
        for button in (self._continue, self._delete, self._new):
            button.setVisible(not read_only)
        self.attachments.set_read_only(read_only)

    def _privacy_line(self, answer: Answer, soft: str, buttons: list[tuple[str, str, QUrl]]) -> str:
        # A button per answer: the one place where an answer is marked private or shared again.
        size = self.font().pointSizeF() * 0.85
        style = f"color:{soft}; font-size:{size:.1f}pt"
        line = f"<p style='margin:0'>{BUTTON_LINE}</p>"
        question = answer.prompt
        if answer.private:
            said = self.tr("Private: not offered to your coach, not in a PDF unless you ask.")
            if self._read_only:
                return f"<p style='{style}'>{escape(said)}</p>"
            name = self.tr("Share again: %1").replace("%1", question)
            url = QUrl(f"share:{answer.question_id}")
            buttons.append((self.tr("Share again"), name, url))
            return f"<p style='{style}'>{escape(said)}</p>{line}"
        if self._read_only:
            return ""
        name = self.tr("Mark private: %1").replace("%1", question)
        buttons.append((self.tr("Mark private"), name, QUrl(f"private:{answer.question_id}")))
        return line

    @Slot(QUrl)
    def _on_text_anchor_clicked(self, url: QUrl) -> None:
        if url.scheme() in ("private", "share"):
            self.private_toggled.emit(url.path(), url.scheme() == "private")

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and self._reflection is not None:
            self.show_reflection(self._reflection, self._flow)  # its colours are in the HTML

    @property
    def reflection(self) -> Reflection | None:
        """The reflection on show, if any."""
        return self._reflection

    def text(self) -> str:
        """The page as plain text (for tests and screen readers)."""
        return self._text.page_text() if self._reflection else ""
