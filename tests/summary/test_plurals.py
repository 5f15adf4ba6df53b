"""The PDF counts in words that agree with the number ("1 check-in"), in the window's
language, also in the export child; and the prep names each commitment once."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from coachdesk.coaching.flows import FlowLibrary
from coachdesk.coaching.reflections import NewReflection
from coachdesk.coaching.summary import Preset, Section
from coachdesk.i18n import install_translations, translations_dir
from coachdesk.storage import JournalStore
from tests.summary.test_export import UNTIL, answered, at, export, text_of
from tests.test_translations import qt_tool

ENGLISH = translations_dir() / "coachdesk_en.ts"


@pytest.fixture
def english(qapp: QApplication, tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """English with its plural forms, from a .qm made now from the .ts."""
    folder = tmp_path_factory.mktemp("en")
    qm = folder / "coachdesk_en.qm"
    subprocess.run([qt_tool("lrelease"), "-silent", str(ENGLISH), "-qm", str(qm)], check=True)
    assert install_translations(qapp, "en", folder)
    yield
    install_translations(qapp, "en", tmp_path_factory.mktemp("none"))  # no translator again


def words(pdf: Path) -> str:
    return " ".join(text_of(pdf).split())


def one_of_each(store: JournalStore, library: FlowLibrary, reflections: int = 1) -> None:
    weekly = library.get("weekly-reflection")
    assert weekly is not None
    for day in range(reflections):
        texts = [f"Een gesprek op dag {day}."]
        store.add(
            NewReflection(
                weekly,
                answered(library, "weekly-reflection", texts),
                at(UNTIL - timedelta(days=day)),
            )
        )
    store.add_check_in(3, 4, 3, 40)


def test_one_reflection_and_one_check_in_are_counted_in_the_singular(
    english: None, store: JournalStore, library: FlowLibrary, tmp_path: Path
) -> None:
    one_of_each(store, library)
    pdf = tmp_path / "one.pdf"
    parts = frozenset({Section.OVERVIEW, Section.REFLECTIONS})
    export(store, pdf, sections=parts)
    text = words(pdf)
    assert "1 finished reflection " in text and "1 finished reflections" not in text
    assert "1 finished reflection, by kind" in text
    assert "1 check-in " in text and "1 check-ins" not in text
    assert "0 commitments done" in text  # zero takes the plural, as in English
    assert "in a row with a weekly reflection" not in text  # a count, not a streak
    assert "1 weekly reflection " in text and "1 weekly reflections" not in text


def test_more_than_one_stay_plural(
    english: None, store: JournalStore, library: FlowLibrary, tmp_path: Path
) -> None:
    one_of_each(store, library, reflections=2)
    pdf = tmp_path / "two.pdf"
    export(store, pdf, sections=frozenset({Section.OVERVIEW, Section.REFLECTIONS}))
    text = words(pdf)
    assert "2 finished reflections " in text and "2 finished reflections, by kind" in text


def test_the_export_child_speaks_english_plurals(tmp_path: Path) -> None:
    """The window's PDF is written by `coachdesk export-pdf --language LANG`: it loads the
    plural forms too (coachdesk_en.qm, built from the .ts by make or the wheel)."""
    journal = tmp_path / "j.sqlite"
    notes = tmp_path / "in.jsonl"
    notes.write_text('{"date": "2026-10-01", "title": "Klant", "text": "Eerste gesprek"}\n')
    pdf = tmp_path / "out.pdf"
    for argv in (
        ["import", str(notes)],
        ["export-pdf", "--from", "2026-09-01", "--to", "2026-10-31", "--language", "en"]
        + ["--sections", "overview", "-o", str(pdf)],
    ):
        result = subprocess.run(
            [sys.executable, "-m", "coachdesk", *argv, "--journal", str(journal)],
            capture_output=True,
            text=True,
        )
        assert result.returncode == 0, result.stderr
    assert "1 finished reflection " in words(pdf)


def test_the_prep_lists_a_commitment_once(
    qapp: object, store: JournalStore, library: FlowLibrary, tmp_path: Path
) -> None:
    one_of_each(store, library)
    soon = "Brouwer bellen over de pilot"
    store.add_commitment(soon, due=UNTIL + timedelta(days=2))  # due soon: on the agenda
    later = "Offerte Dekker nalopen"
    store.add_commitment(later, due=UNTIL + timedelta(days=30))
    pdf = tmp_path / "prep.pdf"
    assert export(store, pdf, preset=Preset.PREP) == 1
    text = words(pdf)
    assert text.count(soon) == 1 and text.count(later) == 1
    assert text.index("Commitments due soon") < text.index(soon) < text.index(later)
    assert "Other open commitments" in text
