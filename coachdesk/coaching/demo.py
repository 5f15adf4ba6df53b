"""The demo journal: realistic reflections from resources/demo/<lang>.toml, dated to today."""

from __future__ import annotations

import tomllib
from dataclasses import replace
from datetime import date, datetime, time, timedelta
from pathlib import Path

from coachdesk.coaching.flows import DEAL_STAGES, Flow, FlowLibrary, QuestionKind
from coachdesk.coaching.reflections import Answer, NewReflection


def _answer(flow: Flow, question_id: str, value: object) -> Answer:
    question = flow.question(question_id)
    if question is None:
        raise ValueError(f"{flow.id} has no question '{question_id}'")
    position = flow.questions.index(question)
    blank = Answer.blank(question, position)
    if question.kind is QuestionKind.SCALE:
        if not isinstance(value, int) or not 1 <= value <= 5:
            raise ValueError(f"{flow.id}.{question_id}: a scale answer is 1..5")
        return replace(blank, rating=value)
    if question.kind is QuestionKind.STAGE:
        if value not in DEAL_STAGES:
            raise ValueError(f"{flow.id}.{question_id}: unknown stage {value!r}")
        return replace(blank, stage=str(value))
    if not isinstance(value, str):
        raise ValueError(f"{flow.id}.{question_id}: expected text")
    return replace(blank, text=value)


def load_demo(path: Path, library: FlowLibrary, today: date) -> list[NewReflection]:
    """The demo reflections in `path`, dated back from the last Sunday on or before `today`.

    Counting from a Sunday keeps the weekly rhythm the demo was written with (weekly
    reflections on Fridays and Sundays, target stress at weekends) whatever today is.
    """
    raw = tomllib.loads(path.read_text(encoding="utf-8"))
    sunday = today - timedelta(days=(today.weekday() + 1) % 7)
    result = []
    for entry in raw.get("reflections", []):
        flow = library.get(entry["flow"])
        if flow is None:
            continue  # a demo for a flow this language does not have
        hours, minutes = (int(part) for part in str(entry.get("time", "18:00")).split(":"))
        day = sunday - timedelta(days=int(entry["days_ago"]))
        created = datetime.combine(day, time(hours, minutes)).astimezone()
        answers = sorted(
            (_answer(flow, qid, value) for qid, value in entry.get("answers", {}).items()),
            key=lambda a: a.position,
        )
        result.append(
            NewReflection(
                flow,
                tuple(answers),
                created,
                finished=not entry.get("draft", False),
                customer=entry.get("customer", ""),
                deal=entry.get("deal", ""),
                tags=tuple(entry.get("tags", ())),
            )
        )
    return result
