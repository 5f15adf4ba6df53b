"""The JSON Lines exchange format: one reflection per line, in and out.

In:  {"date": ISO date or date-time, "title": str, "text": str, "tags": [str]} per line;
     other keys are ignored, so an export can be imported again.
Out: the same four keys, plus what a guided reflection has (flow, answers, customer ...).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime, time

from coachdesk.coaching.flows import Flow, QuestionKind
from coachdesk.coaching.reflections import Answer, NewReflection, Reflection

# A line longer than this is refused rather than read into memory whole.
MAX_LINE_BYTES = 16 * 1024 * 1024
NOON = time(12, 0)


class ImportFormatError(ValueError):
    """A line that cannot be imported; nothing from the file is imported then."""

    def __init__(self, line: int, problem: str) -> None:
        super().__init__(f"line {line}: {problem}" if line else problem)
        self.line = line


@dataclass(frozen=True)
class ImportedNote:
    """One line of an import file, checked."""

    created_at: datetime
    title: str
    text: str
    tags: tuple[str, ...]

    def as_reflection(self, free_note: Flow) -> NewReflection:
        """The note as a free-note reflection."""
        question = free_note.questions[0]
        answer = Answer(question.id, question.text, question.kind, 0, text=self.text)
        return NewReflection(
            free_note, (answer,), self.created_at, title=self.title, tags=self.tags
        )


def _moment(value: str) -> datetime:
    """An ISO date (taken as local noon) or date-time (local unless it says otherwise)."""
    if len(value.strip()) == 10:
        return datetime.combine(date.fromisoformat(value), NOON).astimezone()
    moment = datetime.fromisoformat(value)
    return moment if moment.tzinfo else moment.astimezone()


def _checked_text(record: dict[str, object], key: str, line: int, required: bool) -> str:
    value = record.get(key)
    if value is None:
        if required:
            raise ImportFormatError(line, f"'{key}' is missing")
        return ""
    if not isinstance(value, str):
        raise ImportFormatError(line, f"'{key}' must be text, not {type(value).__name__}")
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise ImportFormatError(line, f"'{key}' contains an unpaired surrogate") from None
    return value


def parse_line(raw: bytes, line: int) -> ImportedNote:
    """One line of the file; raises ImportFormatError naming the line and the problem."""
    if len(raw) > MAX_LINE_BYTES:
        raise ImportFormatError(line, f"longer than {MAX_LINE_BYTES // (1024 * 1024)} MB")
    try:
        record = json.loads(raw.decode("utf-8"))
    except UnicodeDecodeError:
        raise ImportFormatError(line, "not UTF-8 text") from None
    except json.JSONDecodeError as error:
        raise ImportFormatError(line, f"not valid JSON ({error.msg})") from None
    if not isinstance(record, dict):
        raise ImportFormatError(line, "each line must be a JSON object")
    when = _checked_text(record, "date", line, required=True)
    try:
        created = _moment(when)
    except ValueError:
        raise ImportFormatError(line, f"'date' is not an ISO 8601 date: {when[:40]!r}") from None
    tags = record.get("tags", [])
    if not isinstance(tags, list) or not all(isinstance(t, str) for t in tags):
        raise ImportFormatError(line, "'tags' must be a list of text")
    return ImportedNote(
        created_at=created,
        title=_checked_text(record, "title", line, required=False),
        text=_checked_text(record, "text", line, required=True),
        tags=tuple(tags),
    )


def read_notes(lines: Iterable[bytes]) -> list[ImportedNote]:
    """Every note of a JSON Lines file, or ImportFormatError for the first bad line."""
    notes = [
        parse_line(raw, number)
        for number, raw in enumerate(lines, start=1)
        if raw.strip()  # blank lines (a trailing newline) are not notes
    ]
    if not notes:
        raise ImportFormatError(0, "the file holds no reflections")
    return notes


def _answer_text(answer: Answer) -> str:
    if answer.kind is QuestionKind.SCALE and answer.rating is not None:
        return f"{answer.rating}/5"
    if answer.kind is QuestionKind.STAGE and answer.stage:
        return answer.stage
    return answer.text


def as_text(reflection: Reflection) -> str:
    """The reflection as plain text: a lone answer as it is, else question and answer pairs."""
    written = [a for a in reflection.answers if not a.is_empty]
    if len(written) == 1 and len(reflection.answers) == 1:
        return written[0].text
    return "\n\n".join(f"{a.prompt}\n{_answer_text(a)}" for a in written)


def export_lines(reflections: Iterable[Reflection]) -> Iterator[str]:
    """One JSON object per reflection, each ending in a newline."""
    for r in reflections:
        record = {
            "id": r.id,
            "date": r.created_at.astimezone().isoformat(timespec="seconds"),
            "title": r.title,
            "text": as_text(r),
            "tags": list(r.tags),
            "flow": r.flow_id,
            "flow_title": r.flow_title,
            "customer": r.customer,
            "deal": r.deal,
            "draft": r.is_draft,
            "answers": [
                {
                    "question_id": a.question_id,
                    "question": a.prompt,
                    "kind": a.kind.value,
                    "text": a.text,
                    "rating": a.rating,
                    "stage": a.stage,
                }
                for a in r.answers
            ],
        }
        yield json.dumps(record, ensure_ascii=False) + "\n"
