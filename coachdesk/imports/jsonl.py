"""coachdesk's own JSON Lines (`coachdesk export`): each line a reflection, brought back as
it was — its flow, answers, customer and deal when the line has them (an export), else a
free note of its date, title, text and tags (a file written by hand or by another tool)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any, BinaryIO

from coachdesk.coaching.flows import DEAL_STAGES, Flow, QuestionKind
from coachdesk.coaching.jsonl import MAX_LINE_BYTES, ImportedNote, ImportFormatError, parse_line
from coachdesk.coaching.reflections import Answer, NewReflection
from coachdesk.imports.model import (
    NO_WATCH,
    BadPart,
    ImportedEntry,
    ImportProblem,
    SourceRead,
    Watch,
)

FORMAT = "jsonl"


def _lines(file: BinaryIO) -> Iterator[bytes]:
    """Lines of at most MAX_LINE_BYTES (+1, so a longer one is seen and refused)."""
    while line := file.readline(MAX_LINE_BYTES + 1):
        yield line


def _answers(record: dict[str, Any]) -> tuple[Answer, ...] | None:
    """The answers of an exported reflection, or None when the line has none it can use."""
    given = record.get("answers")
    if not isinstance(given, list) or not given:
        return None
    answers = []
    for position, item in enumerate(given):
        if not isinstance(item, dict):
            return None
        question, prompt, text = item.get("question_id"), item.get("question"), item.get("text")
        rating, stage = item.get("rating"), item.get("stage")
        try:
            kind = QuestionKind(str(item.get("kind")))
        except ValueError:
            return None
        if not (isinstance(question, str) and question and isinstance(prompt, str)):
            return None
        if not isinstance(text, str):
            return None
        if rating is not None and (type(rating) is not int or not 1 <= rating <= 5):
            return None
        if stage is not None and stage not in DEAL_STAGES:
            return None
        answers.append(Answer(question, prompt, kind, position, text, rating, stage))
    if len({a.question_id for a in answers}) != len(answers):
        return None
    return tuple(answers)


def _text(record: dict[str, Any], key: str) -> str:
    value = record.get(key)
    return value.strip() if isinstance(value, str) else ""


def _entry(note: ImportedNote, raw: bytes, where: str) -> ImportedEntry:
    try:
        record = json.loads(raw.decode("utf-8"))
    except (ValueError, RecursionError):  # parse_line read it: this does not happen
        record = {}
    flow_id, answers = _text(record, "flow"), _answers(record)
    if not flow_id or answers is None:
        return ImportedEntry(note.created_at, note.title, note.text, note.tags, where)
    flow = Flow(flow_id, _text(record, "flow_title") or flow_id, "", ())
    finished = record.get("draft") is not True

    def as_it_was(_free_note: Flow) -> NewReflection:
        return NewReflection(
            flow,
            answers,
            note.created_at,
            title=note.title,
            finished=finished,
            customer=_text(record, "customer"),
            deal=_text(record, "deal"),
            tags=note.tags,
        )

    return ImportedEntry(note.created_at, note.title, note.text, note.tags, where, as_it_was)


def read(path: Path, passphrase: str | None = None, watch: Watch = NO_WATCH) -> SourceRead:
    """Every line of the file; a line that cannot be imported is a bad part."""
    del passphrase
    read_ = SourceRead(FORMAT)
    try:
        with path.open("rb") as file:
            for number, raw in enumerate(_lines(file), start=1):
                if not raw.strip():
                    continue  # blank lines (a trailing newline) are not notes
                try:
                    note = parse_line(raw, number)
                except ImportFormatError as error:
                    read_.bad.append(
                        BadPart(f"line {number}", str(error).removeprefix(f"line {number}: "))
                    )
                    continue
                read_.entries.append(_entry(note, raw, f"line {number}"))
                if number % 500 == 0:
                    watch.step(number, 0)
    except OSError as error:
        raise ImportProblem(f"cannot read {path}: {error.strerror or error}") from None
    return read_
