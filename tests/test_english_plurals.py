"""English is the source language, yet it needs its plural forms from a translation file
(resources/i18n/coachdesk_en.ts, plurals only): the code says "%n pages", one is "1 page"."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from coachdesk.i18n import install_translations, installed_languages, translations_dir
from tests.test_translations import ROOT, entries, qt_tool

ENGLISH = translations_dir() / "coachdesk_en.ts"


def test_every_plural_in_the_code_has_its_english_forms(tmp_path: Path) -> None:
    fresh = tmp_path / "coachdesk_en.ts"
    subprocess.run(
        [qt_tool("lupdate"), "-silent", "-pluralonly", "-extensions", "py", "coachdesk"]
        + ["-ts", str(fresh)],
        cwd=ROOT,
        check=True,
    )
    in_code = {e.key for e in entries(fresh)}
    given = {e.key: e for e in entries(ENGLISH)}
    missing = sorted(in_code - set(given))
    assert missing == [], "run `make translations`, then give these their English forms"
    assert sorted(set(given) - in_code) == [], "gone from the code: run `make translations`"
    assert [e.source for e in given.values() if e.kind or len(e.forms) != 2] == []
    assert [e.source for e in given.values() if e.forms[1] != e.source] == []  # other = source


def test_english_speaks_its_plurals_and_gives_way_to_dutch(
    qapp: QApplication, tmp_path: Path
) -> None:
    for language in ("en", "nl"):
        source = translations_dir() / f"coachdesk_{language}.ts"
        qm = tmp_path / f"coachdesk_{language}.qm"
        subprocess.run([qt_tool("lrelease"), "-silent", str(source), "-qm", str(qm)], check=True)

    def minutes(n: int) -> str:
        return QCoreApplication.translate("SessionSummary", "%n minutes", "", n)

    try:
        assert install_translations(qapp, "en", tmp_path)
        assert installed_languages(qapp) == []  # English is no other language
        assert (minutes(1), minutes(0), minutes(2)) == ("1 minute", "0 minutes", "2 minutes")
        saved = QCoreApplication.translate("PdfExport", "Saved the PDF (%n pages) to %1.", "", 1)
        assert saved == "Saved the PDF (1 page) to %1."
        assert install_translations(qapp, "nl", tmp_path)
        assert QCoreApplication.translate("PdfExport", "Export PDF") != "Export PDF"
        assert minutes(1) != "1 minute"  # the English forms are gone
    finally:
        install_translations(qapp, "en", tmp_path / "none")  # no translator, as before


@pytest.mark.parametrize("n", [1, 2])
def test_without_the_file_english_still_works(qapp: QApplication, tmp_path: Path, n: int) -> None:
    assert install_translations(qapp, "en", tmp_path)  # nothing to load: English all the same
    assert QCoreApplication.translate("SessionSummary", "%n minutes", "", n) == f"{n} minutes"
