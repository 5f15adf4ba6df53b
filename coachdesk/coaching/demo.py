"""The demo journal from resources/demo/<lang>.toml, dated to today.

Besides reflections, a demo file holds the rest of the coaching loop: check-ins, what
became of the commitments the reflections made, commitments made by hand, and the lessons
that came back. Everything here is plain, checked data; coachdesk.session puts it into a
journal. The format is described at the top of resources/demo/en.toml.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from pathlib import Path

from coachdesk.coaching.checkins import ATTENTION_MAX, CheckIn
from coachdesk.coaching.demo_format import (
    CLOSING_KEYS,
    Closing,
    DemoFormatError,
    HandCommitment,
    _choice,
    _closing,
    _due,
    _entries,
    _flag,
    _known_keys,
    _moment,
    _table,
    _text,
    _whole,
)
from coachdesk.coaching.demo_sessions import DemoSession, parse_sessions
from coachdesk.coaching.flows import DEAL_STAGES, Flow, FlowLibrary, QuestionKind, QuestionRole
from coachdesk.coaching.reflections import Answer, NewReflection
from coachdesk.coaching.revisits import RevisitState, schedule

_TOP_KEYS = {"reflections", "commitments", "check_ins", "sessions"}
_REFLECTION_KEYS = {"flow", "days_ago", "time", "draft", "customer", "deal", "tags", "private"}
_REFLECTION_KEYS |= {"answers", "commitments", "revisits"}  # what it said, and what became of it
_FATE_KEYS = {"state", "due_days_ago"} | CLOSING_KEYS
_HAND_KEYS = {"text", "days_ago", "time"} | _FATE_KEYS
_REVISIT_KEYS = {"weeks", "state", "answer", "closed_days_ago", "closed_time"}
_CHECK_IN_KEYS = {"days_ago", "time", "stress", "energy", "confidence", "attention", "note"}
_CLOSED_REVISIT = (RevisitState.ANSWERED.value, RevisitState.DISMISSED.value)


@dataclass(frozen=True)
class AnswerCommitment:
    """What became of the commitment that one demo reflection's answer made."""

    reflection: int  # the reflection's position in Demo.reflections
    question_id: str
    text: str  # as the journal keeps it
    due: date | None
    closing: Closing | None  # None: still open


@dataclass(frozen=True)
class RevisitAnswer:
    """A return of a demo Deal debrief's lesson that was answered or put aside."""

    reflection: int  # the reflection's position in Demo.reflections
    weeks: int
    state: RevisitState
    answer: str
    at: datetime


@dataclass(frozen=True)
class Demo:
    """Everything a demo journal holds; lessons' returns not in `revisits` stay pending."""

    reflections: tuple[NewReflection, ...]
    check_ins: tuple[CheckIn, ...]
    answer_commitments: tuple[AnswerCommitment, ...]
    commitments: tuple[HandCommitment, ...]
    revisits: tuple[RevisitAnswer, ...]
    sessions: tuple[DemoSession, ...] = ()  # coaching/demo_sessions.py


def anchor_sunday(today: date) -> date:
    """The last Sunday on or before `today`; every days_ago counts back from it.

    Counting from a Sunday keeps the weekly rhythm the demo was written with (weekly
    reflections on Fridays and Sundays, target stress at weekends) whatever today is.
    """
    return today - timedelta(days=(today.weekday() + 1) % 7)


# Entries ---------------------------------------------------------------------------------


def _answer(flow: Flow, question_id: str, value: object, where: str) -> Answer:
    question = flow.question(question_id)
    if question is None:
        raise DemoFormatError(f"{where}: {flow.id} has no question '{question_id}'")
    blank = Answer.blank(question, flow.questions.index(question))
    where = f"{where}: answers.{question_id}"
    if question.kind is QuestionKind.SCALE:
        if not isinstance(value, int) or isinstance(value, bool) or not 1 <= value <= 5:
            raise DemoFormatError(f"{where}: a scale answer is 1..5")
        return replace(blank, rating=value)
    if question.kind is QuestionKind.STAGE:
        if value not in DEAL_STAGES:
            raise DemoFormatError(f"{where}: unknown stage {value!r}")
        return replace(blank, stage=str(value))
    if question.kind is QuestionKind.CHOICE:  # by its id; stored with its words, as walked
        chosen = next((c for c in question.choices if c.id == value), None)
        if chosen is None:
            raise DemoFormatError(f"{where}: unknown choice {value!r}")
        return replace(blank, choice=chosen.id, text=chosen.label)
    if not isinstance(value, str):
        raise DemoFormatError(f"{where}: expected text")
    return replace(blank, text=value)


