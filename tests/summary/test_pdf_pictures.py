"""The PDF summary prints a reflection's pictures under it, scaled to the page and never
enlarged, names its other files, leaves the pictures out when asked, and never prints a
private answer's picture (read back with pdfimages)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QColor, QImage

from coachdesk.coaching.flows import FlowLibrary
from coachdesk.coaching.reflections import NewReflection
from coachdesk.coaching.summary import SummaryRequest
from coachdesk.storage import JournalStore
from coachdesk.summary.export import PdfOptions, export_pdf
from coachdesk.summary.gather import read_summary
from coachdesk.summary.pictures import PRINT_DPI, SCREEN_DPI, for_paper
from tests.attachment_samples import PDF
from tests.summary.test_export import SINCE, UNTIL, answered, at, text_of

pytestmark = pytest.mark.pdf_tools("pdfimages", "pdftotext")


def picture(width: int, height: int, colour: str) -> bytes:
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor(colour))
    array = QByteArray()
    buffer = QBuffer(array)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")  # type: ignore[call-overload]
    return bytes(array.data())


@pytest.fixture
def pictured(store: JournalStore, library: FlowLibrary) -> JournalStore:
    """A debrief with a large photo, a small picture and a PDF; another whose private
    answer holds a picture."""
    debrief = library.get("deal-debrief")
    assert debrief is not None
    first = store.add(
        NewReflection(debrief, answered(library, "deal-debrief", ["Whiteboard day"]), at(UNTIL))
    )
    store.attach(first, "whiteboard.png", picture(4000, 3000, "#3366cc"))
    store.attach(first, "logo.png", picture(120, 60, "#cc6633"))
    store.attach(first, "Proposal v3.pdf", PDF)
    second = store.add(
        NewReflection(
            debrief, answered(library, "deal-debrief", ["Napkin", "Org chart"]), at(SINCE)
        )
    )
    question = store.get(second).answers[0].question_id
    store.attach(second, "napkin.png", picture(800, 600, "#339966"), question)
    store.set_private(second, question, True)
    return store


def images(pdf: Path) -> list[tuple[int, int]]:
    """(width, height) in pixels of every image in the PDF (pdfimages -list)."""
    listed = subprocess.run(
        ["pdfimages", "-list", str(pdf)], capture_output=True, text=True, check=True
    ).stdout.splitlines()[2:]
    found = []
    for line in listed:
        fields = line.split()
        if fields[2] == "image":  # not the soft masks of transparent ones
            found.append((int(fields[3]), int(fields[4])))
    return found


def export(store: JournalStore, target: Path, **kw: object) -> Path:
    request = SummaryRequest(SINCE, UNTIL, **kw)  # type: ignore[arg-type]
    export_pdf(read_summary(store, request, UNTIL), target, PdfOptions(author="Tester"))
    return target


def test_the_pictures_are_printed_scaled_to_the_page_and_the_files_named(
    qapp: object, pictured: JournalStore, tmp_path: Path
) -> None:
    pdf = export(pictured, tmp_path / "summary.pdf")
    found = sorted(images(pdf))
    assert len(found) == 2  # the whiteboard and the logo; not the private napkin
    small, large = found
    assert small == (120, 60)  # the logo as it is: never enlarged
    # The photo made small enough for the text's width (158 mm) and half a page's height
    # (115 mm) at 200 dpi: here the height decides.
    assert large[0] <= round(158 / 25.4 * PRINT_DPI)
    assert abs(large[1] - 115 / 25.4 * PRINT_DPI) <= 1
    assert large[0] / large[1] == pytest.approx(4 / 3, 0.01)
    text = " ".join(text_of(pdf).split())
    assert "Files: Proposal v3.pdf" in text
    assert "whiteboard.png" in text and "napkin" not in text


def test_with_the_option_off_no_picture_is_printed_and_files_are_still_named(
    qapp: object, pictured: JournalStore, tmp_path: Path
) -> None:
    pdf = export(pictured, tmp_path / "summary.pdf", pictures=False)
    assert images(pdf) == []
    assert "Files: Proposal v3.pdf" in " ".join(text_of(pdf).split())


def test_a_private_answers_picture_is_printed_only_when_private_answers_are_asked_for(
    qapp: object, pictured: JournalStore, tmp_path: Path
) -> None:
    pdf = export(pictured, tmp_path / "summary.pdf", include_private=True)
    assert (800, 600) in images(pdf)  # 800 px at 96 per inch fits: as it is


def test_a_picture_for_paper_is_never_larger_than_its_own_size(qapp: object) -> None:
    made = for_paper(picture(300, 200, "#000000"))
    assert made is not None
    data, width, height = made
    assert (width, height) == (300, 200)
    assert QImage.fromData(data).width() == 300
    made = for_paper(picture(3000, 6000, "#000000"))
    assert made is not None
    _, width, height = made
    assert height == round(115 / 25.4 * SCREEN_DPI) and abs(width - height / 2) <= 1
    assert for_paper(b"not a picture") is None


def test_export_pdf_on_the_command_line_prints_the_pictures_unless_told_not_to(
    qapp: object, tmp_path: Path, library: FlowLibrary
) -> None:
    """What the window's export child runs: `coachdesk export-pdf [--no-pictures]`."""
    journal = tmp_path / "j.sqlite"
    store = JournalStore.open(journal)
    debrief = library.get("deal-debrief")
    assert debrief is not None
    made = store.add(
        NewReflection(debrief, answered(library, "deal-debrief", ["Whiteboard"]), at(UNTIL))
    )
    store.attach(made, "whiteboard.png", picture(640, 480, "#3366cc"))
    store.close()

    def export_pdf_command(*extra: str) -> Path:
        target = tmp_path / f"out{len(extra)}.pdf"
        result = subprocess.run(
            [sys.executable, "-m", "coachdesk", "export-pdf", "--journal", str(journal)]
            + ["--from", SINCE.isoformat(), "--to", UNTIL.isoformat(), "-o", str(target)]
            + list(extra),
            capture_output=True,
            text=True,
        )
        assert result.returncode == 0, result.stderr
        return target

    assert images(export_pdf_command()) == [(640, 480)]
    assert images(export_pdf_command("--no-pictures")) == []
