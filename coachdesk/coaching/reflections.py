"""Reflections: one walk through a flow, its answers, and how it shows in a list."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date, datetime

from coachdesk.coaching.attachments import NewAttachment
from coachdesk.coaching.flows import Flow, Question, QuestionKind, QuestionRole

PREVIEW_LENGTH = 160
_WHITESPACE = re.compile(r"\s+")


def preview_text(text: str, limit: int = PREVIEW_LENGTH) -> str:
    """One line of at most `limit` characters, cut at a word where possible."""
    line = _WHITESPACE.sub(" ", text).strip()
    if len(line) <= limit:
        return line
    cut = line[:limit].rsplit(" ", 1)[0] or line[:limit]
    return cut.rstrip(" ,.;:") + "…"


@dataclass(frozen=True)
class Answer:
    """What was answered to one question, with the question as it was asked."""

    question_id: str
    prompt: str
    kind: QuestionKind
    position: int
    text: str = ""
    rating: int | None = None  # scale questions: 1..5
    stage: str | None = None  # stage questions: one of DEAL_STAGES
    due: date | None = None  # commitment questions: by when, if the user said
    role: QuestionRole = QuestionRole.NONE
    private: bool = False  # never offered for a coach session, never exported unless asked
    choice: str | None = None  # choice questions: the id of the choice made
    # A follow-up (coaching/listening.py): the rule that asked it, why (as it was shown),
    # and the question whose answer called for it.
    asked_because: str | None = None
    why: str = ""
    follows: str | None = None

    @property
    def is_empty(self) -> bool:
        """True when nothing was given (a skipped question)."""
        return (
            not self.text.strip()
            and self.rating is None
            and self.stage is None
            and self.choice is None
        )

    @classmethod
    def blank(cls, question: Question, position: int) -> Answer:
        """An empty answer to `question`."""
        return cls(question.id, question.text, question.kind, position, role=question.role)


@dataclass(frozen=True)
class Reflection:
    """A walk through one flow; a draft until it is finished."""

    id: int
    flow_id: str
    flow_title: str
    created_at: datetime
    updated_at: datetime
    finished_at: datetime | None = None
    position: int = 0  # the question to come back to
    title: str = ""
    answers: tuple[Answer, ...] = ()
    customer: str = ""  # an alias the user chose, not necessarily the real name
    deal: str = ""
    tags: tuple[str, ...] = ()
    session_id: int | None = None  # made together with the coach, in a session

    @property
    def is_draft(self) -> bool:
        """True until the last question was passed with Finish."""
        return self.finished_at is None

    @property
    def is_blank(self) -> bool:
        """True for a draft in which nothing was written or chosen: not worth keeping."""
        return (
            self.is_draft
            and all(a.is_empty for a in self.answers)
            and not (self.title or self.customer or self.deal or self.tags)
        )

    def answer(self, question_id: str) -> Answer | None:
        """The answer to this question, if one was stored."""
        return next((a for a in self.answers if a.question_id == question_id), None)

    @property
    def preview(self) -> str:
        """The first written answer, on one line."""
        first = next((a.text for a in self.answers if a.text.strip()), "")
        return preview_text(first)


@dataclass(frozen=True)
class ReflectionSummary:
    """A reflection as the timeline lists it: no answers, just enough to recognise it."""

    id: int
    flow_id: str
    flow_title: str
    title: str
    created_at: datetime
    is_draft: bool
    preview: str
    customer: str = ""


@dataclass(frozen=True)
class SearchHit:
    """A reflection that matched a search, and where.

    The snippet marks matched words with MARK_START and MARK_END; the UI decides how
    they look (and escapes everything else).
    """

    summary: ReflectionSummary
    question_id: str | None  # the answer that matched; None when the title or customer did
    snippet: str


MARK_START = "\x02"
MARK_END = "\x03"


def walk_for(reflection: Reflection, flow: Flow | None) -> Flow:
    """The questions to walk when (re)opening a reflection.

    The flow as it is now, plus any answered question it no longer has, so nothing
    stored is hidden; if the flow itself is gone, the questions as they were asked.
    """
    asked = [
        Question(a.question_id, a.prompt, a.kind, role=a.role)
        for a in reflection.answers
        # a follow-up is placed after the answer that called for it (conversation.py)
        if a.asked_because is None and (flow is None or flow.question(a.question_id) is None)
    ]
    if flow is None:
        return Flow(reflection.flow_id, reflection.flow_title, "", tuple(asked))
    return replace(flow, questions=flow.questions + tuple(asked)) if asked else flow


@dataclass(frozen=True)
class NewReflection:
    """A whole reflection to store at once: an import, a demo entry, a benchmark day."""

    flow: Flow
    answers: tuple[Answer, ...]
    created_at: datetime
    title: str = ""
    finished: bool = True
    customer: str = ""
    deal: str = ""
    tags: tuple[str, ...] = ()
    attachments: tuple[NewAttachment, ...] = ()  # pictures and files an import brings


def normalize_tags(tags: Iterable[str]) -> tuple[str, ...]:
    """Tags as stored: trimmed, single-spaced, lower case, no leading '#', each once."""
    result: list[str] = []
    for tag in tags:
        clean = _WHITESPACE.sub(" ", tag).strip().lstrip("#").strip().casefold()
        if clean and clean not in result:
            result.append(clean)
    return tuple(result)


def parse_tags(text: str) -> tuple[str, ...]:
    """Tags typed as one line, separated by commas."""
    return normalize_tags(text.split(","))
