"""What a file is, told by its bytes: every kind kept, and files that lie or are damaged."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from coachdesk.coaching import file_kinds
from coachdesk.coaching.attachments import Limits, check_size, clean_name, unique_name
from coachdesk.coaching.file_kinds import FileRefused, kind_of
from tests import attachment_samples as samples

EXPECTED = {
    "whiteboard.png": "image/png",
    "napkin.jpg": "image/jpeg",
    "IMG_0001.HEIC": "image/heic",
    "chart.webp": "image/webp",
    "proposal.pdf": "application/pdf",
    "reply.eml": "message/rfc822",
    "reply.msg": "application/vnd.ms-outlook",
    "offer.docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "figures.xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "pitch.pptx": "application/vnd.openxmlformats-officedocument.presentationml.presentation",
    "old offer.doc": "application/msword",
    "old figures.xls": "application/vnd.ms-excel",
    "notes.odt": "application/vnd.oasis.opendocument.text",
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_every_kept_kind_is_told_by_its_bytes(name: str) -> None:
    assert kind_of(name, samples.SAMPLES[name]).media_type == EXPECTED[name]


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_a_name_without_an_extension_is_taken_for_what_it_holds(name: str) -> None:
    assert kind_of("pasted", samples.SAMPLES[name]).media_type == EXPECTED[name]


@pytest.mark.parametrize(
    ("name", "data", "claimed"),
    [
        ("invoice.pdf", samples.PNG, "a PNG image"),
        ("photo.jpg", samples.PDF, "a PDF document"),
        ("contract.docx", samples.XLSX, "an Excel workbook"),
        ("setup.exe", samples.PDF, "a PDF document"),
        ("report.doc", samples.MSG, "an Outlook e-mail"),
    ],
)
def test_a_file_named_as_another_kind_is_refused_as_lying(
    name: str, data: bytes, claimed: str
) -> None:
    with pytest.raises(FileRefused, match=f"named as a .* file but holds {claimed}") as refused:
        kind_of(name, data)
    assert refused.value.reason == "lies" and refused.value.name == name
    assert refused.value.found is not None and refused.value.found.label in claimed


def test_other_names_of_the_same_kind_are_no_lie() -> None:
    assert kind_of("IMG_1.JPEG", samples.JPEG) is file_kinds.JPEG
    assert kind_of("scan.jfif", samples.JPEG) is file_kinds.JPEG
    assert kind_of("Q3 offer v2.1", samples.PDF) is file_kinds.PDF  # ends in a number


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("script.png", b"#!/bin/sh\nrm -rf ~\n"),
        ("program", b"MZ\x90\x00" + b"\x00" * 200),
        ("movie.mp4", b"\x00\x00\x00\x18ftypmp42" + b"\x00" * 100),
        ("picture.avif", b"\x00\x00\x00\x1cftypavif\x00\x00\x00\x00avifmif1miaf" + b"\x00" * 40),
        ("archive.zip", samples.office("other")),
        ("notes.txt", b"Just some notes\nFrom: me\n"),
    ],
)
def test_files_of_no_kept_kind_are_refused(name: str, data: bytes) -> None:
    with pytest.raises(FileRefused, match="not a kind of file coachdesk keeps") as refused:
        kind_of(name, data)
    assert refused.value.reason == "unknown"


@pytest.mark.parametrize(
    "name",
    ["whiteboard.png", "napkin.jpg", "chart.webp", "proposal.pdf", "offer.docx", "old offer.doc"],
)
def test_a_file_cut_short_is_refused_as_unreadable(name: str) -> None:
    data = samples.SAMPLES[name]
    with pytest.raises(FileRefused, match="cannot be read") as refused:
        kind_of(name, data[:-10])
    assert refused.value.reason == "unreadable"


def test_an_empty_file_is_refused() -> None:
    with pytest.raises(FileRefused, match="is empty"):
        kind_of("blank.png", b"")


MB = 1024 * 1024


def test_sizes_past_a_limit_are_refused_with_the_limit_named() -> None:
    limits = Limits(per_file=10 * 1024 * 1024, per_journal=15 * 1024 * 1024)
    check_size("a.pdf", 10 * 1024 * 1024, 0, limits)
    with pytest.raises(FileRefused, match="at most 10 MB") as refused:
        check_size("a.pdf", 10 * 1024 * 1024 + 1, 0, limits)
    assert refused.value.reason == "too-large"
    with pytest.raises(FileRefused, match=r"15 MB together, and 5\.0 MB is left") as full:
        check_size("b.pdf", 6 * 1024 * 1024, 10 * 1024 * 1024, limits)
    assert full.value.reason == "full"
    assert (full.value.size, full.value.limit, full.value.left) == (6 * MB, 15 * MB, 5 * MB)


def test_names_lose_folders_and_characters_no_file_system_takes() -> None:
    assert clean_name("C:\\Users\\me\\Desktop\\offer.pdf") == "offer.pdf"
    assert clean_name("../../etc/passwd.png") == "passwd.png"
    assert clean_name('x*c?"d<e>f|g\x01.png') == "x_c__d_e_f_g_.png"
    assert clean_name("   ") == "attachment"
    long = clean_name("x" * 300 + ".jpeg")
    assert len(long) == 120 and long.endswith(".jpeg")


def test_a_name_taken_gets_the_next_number() -> None:
    assert unique_name("photo.jpg", ["other.jpg"]) == "photo.jpg"
    assert unique_name("photo.jpg", ["Photo.JPG"]) == "photo (2).jpg"
    assert unique_name("photo.jpg", ["photo.jpg", "photo (2).jpg"]) == "photo (3).jpg"
    assert unique_name("photo (2).jpg", ["photo.jpg", "photo (2).jpg"]) == "photo (3).jpg"
    assert unique_name("README", ["README"]) == "README (2)"


@given(st.binary(max_size=2048), st.sampled_from(sorted(EXPECTED)))
def test_any_bytes_are_a_kind_or_refused_never_a_crash(data: bytes, name: str) -> None:
    for candidate in (data, samples.SAMPLES[name][:64] + data, samples.SAMPLES[name] + data):
        try:
            kind_of(name, candidate)
        except FileRefused as refused:
            assert refused.reason in {"empty", "unknown", "unreadable", "lies"}


def test_a_compound_file_whose_chain_runs_in_a_circle_is_damaged_not_a_hang() -> None:
    data = bytearray(samples.DOC)
    data[68:76] = (0).to_bytes(4, "little") + (0xFFFFFF).to_bytes(4, "little")  # DIFAT
    data[1020:1024] = (0).to_bytes(4, "little")  # sector 0 goes on to sector 0
    with pytest.raises(FileRefused, match="damaged"):
        kind_of("old offer.doc", bytes(data))
