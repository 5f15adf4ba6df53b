"""The PDF: every included answer and no private one, fonts embedded, pages numbered,
Dutch, emoji and right-to-left text intact, all or nothing on disk."""

from __future__ import annotations

import re
import subprocess
import unicodedata
from dataclasses import replace
from datetime import date, datetime, time, timedelta
from pathlib import Path

import pytest
from PySide6.QtGui import QGuiApplication

from coachdesk.coaching.flows import FlowLibrary, QuestionKind
from coachdesk.coaching.reflections import Answer, NewReflection
from coachdesk.coaching.summary import Preset, Section, SummaryRequest
from coachdesk.storage import JournalStore
from coachdesk.summary import pages as summary_pages
from coachdesk.summary.export import Cancelled, ExportFailed, PdfOptions, export_pdf
from coachdesk.summary.gather import read_summary
from tests.platforms import assert_mode

pytestmark = pytest.mark.pdf_tools("pdftotext", "pdffonts", "qpdf")
SINCE, UNTIL = date(2026, 8, 1), date(2026, 11, 20)
DUTCH = "Eén café met de inkoper; hij twijfelde over de prijs — “gunfactor”, zeiden ze."
EMOJI = "Het ging goed 🙂 👍 ☕"
HEBREW = "שלום עולם"
ARABIC = "مرحبا بالعالم"
SECRET = "Dit is geheim en blijft in het dagboek"


def at(day: date) -> datetime:
    return datetime.combine(day, time(17)).astimezone()


def answered(library: FlowLibrary, flow_id: str, texts: list[str]) -> tuple[Answer, ...]:
    flow = library.get(flow_id)
    assert flow is not None
    given = []
    for position, question in enumerate(flow.questions):
        blank = Answer.blank(question, position)
        if question.kind is QuestionKind.SCALE:
            given.append(replace(blank, rating=4))
        elif question.kind is QuestionKind.STAGE:
            given.append(replace(blank, stage="proposal"))
        elif texts:
            given.append(replace(blank, text=texts.pop(0)))
    return tuple(given)


def export(
    store: JournalStore, target: Path, private: object = None, include: bool = False, **kw: object
) -> int:
    QGuiApplication.instance() or pytest.fail("tests run with a QApplication")
    request = SummaryRequest(SINCE, UNTIL, include_private=include, **kw)  # type: ignore[arg-type]
    extra = {"private": private} if private else {}
    data = read_summary(store, request, UNTIL, **extra)  # type: ignore[arg-type]
    return export_pdf(data, target, PdfOptions(author="Tester"))


def text_of(pdf: Path) -> str:
    raw = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True)
    # Bidi marks out, Arabic presentation forms back to letters.
    return unicodedata.normalize("NFKC", re.sub("[\u202a-\u202e\u200e\u200f]", "", raw.stdout))


def test_every_included_answer_is_in_the_pdf(
    qapp: object, filled: JournalStore, tmp_path: Path
) -> None:
    pdf = tmp_path / "summary.pdf"
    pages = export(filled, pdf)
    text = " ".join(text_of(pdf).split())
    for reflection in filled.every_reflection():
        inside = SINCE <= reflection.created_at.astimezone().date() <= UNTIL
        for answer in reflection.answers:
            if answer.text and answer.kind is QuestionKind.TEXT and "\u05e9" not in answer.text:
                if answer.text.isascii() or answer.text == DUTCH:
                    assert (" ".join(answer.text.split()) in text) == inside, answer.text
    assert "Buiten de periode" not in text
    assert pages > 3


