"""coachdesk's own JSON Lines (`coachdesk export`): each line a reflection, brought back as
it was — its flow, answers, customer and deal when the line has them (an export), else a
free note of its date, title, text and tags (a file written by hand or by another tool).
Its pictures and files come back from the folder the export wrote beside it, each checked
against the size and SHA-256 its line gives (storage/attachment_export.py)."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path, PurePosixPath
from typing import Any, BinaryIO

from coachdesk.coaching.attachments import NewAttachment
from coachdesk.coaching.file_kinds import FileRefused
from coachdesk.coaching.flows import DEAL_STAGES, Flow, QuestionKind
from coachdesk.coaching.jsonl import MAX_LINE_BYTES, ImportedNote, ImportFormatError, parse_line
from coachdesk.coaching.reflections import Answer, NewReflection
from coachdesk.imports.media import MISSING
from coachdesk.imports.model import (
    NO_WATCH,
    BadPart,
    ImportedEntry,
    ImportProblem,
    LeftOut,
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


def _kind(media_type: str) -> str:
    if media_type.startswith("image/"):
        return "photo"
    return "pdf" if media_type == "application/pdf" else "file"


def _file(item: dict[str, Any], folder: Path) -> tuple[Path | None, str]:
    """The exported file an attachment's record names, checked; or None and why not."""
    inside = item.get("file")
    if not isinstance(inside, str) or not inside:
        return None, MISSING
    parts = PurePosixPath(inside).parts
    if PurePosixPath(inside).is_absolute() or ".." in parts or "\\" in inside:
        return None, "outside the export's folder"
    path = folder.joinpath(*parts)
    try:
        data = path.read_bytes()
    except OSError:
        return None, MISSING
    if len(data) != item.get("size") or hashlib.sha256(data).hexdigest() != item.get("sha256"):
        return None, "changed since the export (its size or SHA-256 differs)"
    return path, ""


def _reader(path: Path, sha256: str) -> Callable[[], bytes]:
    def read() -> bytes:  # when the journal writes it: still the file that was checked?
        try:
            data = path.read_bytes()
        except OSError as error:
            raise FileRefused("unreadable", f"{path} cannot be read any more ({error})") from None
        if hashlib.sha256(data).hexdigest() != sha256:
            raise FileRefused("unreadable", f"{path} changed while it was being imported")
        return data

    return read


def _attachments(
    record: dict[str, Any], folder: Path, read: SourceRead, day: str
) -> tuple[NewAttachment, ...]:
    """The pictures and files an exported line lists, from the folder beside the export."""
    given = record.get("attachments")
    found = []
    for item in given if isinstance(given, list) else []:
        if not isinstance(item, dict) or not isinstance(item.get("name"), str):
            continue
        name, question = item["name"], item.get("question_id")
        path, why = _file(item, folder)
        if path is None:
            read.left_out.append(LeftOut(_kind(str(item.get("type"))), name, day, why))
            continue
        question_id = question if isinstance(question, str) else None
        reader = _reader(path, str(item["sha256"]))
        found.append(NewAttachment(name, reader, question_id, int(item["size"])))
    return tuple(found)


def _entry(
    note: ImportedNote, raw: bytes, where: str, folder: Path, read: SourceRead
) -> ImportedEntry:
    try:
        record = json.loads(raw.decode("utf-8"))
    except (ValueError, RecursionError):  # parse_line read it: this does not happen
        record = {}
    day = note.created_at.date().isoformat()
    files = _attachments(record, folder, read, day) if isinstance(record, dict) else ()
    flow_id, answers = _text(record, "flow"), _answers(record)
    if not flow_id or answers is None:
        loose = tuple(replace(f, question_id=None) for f in files)
        return ImportedEntry(
            note.created_at, note.title, note.text, note.tags, where, attachments=loose
        )
    asked = {a.question_id for a in answers}
    files = tuple(f if f.question_id in asked else replace(f, question_id=None) for f in files)
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
            attachments=files,
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
                read_.entries.append(_entry(note, raw, f"line {number}", path.parent, read_))
                if number % 500 == 0:
                    watch.step(number, 0)
    except OSError as error:
        raise ImportProblem(f"cannot read {path}: {error.strerror or error}") from None
    return read_
