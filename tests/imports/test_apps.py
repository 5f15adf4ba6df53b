"""Day One (JSON and Classic), Daylio, Journey, RedNotebook and Markdown notes: each
format's odd cases, read from fixtures written after the apps' own files."""

from __future__ import annotations

import plistlib
from datetime import datetime
from pathlib import Path

import pytest

from coachdesk.imports import read_source
from coachdesk.imports.model import ImportProblem, UnknownFormat
from coachdesk.imports.recognise import recognise
from tests.imports.conftest import FIXTURES


def local(entry_time: datetime) -> str:
    return entry_time.astimezone().strftime("%Y-%m-%d %H:%M")


def test_day_one_json_as_zip_file_and_folder_read_the_same(dayone_zip: Path) -> None:
    shapes = [dayone_zip, FIXTURES / "dayone" / "Journal.json", FIXTURES / "dayone"]
    reads = [read_source(shape) for shape in shapes]
    assert {r.format for r in reads} == {"dayone"}
    assert len({tuple(r.entries) for r in reads}) == 1
    found = reads[0]
    tokyo, autumn, unknown_zone = found.entries
    # Written at 07:30 on 10 January in Tokyo (22:30 UTC the day before): that day, that hour.
    assert local(tokyo.written) == "2022-01-10 07:30"
    assert tokyo.title == "Tokyo kick-off"
    assert tokyo.text == (
        "Met the distributor. Price list v2.1 (final) agreed!\n\n— Shibuya Office, Tokyo, Japan"
    )
    assert tokyo.tags == ("japan", "distributor", "starred")
    # The second 02:30 of the night the clocks go back stays the second one.
    assert (
        local(autumn.written) == "2021-10-31 02:30" and autumn.written.utcoffset().seconds == 3600
    )
    assert unknown_zone.written == datetime.fromisoformat("2020-05-01T10:00:00+00:00")
    assert "dayone-moment" not in unknown_zone.text
    assert [(o.kind, o.name) for o in found.left_out] == [
        ("photo", "0a1b2c3d.jpeg"),
        ("pdf", "Quote.pdf"),
        ("photo", "beef.heic"),
    ]
    assert found.notes == ["Journal.json, entry 4 (2019-01-01) has no text; it was left out"]


def test_day_one_classic_and_its_broken_entries(tmp_path: Path) -> None:
    found = read_source(FIXTURES / "dayone-classic")
    assert found.format == "dayone-classic"
    boston, no_zone = found.entries
    assert local(boston.written) == "2014-03-01 18:30"  # 23:30 UTC, in New York's winter
    assert boston.title == "Quarter closed." and boston.tags == ("q1", "team", "starred")
    assert boston.text.endswith("— HQ, Boston, United States")
    assert found.left_out[0].name == "C1.jpg"
    assert local(no_zone.written) == "2014-02-01 10:00"
    entries = tmp_path / "Broken.dayone" / "entries"
    entries.mkdir(parents=True)
    (entries / "BAD.doentry").write_bytes(b"<?xml version='1.0'?><plist><dict><key>")
    with (entries / "OK.doentry").open("wb") as file:
        plistlib.dump({"Creation Date": datetime(2015, 1, 1), "Entry Text": "Fine"}, file)
    found = read_source(tmp_path / "Broken.dayone")
    assert [b.where for b in found.bad] == ["entries/BAD.doentry"]
    assert [e.text for e in found.entries] == ["Fine"]


def test_daylio_times_in_the_phones_words_moods_and_activities_as_tags() -> None:
    found = read_source(FIXTURES / "daylio" / "export.csv")
    win, gap, midnight, plain = found.entries
    assert (local(win.written), win.title, win.tags) == (
        "2023-03-26 18:50",
        "Big win",
        ("rad", "clients", "sport"),
    )
    assert win.text == "Signed Brouwer\nat last\n\nEnergy: 4"  # HTML made plain, scales kept
    assert local(gap.written) == "2023-03-26 03:30"
    assert local(midnight.written) == "2023-03-25 00:05"  # 12:05 am
    assert (plain.title, plain.text) == ("awful · work, overtime", "")
    old = read_source(FIXTURES / "daylio" / "old.csv")
    assert [local(e.written) for e in old.entries] == ["2018-05-18 23:54", "2018-05-16 22:21"]


def test_a_daylio_row_whose_time_cannot_be_read_is_named(tmp_path: Path) -> None:
    export = tmp_path / "daylio.csv"
    export.write_text(
        "full_date,date,weekday,time,mood,activities,note_title,note\n"
        "2023-01-02,2 Jan,Monday,half past ten,good,,,x\n"
        "2023-01-01,1 Jan,Sunday,10:00,good,,,y\n",
        encoding="utf-8",
    )
    found = read_source(export)
    assert [str(b) for b in found.bad] == [
        "daylio.csv, line 2: no date and time it can read (2023-01-02 half past ten)"
    ]
    assert [e.text for e in found.entries] == ["y"]