def test_past_the_memory_budget_pages_are_laid_out_again_the_same(
    qapp: object, filled: JournalStore, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    layouts: list[int] = []
    prepare = summary_pages.prepare

    def counted(doc, device, width):  # type: ignore[no-untyped-def]
        layouts.append(doc.characterCount())
        return prepare(doc, device, width)

    monkeypatch.setattr(summary_pages, "prepare", counted)
    whole = tmp_path / "kept.pdf"
    pages = export(filled, whole)
    once = len(layouts)  # every text laid out once: all kept for painting
    layouts.clear()
    monkeypatch.setattr(summary_pages, "KEEP_CHARACTERS", 2000)  # a few paragraphs
    again = tmp_path / "laid-out-again.pdf"
    assert export(filled, again) == pages
    assert once < len(layouts) < 2 * once  # past the budget, laid out again to paint
    assert text_of(again) == text_of(whole)  # the same words on the same pages


def test_dutch_emoji_and_right_to_left_text_survive(
    qapp: object, filled: JournalStore, tmp_path: Path
) -> None:
    pdf = tmp_path / "summary.pdf"
    export(filled, pdf, sections=frozenset({Section.REFLECTIONS}))
    text = text_of(pdf)
    assert DUTCH in " ".join(text.split())
    for emoji in ("🙂", "👍", "☕"):
        assert emoji in text
    for word in HEBREW.split() + ARABIC.split():
        assert word in text, word


def test_a_private_answer_stays_out_unless_ticked_in(
    qapp: object, filled: JournalStore, tmp_path: Path
) -> None:
    def private(answer: Answer) -> bool:
        return answer.text == SECRET

    left_out = tmp_path / "without.pdf"
    export(filled, left_out, private=private)
    assert SECRET not in " ".join(text_of(left_out).split())
    assert DUTCH in " ".join(text_of(left_out).split())
    ticked = tmp_path / "with.pdf"
    export(filled, ticked, private=private, include=True)
    assert SECRET in " ".join(text_of(ticked).split())


def test_the_pdf_is_valid_with_every_font_embedded_and_pages_numbered(
    qapp: object, filled: JournalStore, tmp_path: Path
) -> None:
    pdf = tmp_path / "summary.pdf"
    pages = export(filled, pdf)
    check = subprocess.run(["qpdf", "--check", str(pdf)], capture_output=True, text=True)
    assert check.returncode == 0, check.stdout + check.stderr
    fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True)
    rows = fonts.stdout.splitlines()[2:]
    assert {r.split()[0] for r in rows} >= {
        "NotoSans-Regular",
        "NotoSans-Bold",
        "CoachdeskEmoji-Regular",
    }
    assert all(" yes " in row for row in rows), fonts.stdout  # emb
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    assert re.search(rf"^Pages:\s+{pages}$", info, re.M)
    assert re.search(r"^Author:\s+Tester$", info, re.M) and "Summary" in info
    per_page = text_of(pdf).split("\f")
    for number in range(1, pages + 1):
        assert f"Page {number} of {pages}" in per_page[number - 1]


def test_the_prep_is_one_page(qapp: object, filled: JournalStore, tmp_path: Path) -> None:
    filled.add_commitment("Brouwer bellen over de pilot", due=UNTIL + timedelta(days=2))
    pdf = tmp_path / "prep.pdf"
    assert export(filled, pdf, preset=Preset.PREP) == 1
    text = text_of(pdf)
    assert "Coaching prep" in text and "On the agenda" in text and "more" in text
    assert "Page 1 of 1" in text


def test_a_cancelled_or_failing_export_leaves_the_file_as_it_was(
    qapp: object, filled: JournalStore, tmp_path: Path
) -> None:
    data = read_summary(filled, SummaryRequest(SINCE, UNTIL), UNTIL)
    existing = tmp_path / "old.pdf"
    existing.write_bytes(b"the earlier export")
    calls = []

    def stop(done: int, total: int, text: str) -> None:
        calls.append(done)
        if len(calls) > 3:
            raise Cancelled

    with pytest.raises(Cancelled):
        export_pdf(data, existing, PdfOptions(), stop)
    with pytest.raises(Cancelled):
        export_pdf(data, tmp_path / "new.pdf", PdfOptions(), stop)

    def broken(done: int, total: int, text: str) -> None:
        raise RuntimeError("disk on fire")

    with pytest.raises(RuntimeError):
        export_pdf(data, existing, PdfOptions(), broken)
    with pytest.raises(ExportFailed):
        export_pdf(data, tmp_path / "no-such-folder" / "x.pdf", PdfOptions())
    with pytest.raises(ExportFailed):
        export_pdf(data, tmp_path, PdfOptions())  # a folder
    assert existing.read_bytes() == b"the earlier export"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["old.pdf"]


def test_a_new_pdf_is_readable_by_its_owner_only(
    qapp: object, filled: JournalStore, tmp_path: Path
) -> None:
    pdf = tmp_path / "mine.pdf"
    export(filled, pdf, sections=frozenset({Section.OVERVIEW}))
    assert_mode(pdf, 0o600)


def test_the_prep_starts_with_your_own_preparation_without_what_you_kept_private(
    qapp: object, filled: JournalStore, library: FlowLibrary, tmp_path: Path
) -> None:
    flow = library.get("prepare-coaching")
    assert flow is not None
    texts = ["Helderheid over Brouwer", "De nabespreking van vorige week", "Prijs", "Mijn target"]
    made = filled.add(NewReflection(flow, answered(library, "prepare-coaching", texts), at(UNTIL)))
    filled.set_private(made, "leave-out", True)
    pdf = tmp_path / "prep.pdf"
    assert export(filled, pdf, preset=Preset.PREP) == 1
    text = text_of(pdf)
    assert "From your preparation of" in text
    assert "Helderheid over Brouwer" in text and "What do you want from this hour?" in text
    assert text.index("Helderheid over Brouwer") < text.index("Your latest reflections")
    assert "Mijn target" not in text  # private
    too_old = tmp_path / "old.pdf"
    filled.delete(made)
    older = filled.add(
        NewReflection(flow, answered(library, "prepare-coaching", texts), at(UNTIL - timedelta(30)))
    )
    assert older and export(filled, too_old, preset=Preset.PREP) == 1
    assert "From your preparation" not in text_of(too_old)  # that was for an earlier hour
