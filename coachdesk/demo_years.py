"""Years of a journal, left as a user who never tidies leaves it: `coachdesk demo --years N`.

One reflection a day for N years ending yesterday, a few check-ins a week, and the coaching
loop as such a user leaves it: most commitments open, with and without a date, a few kept;
most lessons' returns never answered. For benchmarks (`make bench` builds its journals
with this) and for trainers. Everything goes in through the store, so the journal holds
what the app itself would have made of those answers: add_all makes the commitments and
plans the returns. The same seed and day give the same journal.
"""

from __future__ import annotations

import random
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta

from coachdesk.coaching.checkins import ATTENTION_MAX, CheckIn
from coachdesk.coaching.commitments import Commitment, CommitmentState
from coachdesk.coaching.flows import DEAL_STAGES, Flow, FlowLibrary, QuestionKind, QuestionRole
from coachdesk.coaching.reflections import Answer, NewReflection
from coachdesk.coaching.revisits import Revisit, RevisitState
from coachdesk.demo_phrases import PHRASES, Phrases
from coachdesk.storage import JournalStore

SEED = 7
YEAR_DAYS = 365
# Reflections per transaction: fast (one commit each), and the write-ahead log stays small
# even for thirty years.
BATCH = 500
OWN_LANGUAGE = 0.8  # the rest of what is written is in the other language, as in NL sales
ANSWERED = 0.9  # a question left empty now and then
COMMITTED = 0.97  # the commitment question is nearly always answered: that is the trouble
DATED = 0.25  # a date chosen for the commitment
KEPT_DATED = 0.3  # ...and then kept, around that date
LET_GO_DATED = 0.05
KEPT_UNDATED = 0.03  # without a date, a commitment is almost never closed
LESSON_ANSWERED = 0.08  # a lesson answered when it came back; the rest keep waiting
DRAFT = 0.005  # a reflection begun and never finished
CHECK_INS_A_WEEK = (1, 4)


@dataclass(frozen=True)
class Filled:
    """What fill_years put into the journal."""

    reflections: int
    check_ins: int
    open_commitments: int
    pending_returns: int


def fill_years(
    store: JournalStore,
    library: FlowLibrary,
    years: int,
    today: date,
    language: str = "en",
    seed: int = SEED,
) -> Filled:
    """Put `years` years ending yesterday into `store`, flows from `library`, words mostly
    in `language` ("en" or "nl")."""
    rng = random.Random(seed)
    words = _Words(rng, language)
    first = today - timedelta(days=YEAR_DAYS * years)
    days = [first + timedelta(days=n) for n in range(YEAR_DAYS * years)]
    flows = list(library.flows)
    count = 0
    for batch in _chunks(days, BATCH):
        count += len(store.add_all([_reflection(rng, words, flows, day) for day in batch]))
    store.add_check_ins(list(_check_ins(rng, words, days)))
    end = datetime.combine(today, time.min).astimezone()  # nothing is closed after yesterday
    _close_some_commitments(store, rng, words, store.commitments(), end)
    _answer_some_returns(store, rng, words, store.revisits(), end)
    return Filled(
        reflections=count,
        check_ins=len(store.check_ins()),
        open_commitments=len(store.commitments(open_only=True)),
        pending_returns=sum(r.state is RevisitState.PENDING for r in store.revisits()),
    )


def _chunks(days: Sequence[date], size: int) -> Iterator[Sequence[date]]:
    for start in range(0, len(days), size):
        yield days[start : start + size]


def _at(day: date, hour: int, minute: int) -> datetime:
    return datetime.combine(day, time(hour, minute)).astimezone()


class _Words:
    """Sentences from the journal's language, some in the other one."""

    def __init__(self, rng: random.Random, language: str) -> None:
        self._rng = rng
        self._own = PHRASES.get(language, PHRASES["en"])
        self._other = PHRASES["en" if self._own is PHRASES["nl"] else "nl"]

    def pool(self) -> Phrases:
        return self._own if self._rng.random() < OWN_LANGUAGE else self._other

    def text(self, long: bool = False) -> str:
        rng = self._rng
        pool = self.pool().sentences
        count = rng.randint(60, 200) if long else rng.randint(1, 4)
        said = [rng.choice(pool) + rng.choice([".", ",", ";", " —"]) for _ in range(count)]
        return " ".join(said) + f" ({rng.randint(1, 99_999)})"

    def one(self, pick: str) -> str:
        """A sentence of one kind: commitments, lessons, outcomes, answers or notes."""
        sentences: tuple[str, ...] = getattr(self._own, pick)
        return self._rng.choice(sentences)


