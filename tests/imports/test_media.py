"""Day One and Journey bring their photos and files: from the export's zip or folder, byte
for byte, each checked; a video, a missing or a broken photo is named as left out, with why."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from coachdesk.imports import read_source
from coachdesk.storage import JournalStore
from tests import attachment_samples as samples
from tests.imports.conftest import FIXTURES, zipped
from tests.test_cli import run

JOURNAL = json.dumps(
    {
        "metadata": {"version": "1.0"},
        "entries": [
            {
                "uuid": "A1",
                "creationDate": "2024-05-02T08:00:00Z",
                "timeZone": "Europe/Amsterdam",
                "text": "Whiteboard after the workshop\\n\\nThree options on the board.",
                "photos": [
                    {"identifier": "P1", "md5": "aa11", "type": "jpeg"},
                    {"identifier": "P2", "md5": "bb22", "type": "png"},
                    {"identifier": "P3", "md5": "cc33", "type": "jpeg"},  # not in the export
                    {"identifier": "P4", "md5": "dd44", "type": "jpeg"},  # cut short
                ],
                "pdfAttachments": [{"identifier": "D1", "md5": "ee55", "pdfName": "Proposal"}],
                "videos": [{"identifier": "V1", "md5": "ff66", "type": "mp4"}],
            }
        ],
    }
).encode()
EXPORT = {
    "Journal.json": JOURNAL,
    "photos/aa11.jpeg": samples.JPEG,
    "photos/bb22.png": samples.PNG,
    "photos/dd44.jpeg": samples.JPEG[:200],
    "pdfs/ee55.pdf": samples.PDF,
    "videos/ff66.mp4": b"\x00\x00\x00\x18ftypmp42",
}


def unpacked(folder: Path, files: dict[str, bytes]) -> Path:
    for name, data in files.items():
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_bytes(data)
    return folder


def test_day_one_photos_and_pdfs_come_along_from_a_zip_and_a_folder(tmp_path: Path) -> None:
    for source in (
        zipped(tmp_path / "Export.zip", EXPORT),
        unpacked(tmp_path / "unpacked", EXPORT),
        unpacked(tmp_path / "unpacked", EXPORT) / "Journal.json",
    ):
        found = read_source(source, "dayone")
        (entry,) = found.entries
        files = {a.name: a.read() for a in entry.attachments}
        assert files == {
            "aa11.jpeg": samples.JPEG,
            "bb22.png": samples.PNG,
            "Proposal": samples.PDF,
        }
        assert [(o.kind, o.name, o.why) for o in found.left_out] == [
            ("photo", "cc33.jpeg", "not in the export"),
            ("photo", "dd44.jpeg", "damaged or cut short"),
            ("video", "ff66.mp4", "not a kind of file coachdesk keeps"),
        ]


def test_day_one_import_keeps_them_in_the_journal(tmp_path: Path, journal_path: Path) -> None:
    code, out, err = run(
        "import", str(zipped(tmp_path / "Export.zip", EXPORT)), "--journal", str(journal_path)
    )
    assert (code, err) == (0, "")
    assert out.splitlines() == [
        "left out 1 photo (not in the export): cc33.jpeg",
        "left out 1 photo (damaged or cut short): dd44.jpeg",
        "left out 1 video (not a kind of file coachdesk keeps): ff66.mp4",
        "(coachdesk keeps pictures, PDFs, e-mails and office documents, up to 25 MB each;"
        " not videos or audio)",
        "Imported 1 reflection with 3 pictures and files (0 already in the journal).",
    ]
    store = JournalStore.open(journal_path)
    try:
        (summary,) = store.timeline()
        kept = store.attachments(summary.id)
        assert [(a.name, a.media_type) for a in kept] == [
            ("aa11.jpeg", "image/jpeg"),
            ("bb22.png", "image/png"),
            ("Proposal.pdf", "application/pdf"),  # a name without its kind's extension gets it
        ]
        assert store.attachment_data(kept[2].id) == samples.PDF
    finally:
        store.close()


def test_day_one_classic_photos_come_along(tmp_path: Path) -> None:
    journal = shutil.copytree(FIXTURES / "dayone-classic" / "Work.dayone", tmp_path / "Work.dayone")
    (journal / "photos" / "C1.jpg").write_bytes(samples.JPEG)
    found = read_source(tmp_path / "Work.dayone", "dayone-classic")
    with_photo = [e for e in found.entries if e.attachments]
    assert [[a.name for a in e.attachments] for e in with_photo] == [["C1.jpg"]]
    assert with_photo[0].attachments[0].read() == samples.JPEG and found.left_out == []


def test_journey_photos_come_along_from_beside_their_entry(tmp_path: Path) -> None:
    files = {p.name: p.read_bytes() for p in sorted((FIXTURES / "journey").iterdir())}
    files["1700000000000-aaaa-photo.jpg"] = samples.JPEG
    for source in (zipped(tmp_path / "journey.zip", files), unpacked(tmp_path / "journey", files)):
        found = read_source(source, "journey")
        review = next(e for e in found.entries if e.title == "Pipeline review")
        assert [(a.name, a.read()) for a in review.attachments] == [
            ("1700000000000-aaaa-photo.jpg", samples.JPEG)
        ]
        assert found.left_out == []