def test_journey_zip_html_made_plain_in_its_own_time_zone(journey_zip: Path) -> None:
    found = read_source(journey_zip)
    assert found.format == "journey" and recognise(FIXTURES / "journey") == "journey"
    review, older = found.entries
    # 18:30 on 25 March in San Francisco: 01:30 the next day in Amsterdam, but that day here.
    assert local(review.written) == "2023-03-25 18:30"
    assert review.title == "Pipeline review"
    assert review.text == (
        "Three deals stuck in negotiation:\n\n- Brouwer\n- Jansen & Zn\n\n"
        "— Market Street 1, San Francisco"
    )
    assert review.tags == ("pipeline", "starred")
    assert [o.name for o in found.left_out] == ["1700000000000-aaaa-photo.jpg"]
    assert (older.text, local(older.written)) == (
        "Plain text from an older Journey",
        "2022-01-01 01:00",
    )


def test_rednotebook_months_hashtags_categories_and_python_2_tags() -> None:
    found = read_source(FIXTURES / "rednotebook")
    call, old, april = found.entries
    assert (local(call.written), call.title) == ("2019-03-05 12:00", "Big call")
    assert call.text == (
        "Spoke with Jan about pricing #deal #klant\nSee the notes (http://example.org/a__b)"
    )
    assert call.tags == ("deal", "klant")
    assert old.text == "Old entry, written under Python 2 #old\n\nWork: met Jan at the fair"
    assert old.tags == ("old", "work")
    assert april.text == "April fool's call not funny at all"


def test_a_rednotebook_month_that_is_no_yaml_is_named(tmp_path: Path) -> None:
    (tmp_path / "2020-01.txt").write_text("1: {text: 'open quote}\n", encoding="utf-8")
    (tmp_path / "2020-02.txt").write_text("1: {text: fine}\n", encoding="utf-8")
    found = read_source(tmp_path, "rednotebook")
    assert [b.where for b in found.bad] == ["2020-01.txt"]


def test_obsidian_daily_notes_in_subfolders_front_matter_and_inline_tags() -> None:
    found = read_source(FIXTURES / "markdown" / "vault")
    assert found.format == "markdown"
    standup, call = found.entries
    assert (local(standup.written), standup.title, standup.tags) == (
        "2024-02-01 08:15",
        "Morning stand-up",
        ("team", "sales"),
    )
    assert (local(call.written), call.title) == ("2024-03-31 12:00", "Call with Jan")
    assert call.tags == ("klant", "deal", "followup")  # not the #notatag inside code
    assert call.text.startswith("He said #followup and Jan agreed.")
    assert [o.name for o in found.left_out] == ["whiteboard.png"]
    assert found.notes == [
        "not read: 1 Markdown files with no date in their name (YYYY-MM-DD, yyyy_MM_dd)"
        " or front matter"
    ]


def test_logseq_journals_empty_pages_left_out_backups_never_read() -> None:
    found = read_source(FIXTURES / "markdown" / "logseq")
    (page,) = found.entries
    assert local(page.written) == "2024-03-30 12:00"
    assert page.text == "- Prepared the Brouwer proposal big deals"
    assert page.tags == ("q1", "prep", "big deals")
    assert found.notes == ["journals/2024_03_29.md is empty; it was left out"]


def test_unknown_and_ambiguous_sources_are_named(tmp_path: Path) -> None:
    odd = tmp_path / "notes.bin"
    odd.write_bytes(b"\x00\x01 nothing anyone wrote")
    with pytest.raises(UnknownFormat, match="cannot tell what"):
        read_source(odd)
    both = tmp_path / "both"
    (both / "2021" / "03").mkdir(parents=True)
    (both / "2021" / "03" / "01.txt").write_text("[2021-03-01 10:00] jrnl\n")
    (both / "2021-03-02.md").write_text("obsidian\n")
    with pytest.raises(UnknownFormat) as raised:
        read_source(both)
    assert raised.value.candidates == ("jrnl", "markdown")
    assert len(read_source(both, "markdown").entries) == 1
    with pytest.raises(ImportProblem, match="No such file"):
        read_source(tmp_path / "absent")
    empty = tmp_path / "empty.jsonl"
    empty.write_text("\n")
    with pytest.raises(ImportProblem, match="holds no reflections"):
        read_source(empty)