def _tags(table: dict[str, object], where: str) -> tuple[str, ...]:
    tags = table.get("tags", [])
    if not isinstance(tags, list) or not all(isinstance(tag, str) for tag in tags):
        raise DemoFormatError(f"{where}: 'tags' must be a list of text")
    return tuple(str(tag) for tag in tags)


def _private(entry: dict[str, object], answers: dict[str, Answer], where: str) -> list[str]:
    marked = entry.get("private", [])
    if not isinstance(marked, list) or not all(isinstance(m, str) for m in marked):
        raise DemoFormatError(f"{where}: 'private' must be a list of question ids")
    for question_id in marked:
        if question_id not in answers:
            raise DemoFormatError(f"{where}: private '{question_id}' is not an answer given")
    return [str(m) for m in marked]


def _fates(
    entry: dict[str, object],
    flow: Flow,
    answers: dict[str, Answer],
    created: datetime,
    index: int,
    where: str,
    sunday: date,
) -> list[AnswerCommitment]:
    """What became of the reflection's commitments; gives their answers the due dates."""
    result = []
    for question_id, raw in _table(entry.get("commitments", {}), f"{where}: commitments").items():
        here = f"{where}: commitments.{question_id}"
        fate = _table(raw, here)
        _known_keys(fate, _FATE_KEYS, here)
        question = flow.question(question_id)
        if question is None or question.kind is not QuestionKind.COMMITMENT:
            raise DemoFormatError(f"{here}: not a commitment question of {flow.id}")
        answer = answers.get(question_id)
        if answer is None or not answer.text.strip():
            raise DemoFormatError(f"{here}: the reflection has no answer to make it from")
        due = _due(fate, here, sunday, created)
        answers[question_id] = replace(answer, due=due)
        closing = _closing(fate, here, sunday, created)
        result.append(AnswerCommitment(index, question_id, answer.text.strip(), due, closing))
    promised = [a.text.strip() for a in answers.values() if a.kind is QuestionKind.COMMITMENT]
    if result and len(set(promised)) != len(promised):
        raise DemoFormatError(f"{where}: two commitment answers say the same thing")
    return result


def _revisit_answers(
    entry: dict[str, object], reflection: NewReflection, index: int, where: str, sunday: date
) -> list[RevisitAnswer]:
    """The returns of the reflection's lesson that were answered or put aside."""
    entries = _entries(entry.get("revisits"), "reflections.revisits", f"{where}: revisit")
    if not entries:
        return []
    if not reflection.finished:
        raise DemoFormatError(f"{where}: a draft's lesson does not come back")
    if not any(a.role is QuestionRole.LESSON and a.text.strip() for a in reflection.answers):
        raise DemoFormatError(f"{where}: only a reflection with a lesson answer has revisits")
    dues = dict(schedule(reflection.created_at.date()))
    result: list[RevisitAnswer] = []
    for here, raw in entries:
        _known_keys(raw, _REVISIT_KEYS, here)
        weeks = _whole(raw, "weeks", here)
        if weeks not in dues:
            raise DemoFormatError(f"{here}: 'weeks' must be one of {', '.join(map(str, dues))}")
        if any(r.weeks == weeks for r in result):
            raise DemoFormatError(f"{here}: the return after {weeks} weeks is listed twice")
        state = RevisitState(_choice(raw, "state", _CLOSED_REVISIT, here))
        at = _moment(raw, "closed_", here, sunday)
        if at.date() < dues[weeks]:
            due_ago = (sunday - dues[weeks]).days
            raise DemoFormatError(f"{here}: closed before it came back ({due_ago} days ago)")
        if any(w > weeks and due <= at.date() for w, due in dues.items()):
            raise DemoFormatError(f"{here}: closed after the next return came due; close it sooner")
        answer = _text(raw, "answer", here, required=state is RevisitState.ANSWERED)
        result.append(RevisitAnswer(index, weeks, state, answer, at))
    return result


