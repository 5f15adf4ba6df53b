"""The JSON Lines exchange format: one reflection per line, in and out.

In:  {"date": ISO date or date-time, "title": str, "text": str, "tags": [str]} per line;
     other keys are ignored, so an export can be imported again.
Out: the same four keys, plus what a guided reflection has (flow, answers, customer ...),
     and its pictures and files ("attachments", storage/attachment_export.py).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime, time

from coachdesk.coaching.flows import Flow, QuestionKind
from coachdesk.coaching.reflections import Answer, NewReflection, Reflection

MB = 1024 * 1024
# The most text one note may hold (UTF-8, as stored).
MAX_TEXT_BYTES = 16 * MB
# A line longer than this is refused rather than read into memory whole. An export line
# holds a lone answer twice ("text" and answers[0].text) and JSON may spell one byte of it
# in six ("\u0001"), so this leaves room for any note of MAX_TEXT_BYTES to come back.
MAX_LINE_BYTES = 256 * MB
NOON = time(12, 0)
# Dates outside these years are refused: near year 1 or 9999 the shift to UTC (to store)
# or to local time (to show) overflows; four-digit years are what every format handles.
MIN_YEAR, MAX_YEAR = 1000, 9000


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


def _written(value: str) -> datetime:
    """An ISO date (taken as noon) or date-time; naive unless it names its offset."""
    if len(value.strip()) == 10:
        return datetime.combine(date.fromisoformat(value), NOON)
    return datetime.fromisoformat(value)


def _storable(written: datetime) -> datetime | None:
    """The moment (local unless it says otherwise), or None when it cannot be stored in
    UTC and shown in local time within MIN_YEAR..MAX_YEAR."""
    try:
        moment = written if written.tzinfo else written.astimezone()
        years = (moment.astimezone(UTC).year, moment.astimezone().year)
    except (OverflowError, ValueError, OSError):  # past year 1 or 9999, or the C library's
        return None
    return moment if all(MIN_YEAR <= year <= MAX_YEAR for year in years) else None


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
        raise ImportFormatError(line, f"longer than {MAX_LINE_BYTES // MB} MB")
    try:
        record = json.loads(raw.decode("utf-8"))
    except UnicodeDecodeError:
        raise ImportFormatError(line, "not UTF-8 text") from None
    except json.JSONDecodeError as error:
        raise ImportFormatError(line, f"not valid JSON ({error.msg})") from None
    except RecursionError:  # json's parser recurses once per [ or {
        raise ImportFormatError(line, "not valid JSON (nested too deeply)") from None
    if not isinstance(record, dict):
        raise ImportFormatError(line, "each line must be a JSON object")
    when = _checked_text(record, "date", line, required=True)
    try:
        written = _written(when)
    except ValueError:
        raise ImportFormatError(line, f"'date' is not an ISO 8601 date: {when[:40]!r}") from None
    created = _storable(written)
    if created is None:
        raise ImportFormatError(
            line,
            f"'date' must fall in the years {MIN_YEAR} to {MAX_YEAR}, in UTC and in local "
            f"time: {when[:40]!r}",
        )
    tags = record.get("tags", [])
    if not isinstance(tags, list) or not all(isinstance(t, str) for t in tags):
        raise ImportFormatError(line, "'tags' must be a list of text")
    text = _checked_text(record, "text", line, required=True)
    if len(text.encode("utf-8")) > MAX_TEXT_BYTES:
        raise ImportFormatError(line, f"longer than {MAX_TEXT_BYTES // MB} MB of text")
    return ImportedNote(
        created_at=created,
        title=_checked_text(record, "title", line, required=False),
        text=text,
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


def export_lines(
    reflections: Iterable[Reflection],
    attachments: Mapping[int, list[dict[str, object]]] | None = None,
) -> Iterator[str]:
    """One JSON object per reflection, each ending in a newline; with the records of its
    attachments (by reflection id) when it has any."""
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
        if attachments and r.id in attachments:
            record["attachments"] = attachments[r.id]
        yield json.dumps(record, ensure_ascii=False) + "\n"
