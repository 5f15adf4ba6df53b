"""jrnl: one-file and folder journals, jrnl 1.x stamps, odd bodies, encryption 1.x to 3.x."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from coachdesk.imports import jrnl, read_source
from coachdesk.imports.model import NeedsPassphrase, WrongPassphrase
from tests.imports.conftest import FIXTURES, PASSPHRASE, jrnl_v1, jrnl_v2, jrnl_v3


def local(entry_time: datetime) -> str:
    return entry_time.astimezone().strftime("%Y-%m-%d %H:%M")


def test_a_one_file_journal_with_stars_tags_and_bodies_that_start_with_a_bracket() -> None:
    found = read_source(FIXTURES / "jrnl" / "onefile.txt")
    assert found.format == "jrnl" and found.bad == []
    first, lost, gap = found.entries
    assert (local(first.written), first.title) == (
        "2021-03-26 09:05",
        "Call with Brouwer about the renewal.",
    )
    assert first.tags == ("brouwer", "renewal")
    # Lines that start with "[" but hold no date (or no real one) stay in the body.
    assert "[not a date] this line" in first.text and "[2021-13-40 10:00] nor" in first.text
    assert first.text.endswith("and the last line of the first entry.")
    assert (local(lost.written), lost.title) == ("2021-03-27 18:45", "Lost the Jansen deal")
    assert lost.tags == ("lessons", "starred")
    # 02:30 does not exist in Amsterdam that night: the same day, at 03:30.
    assert local(gap.written) == "2021-03-28 03:30"


def test_jrnl_1x_stamps_without_brackets() -> None:
    found = read_source(FIXTURES / "jrnl" / "legacy.txt", "jrnl")
    assert [(local(e.written), e.title, e.tags) for e in found.entries] == [
        ("2013-06-09 15:39", "My first entry.", ("old",)),
        ("2013-06-10 15:40", "Life is good.", ("starred",)),
    ]


def test_a_folder_journal_takes_the_day_from_the_path_and_reads_no_other_file() -> None:
    found = read_source(FIXTURES / "jrnl" / "folder")
    assert found.format == "jrnl"
    assert [local(e.written) for e in found.entries] == ["2021-03-28 09:30", "2021-10-31 02:30"]
    assert found.notes == ["not read: 1 other files in the folder (not YYYY/MM/DD.txt)"]
    assert all("no day file" not in e.title for e in found.entries)


def test_a_day_file_that_cannot_be_read_is_named(tmp_path: Path) -> None:
    day = tmp_path / "2022" / "01" / "05.txt"
    day.parent.mkdir(parents=True)
    day.write_bytes(b"[2022-01-05 10:00] caf\xe9 in Latin-1")
    (tmp_path / "2022" / "01" / "06.txt").write_text("[2022-01-06 10:00] Fine.\n")
    found = read_source(tmp_path, "jrnl")
    assert [str(b) for b in found.bad] == ["2022/01/05.txt: not UTF-8 text (byte 23)"]
    assert [e.title for e in found.entries] == ["Fine."]


@pytest.mark.parametrize("encrypt", [jrnl_v1, jrnl_v2, jrnl_v3])
def test_encrypted_journals_open_with_their_passphrase_only(encrypt, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    plain = (FIXTURES / "jrnl" / "onefile.txt").read_text(encoding="utf-8")
    if encrypt is jrnl_v1:  # jrnl 1.x wrote its dates without brackets
        plain = (FIXTURES / "jrnl" / "legacy.txt").read_text(encoding="utf-8")
    journal = tmp_path / "journal.txt"
    journal.write_bytes(encrypt(plain))
    with pytest.raises(NeedsPassphrase):
        read_source(journal)
    with pytest.raises(WrongPassphrase):
        read_source(journal, passphrase="not the passphrase")
    found = read_source(journal, passphrase=PASSPHRASE)
    assert len(found.entries) == (2 if encrypt is jrnl_v1 else 3)


def test_jrnl_stamps() -> None:
    assert jrnl.parse_stamp("2020-08-29 11:11:00 PM") == datetime(2020, 8, 29, 23, 11)
    assert jrnl.parse_stamp("2020-08-29 12:05 AM") == datetime(2020, 8, 29, 0, 5)
    assert jrnl.parse_stamp("2020-08-29") == datetime(2020, 8, 29, 9, 0)
    assert jrnl.parse_stamp("31.12.2020 18:00") == datetime(2020, 12, 31, 18, 0)
    assert jrnl.parse_stamp("Tuesday") is None and jrnl.parse_stamp("see 3") is None
    assert jrnl.parse_stamp("2020-02-30 10:00") is None
    assert jrnl.parse_stamp("9:30 PM", clock_only=True) == datetime(1900, 1, 1, 21, 30)
    assert jrnl.split_title("One line. And more") == ("One line.", "And more")