def _hand_commitment(entry: dict[str, object], where: str, sunday: date) -> HandCommitment:
    _known_keys(entry, _HAND_KEYS, where)
    created = _moment(entry, "", where, sunday)
    return HandCommitment(
        _text(entry, "text", where),
        created,
        _due(entry, where, sunday, created),
        _closing(entry, where, sunday, created),
    )


def _check_in(entry: dict[str, object], where: str, sunday: date) -> CheckIn:
    _known_keys(entry, _CHECK_IN_KEYS, where)
    return CheckIn(
        id=0,
        created_at=_moment(entry, "", where, sunday),
        stress=_whole(entry, "stress", where, 1, 5),
        energy=_whole(entry, "energy", where, 1, 5),
        confidence=_whole(entry, "confidence", where, 1, 5),
        attention=_whole(entry, "attention", where, 0, ATTENTION_MAX),
        note=_text(entry, "note", where, required=False),
    )


def parse_demo(text: str, library: FlowLibrary, today: date) -> Demo:
    """The demo in TOML `text`, dated back from the last Sunday on or before `today`.

    Reflections on flows `library` does not have are left out, with their commitments and
    lessons. Raises DemoFormatError naming the entry that does not follow the format.
    """
    try:
        raw = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise DemoFormatError(f"not valid TOML ({error})") from None
    _known_keys(raw, _TOP_KEYS, "the demo")
    sunday = anchor_sunday(today)
    reflections: list[NewReflection] = []
    fates: list[AnswerCommitment] = []
    returns: list[RevisitAnswer] = []
    for where, entry in _entries(raw.get("reflections"), "reflections", "reflection"):
        _known_keys(entry, _REFLECTION_KEYS, where)
        flow = library.get(_text(entry, "flow", where))
        if flow is None:
            continue  # a demo for a flow this language does not have
        where += f", {flow.id}"
        created = _moment(entry, "", where, sunday)
        given = _table(entry.get("answers", {}), f"{where}: answers")
        answers = {qid: _answer(flow, qid, value, where) for qid, value in given.items()}
        for question_id in _private(entry, answers, where):
            answers[question_id] = replace(answers[question_id], private=True)
        index = len(reflections)
        fates += _fates(entry, flow, answers, created, index, where, sunday)
        reflection = NewReflection(
            flow,
            tuple(sorted(answers.values(), key=lambda a: a.position)),
            created,
            finished=not _flag(entry, "draft", where),
            customer=_text(entry, "customer", where, required=False),
            deal=_text(entry, "deal", where, required=False),
            tags=_tags(entry, where),
        )
        returns += _revisit_answers(entry, reflection, index, where, sunday)
        reflections.append(reflection)

    made = _entries(raw.get("commitments"), "commitments", "commitment")
    check_ins = _entries(raw.get("check_ins"), "check_ins", "check-in")
    return Demo(
        reflections=tuple(reflections),
        check_ins=tuple(_check_in(entry, where, sunday) for where, entry in check_ins),
        answer_commitments=tuple(fates),
        commitments=tuple(_hand_commitment(entry, where, sunday) for where, entry in made),
        revisits=tuple(returns),
        sessions=parse_sessions(raw.get("sessions"), reflections, sunday),
    )


def load_demo(path: Path, library: FlowLibrary, today: date) -> Demo:
    """The demo in `path` (see parse_demo); problems are reported with the file's name."""
    try:
        return parse_demo(path.read_text(encoding="utf-8"), library, today)
    except DemoFormatError as error:
        raise DemoFormatError(f"{path.name}: {error}") from None
