"""Every importer, fed what hypothesis makes up: it reads it or says why not (ImportProblem),
never crashes; and nothing is written to the journal when a source cannot be imported."""

from __future__ import annotations

import json
import tempfile
import zipfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from coachdesk.coaching.flows import FREE_NOTE_ID, FlowLibrary
from coachdesk.imports import FORMATS, read_source
from coachdesk.imports.model import ImportProblem, SourceRead
from coachdesk.storage import JournalStore

FUZZ = settings(
    max_examples=60, suppress_health_check=[HealthCheck.function_scoped_fixture], deadline=None
)
json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=12), inner, max_size=4)
    ),
    max_leaves=20,
)
STAMPS = st.sampled_from(
    [
        "[2021-03-28 02:30] ",
        "[2021-10-31 02:30:00 AM] ",
        "[31.12.2020 18:00] ",
        "[x] ",
        "2013-06-09 15:39 ",
        "[",
    ]
)


def outcome(path: Path, format: str | None, passphrase: str | None = None) -> SourceRead | None:
    try:
        found = read_source(path, format, passphrase)
    except ImportProblem:
        return None
    for entry in found.entries:  # what is read can be stored
        assert entry.written.tzinfo is not None
        entry.text.encode("utf-8")
    return found


@FUZZ
@given(st.binary(max_size=400), st.sampled_from([None, *FORMATS]))
def test_any_bytes_as_any_format(data: bytes, format: str | None) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "source.txt"
        path.write_bytes(data)
        outcome(path, format, "passphrase")


@FUZZ
@given(st.lists(st.tuples(STAMPS, st.text(max_size=60)), max_size=8))
def test_jrnl_text_of_stamps_and_anything(parts: list[tuple[str, str]]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "journal.txt"
        written = "\n".join(stamp + text for stamp, text in parts)
        path.write_bytes(written.encode("utf-8", "surrogatepass"))
        outcome(path, "jrnl")


@FUZZ
@given(
    st.lists(
        st.dictionaries(
            st.sampled_from(
                [
                    "creationDate",
                    "timeZone",
                    "text",
                    "tags",
                    "starred",
                    "location",
                    "photos",
                    "uuid",
                ]
            ),
            json_values,
            max_size=8,
        ),
        max_size=5,
    )
)
def test_day_one_journals_of_odd_entries(entries: list[dict[str, object]]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "Export.zip"
        with zipfile.ZipFile(path, "w") as archive:
            archive.writestr("Journal.json", json.dumps({"metadata": {}, "entries": entries}))
        outcome(path, "dayone")


@FUZZ
@given(st.lists(st.lists(st.text(max_size=15), min_size=0, max_size=10), max_size=6))
def test_daylio_rows_of_anything(rows: list[list[str]]) -> None:
    import csv
    import io

    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(
        [
            "full_date",
            "date",
            "weekday",
            "time",
            "mood",
            "activities",
            "note_title",
            "note",
            "scales",
        ]
    )
    writer.writerows(rows)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "daylio.csv"
        path.write_text(buffer.getvalue(), encoding="utf-8", errors="surrogatepass")
        outcome(path, "daylio")


@FUZZ
@given(st.text(max_size=300), st.sampled_from(["rednotebook", "markdown", "journey"]))
def test_month_files_notes_and_entries_of_any_text(text: str, format: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        name = {"rednotebook": "2020-02.txt", "markdown": "2020-02-03.md", "journey": "e.json"}
        path = Path(folder) / name[format]
        path.write_bytes(text.encode("utf-8", "surrogatepass"))
        outcome(Path(folder), format)


@FUZZ
@given(data=st.binary(max_size=300))
def test_nothing_is_written_when_a_source_cannot_be_imported(
    library: FlowLibrary, data: bytes
) -> None:
    free_note = library.get(FREE_NOTE_ID)
    assert free_note is not None
    store = JournalStore.in_memory()
    try:
        with tempfile.TemporaryDirectory() as folder:
            good = Path(folder) / "2020-01-01.md"
            good.write_text("a note that is fine\n", encoding="utf-8")
            (Path(folder) / "2020-01-02.md").write_bytes(data)
            found = outcome(Path(folder), "markdown")
        if found is not None and not found.bad:
            store.import_new([e.as_reflection(free_note) for e in found.entries])
            assert store.count() == len(found.entries)
        else:
            assert store.count() == 0  # refused whole: the good note did not come in alone
    finally:
        store.close()