def _reflection(rng: random.Random, words: _Words, flows: list[Flow], day: date) -> NewReflection:
    flow = rng.choice(flows)
    made = _at(day, 17, 30) - timedelta(minutes=rng.randint(0, 600))
    answers = []
    for position, question in enumerate(flow.questions):
        blank = Answer.blank(question, position)
        if question.kind is QuestionKind.SCALE:
            answers.append(replace(blank, rating=rng.randint(1, 5)))
        elif question.kind is QuestionKind.STAGE:
            answers.append(replace(blank, stage=rng.choice(DEAL_STAGES)))
        elif question.kind is QuestionKind.COMMITMENT:
            if rng.random() < COMMITTED:
                due = day + timedelta(days=rng.randint(2, 14)) if rng.random() < DATED else None
                answers.append(replace(blank, text=words.one("commitments"), due=due))
        elif rng.random() < ANSWERED:
            lesson = question.role is QuestionRole.LESSON
            text = words.one("lessons") if lesson else words.text(rng.random() < 0.02)
            answers.append(replace(blank, text=text))
    customers = words.pool().customers
    return NewReflection(
        flow,
        tuple(answers),
        made,
        finished=rng.random() >= DRAFT,
        customer=rng.choice(customers) if rng.random() < 0.6 else "",
        tags=tuple(rng.sample(words.pool().tags, rng.randint(0, 3))),
    )


def _check_ins(rng: random.Random, words: _Words, days: list[date]) -> Iterator[CheckIn]:
    """A few a week, on Sunday evenings and Monday mornings more than on other days."""
    for week in range(0, len(days), 7):
        week_days = days[week : week + 7]
        chosen = sorted(rng.sample(week_days, min(len(week_days), rng.randint(*CHECK_INS_A_WEEK))))
        for day in chosen:
            hour = 20 if day.weekday() == 6 else 8 if day.weekday() == 0 else 12
            stress = rng.randint(1, 5)
            yield CheckIn(
                0,
                _at(day, hour, rng.randint(0, 59)),
                stress,
                energy=rng.randint(1, 5),
                confidence=max(1, min(5, 6 - stress + rng.randint(-1, 1))),
                attention=rng.randint(0, ATTENTION_MAX),
                note=words.one("notes") if rng.random() < 0.3 else "",
            )


def _close_some_commitments(
    store: JournalStore,
    rng: random.Random,
    words: _Words,
    made: list[Commitment],
    end: datetime,
) -> None:
    """Dated ones are sometimes kept or let go around their day; undated ones hardly ever."""
    for commitment in sorted(made, key=lambda c: c.id):
        chance = rng.random()
        if commitment.due is not None:
            if chance < KEPT_DATED:
                state, day = CommitmentState.DONE, commitment.due + timedelta(rng.randint(-1, 3))
            elif chance < KEPT_DATED + LET_GO_DATED:
                state, day = CommitmentState.LET_GO, commitment.due + timedelta(rng.randint(5, 20))
            else:
                continue
        elif chance < KEPT_UNDATED:
            state = CommitmentState.DONE
            day = commitment.created_at.astimezone().date() + timedelta(rng.randint(1, 10))
        else:
            continue
        at = _at(day, rng.randint(8, 18), rng.randint(0, 59))
        if commitment.created_at < at < end:
            store.close_commitment(commitment.id, state, words.one("outcomes"), at=at)


def _answer_some_returns(
    store: JournalStore,
    rng: random.Random,
    words: _Words,
    planned: list[Revisit],
    end: datetime,
) -> None:
    """Now and then a lesson is answered at one of its returns (which skips those before)."""
    by_lesson: dict[int, list[Revisit]] = {}
    for revisit in planned:
        by_lesson.setdefault(revisit.reflection_id, []).append(revisit)
    answered: list[tuple[datetime, int]] = []
    for reflection_id in sorted(by_lesson):
        if rng.random() >= LESSON_ANSWERED:
            continue
        revisit = rng.choice(by_lesson[reflection_id])
        at = _at(revisit.due + timedelta(days=rng.randint(0, 3)), 9, rng.randint(0, 59))
        if at < end:
            answered.append((at, revisit.id))
    for at, revisit_id in sorted(answered):  # in time order, as they happened
        store.close_revisit(revisit_id, RevisitState.ANSWERED, words.one("answers"), at=at)
