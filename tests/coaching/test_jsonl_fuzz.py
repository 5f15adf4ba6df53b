"""Fuzzed JSON Lines imports: every line is a note or an ImportFormatError naming its line,
nothing else; valid notes survive export and import exactly."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta, timezone

import pytest
from hypothesis import currently_in_test_context, event, given, settings
from hypothesis import strategies as st

from coachdesk.coaching.flows import FlowLibrary
from coachdesk.coaching.jsonl import (
    ImportedNote,
    ImportFormatError,
    export_lines,
    parse_line,
    read_notes,
)
from coachdesk.coaching.reflections import normalize_tags
from coachdesk.storage import JournalStore

FAST = settings(max_examples=200)


def a_note_or_an_error_naming(raw: bytes, line: int) -> ImportedNote | None:
    try:
        note = parse_line(raw, line)
    except ImportFormatError as error:
        assert error.line == line and str(error).startswith(f"line {line}: ")
        counted("refused")
        return None
    assert isinstance(note, ImportedNote) and note.created_at.tzinfo is not None
    counted("a note")
    return note


def counted(outcome: str) -> None:
    if currently_in_test_context():  # also used by plain tests, where events cannot be
        event(outcome)


@FAST
@given(st.binary(max_size=200), st.integers(min_value=1, max_value=10**6))
def test_any_bytes_are_a_note_or_an_error_naming_the_line(raw: bytes, line: int) -> None:
    a_note_or_an_error_naming(raw, line)


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3)
    ),
    max_leaves=8,
)
moments = st.datetimes(
    min_value=datetime(1, 1, 2),
    max_value=datetime(9999, 12, 30),
    timezones=st.none() | st.timezones(),
)
dates = st.one_of(
    moments.map(lambda moment: moment.isoformat()),
    moments.map(lambda moment: moment.date().isoformat()),
    st.text(max_size=30),
    json_values,
)
texts = st.text() | st.sampled_from(["\ud800", "a\udfffb", "\x00", ""]) | json_values
others = {"title": texts, "tags": st.lists(texts, max_size=3) | json_values, "flow": json_values}
records = st.fixed_dictionaries({"date": dates, "text": texts}, optional=others) | (
    st.fixed_dictionaries({}, optional={"date": dates, "text": texts, **others})
)


@FAST
@given(records | json_values, st.booleans())
def test_any_json_is_a_note_or_an_error_naming_the_line(value: object, ascii_only: bool) -> None:
    raw = json.dumps(value, ensure_ascii=ascii_only).encode("utf-8", "surrogatepass")
    a_note_or_an_error_naming(raw, 7)


@FAST
@given(st.lists(st.binary(max_size=40) | records.map(lambda r: json.dumps(r).encode()), max_size=6))
def test_a_file_is_every_note_or_the_first_bad_line(lines: list[bytes]) -> None:
    numbered = [(n, raw) for n, raw in enumerate(lines, start=1) if raw.strip()]
    bad = [n for n, raw in numbered if a_note_or_an_error_naming(raw, n) is None]
    try:
        notes = read_notes(lines)
    except ImportFormatError as error:
        assert error.line == (bad[0] if bad else 0)  # 0: the file holds no reflections
        return
    assert not bad and len(notes) == len(numbered) > 0


def test_deeply_nested_json_is_an_error_naming_the_line() -> None:
    a_note_or_an_error_naming(b"[" * 100_000, 3)


@pytest.mark.parametrize("when", ["0001-01-01T00:10:00+01:00", "9999-12-31T23:59:00+00:00"])
def test_a_date_that_cannot_be_stored_and_shown_is_refused(library: FlowLibrary, when: str) -> None:
    free_note = library.get("free-note")
    assert free_note is not None
    store = JournalStore.in_memory()
    try:
        line = json.dumps({"date": when, "text": "x"}).encode()
        note = a_note_or_an_error_naming(line, 1)
        if note is not None:  # accepted: then it must survive the journal and the export
            store.add(note.as_reflection(free_note))
            list(export_lines(store.every_reflection()))
    finally:
        store.close()


# Round trips -----------------------------------------------------------------------------

offsets = st.integers(min_value=-14 * 60, max_value=14 * 60).map(
    lambda minutes: timezone(timedelta(minutes=minutes))
)
valid_moments = st.datetimes(
    min_value=datetime(1900, 1, 1), max_value=datetime(2200, 12, 31), timezones=offsets
).map(lambda moment: moment.replace(microsecond=0))  # the journal keeps whole seconds
valid_records = st.fixed_dictionaries(
    {
        "date": valid_moments.map(datetime.isoformat)
        | valid_moments.map(lambda moment: moment.date().isoformat()),
        "text": st.text(),
    },
    optional={"title": st.text(), "tags": st.lists(st.text(max_size=12), max_size=4)},
)


@settings(max_examples=80)
@given(st.lists(valid_records, min_size=1, max_size=5))
def test_valid_notes_survive_the_journal_export_and_import_exactly(
    library: FlowLibrary, records: list[dict[str, object]]
) -> None:
    free_note = library.get("free-note")
    assert free_note is not None
    notes = read_notes([json.dumps(r).encode() + b"\n" for r in records])
    store = JournalStore.in_memory()
    try:
        store.add_all([note.as_reflection(free_note) for note in notes])
        exported = [line.encode() for line in export_lines(store.every_reflection())]
    finally:
        store.close()
    again = read_notes(exported)

    def essence(note: ImportedNote) -> tuple[object, ...]:
        moment = note.created_at.astimezone(UTC)  # the same instant, any offset
        text = note.text if note.text.strip() else ""  # an answer of spaces is no answer
        return (moment, note.title, text, tuple(sorted(normalize_tags(note.tags))))

    # every_reflection is oldest first; the stored tags are normalised and sorted.
    assert sorted(map(essence, again)) == sorted(map(essence, notes))
    assert [n.tags for n in again] == [tuple(sorted(normalize_tags(n.tags))) for n in again]
