"""The Dutch UI (resources/i18n/coachdesk_nl.ts): complete, faithful to its sources, and
really loaded by coachdesk.i18n; a new string in the code fails here until it is translated."""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import PySide6
import pytest
from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMenu
from pytestqt.qtbot import QtBot

from coachdesk.coaching.flows import FlowLibrary
from coachdesk.i18n import install_translations, installed_languages, translations_dir
from coachdesk.settings import Settings
from coachdesk.storage import JournalStore
from coachdesk.ui.journal.journal_actions import menu_titles

ROOT = Path(__file__).resolve().parent.parent
TS = ROOT / "resources" / "i18n" / "coachdesk_nl.ts"
# Plural forms per language, as Qt Linguist counts them (Dutch: one, other).
NUMERUS_FORMS = {"nl": 2}
PLACEHOLDER = re.compile(r"%(?:L?[1-9]|n)")
TAG = re.compile(r"</?[A-Za-z][^>]*>")
ACCELERATOR = re.compile(r"&([^&\s])")


@dataclass(frozen=True)
class Entry:
    context: str
    source: str
    comment: str
    numerus: bool
    kind: str | None  # the translation's type: None when finished
    forms: tuple[str, ...]

    @property
    def key(self) -> tuple[str, str, str, bool]:
        return (self.context, self.source, self.comment, self.numerus)


def entries(path: Path) -> list[Entry]:
    found = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            numerus = message.get("numerus") == "yes"
            forms = (
                tuple(f.text or "" for f in translation.findall("numerusform"))
                if numerus
                else (translation.text or "",)
            )
            found.append(
                Entry(
                    name,
                    message.findtext("source") or "",
                    message.findtext("comment") or "",
                    numerus,
                    translation.get("type"),
                    forms,
                )
            )
    return found


def qt_tool(name: str) -> str:
    """lupdate / lrelease as shipped inside the PySide6 package."""
    folder = Path(PySide6.__file__).parent
    tool = folder / (f"{name}.exe" if sys.platform == "win32" else name)
    assert tool.is_file(), f"PySide6 ships no {name}"
    return str(tool)


def accelerators(text: str) -> list[str]:
    return [letter.casefold() for letter in ACCELERATOR.findall(text.replace("&&", ""))]


@pytest.fixture(scope="module")
def dutch() -> list[Entry]:
    return entries(TS)


@pytest.fixture(scope="module")
def compiled(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A .qm made now from the .ts (not whatever `make` built earlier)."""
    folder = tmp_path_factory.mktemp("i18n")
    subprocess.run(
        [qt_tool("lrelease"), "-silent", str(TS), "-qm", str(folder / "coachdesk_nl.qm")],
        check=True,
    )
    return folder


@pytest.fixture
def in_dutch(qapp: QApplication, compiled: Path) -> Iterator[QApplication]:
    """The application speaking Dutch for one test, English again afterwards."""
    assert install_translations(qapp, "nl", compiled)
    yield qapp
    install_translations(qapp, "en")


def test_the_dutch_file_is_where_the_app_looks() -> None:
    assert TS.parent == ROOT / "resources" / "i18n"
    assert (translations_dir() / TS.name).is_file()


def test_every_entry_is_translated_and_none_left_behind(dutch: list[Entry]) -> None:
    assert len(dutch) > 500
    unfinished = [e.source for e in dutch if e.kind == "unfinished"]
    gone = [e.source for e in dutch if e.kind in ("vanished", "obsolete")]
    empty = [e.source for e in dutch if any(not form.strip() for form in e.forms)]
    assert unfinished == [], "translate these in pyside6-linguist"
    assert gone == [], "run `make translations` to drop them"
    assert empty == []


def test_plural_entries_have_every_dutch_form(dutch: list[Entry]) -> None:
    language = ET.parse(TS).getroot().get("language", "")
    wanted = NUMERUS_FORMS[language.split("_")[0]]
    plurals = [e for e in dutch if e.numerus]
    assert plurals, "the %n sentences are plural entries"
    assert [e.source for e in plurals if len(e.forms) != wanted] == []
    # lupdate marks an entry as plural only for self.tr(text, comment, n).
    assert [e.source for e in dutch if not e.numerus and "%n" in e.source] == []


def test_placeholders_markup_and_edges_survive(dutch: list[Entry]) -> None:
    wrong = []
    for entry in dutch:
        for form in entry.forms:
            if sorted(PLACEHOLDER.findall(form)) != sorted(PLACEHOLDER.findall(entry.source)):
                wrong.append(("placeholders", entry.source, form))
            if sorted(TAG.findall(form)) != sorted(TAG.findall(entry.source)):
                wrong.append(("markup", entry.source, form))
            # " minutes" after a number, "What happened: " before the text: spacing is layout.
            for edge in (str.startswith, str.endswith):
                for blank in (" ", "\n"):
                    if edge(entry.source, blank) != edge(form, blank):
                        wrong.append(("spacing", entry.source, form))
            if entry.source.endswith("…") != form.endswith("…"):
                wrong.append(("an ellipsis says a dialog follows", entry.source, form))
    assert wrong == []


def test_accelerators_are_kept_one_per_text(dutch: list[Entry]) -> None:
    wrong = [
        (e.source, form)
        for e in dutch
        for form in e.forms
        if len(accelerators(form)) != len(accelerators(e.source)) or len(accelerators(form)) > 1
    ]
    assert wrong == []


def test_the_menu_titles_have_letters_of_their_own_in_dutch(in_dutch: QApplication) -> None:
    titles = list(menu_titles().values())
    assert titles[0] == "&Dagboek"
    letters = [accelerators(t) for t in titles]
    assert all(len(found) == 1 for found in letters), titles
    assert len({found[0] for found in letters}) == len(titles), titles


def test_every_dutch_menu_has_letters_of_its_own(
    in_dutch: QApplication,
    qtbot: QtBot,
    tmp_path: Path,
    store: JournalStore,
    library: FlowLibrary,
) -> None:
    from coachdesk.ui.journal.journal_view import JournalView
    from coachdesk.ui.main_window import MainWindow

    settings = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    window = MainWindow(settings)
    qtbot.addWidget(window)
    window.hold(JournalView(store, library, settings))
    try:
        menus = [a.menu() for a in window.menuBar().actions()]
        assert [m.title() for m in menus if isinstance(m, QMenu)][:2] == ["&Dagboek", "&Zoeken"]
        clashes = []
        for menu in menus:
            assert isinstance(menu, QMenu)
            seen: dict[str, str] = {}
            for action in menu.actions():
                for letter in accelerators(action.text()):
                    if letter in seen:
                        clashes.append((menu.title(), seen[letter], action.text()))
                    seen[letter] = action.text()
        assert clashes == []
    finally:
        window.close()  # while the journal is still open


def test_a_freshly_compiled_translation_speaks_dutch(qapp: QApplication, compiled: Path) -> None:
    english = QCoreApplication.translate("JournalView", "&Journal")
    try:
        assert install_translations(qapp, "nl", compiled)
        assert QCoreApplication.translate("JournalView", "&Journal") == "&Dagboek"
        assert QCoreApplication.translate("", "Summary") == "Samenvatting"  # the PDF's
        # Qt's own: the standard buttons of every dialog.
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        assert cancel.text() == "Annuleren"
        buttons.deleteLater()
        # Switching again replaces the translators rather than stacking them.
        assert install_translations(qapp, "nl_NL", compiled)
        assert len(installed_languages(qapp)) == 2
    finally:
        assert install_translations(qapp, "en")
    assert installed_languages(qapp) == []
    assert QCoreApplication.translate("JournalView", "&Journal") == english == "&Journal"


def test_a_language_without_a_translation_is_refused(qapp: QApplication, compiled: Path) -> None:
    assert not install_translations(qapp, "de", compiled)
    assert installed_languages(qapp) == []


def test_lupdate_finds_no_string_the_translation_lacks(tmp_path: Path, dutch: list[Entry]) -> None:
    fresh = tmp_path / "coachdesk_nl.ts"
    subprocess.run(
        [qt_tool("lupdate"), "-silent", "-extensions", "py", "coachdesk", "-ts", str(fresh)],
        cwd=ROOT,
        check=True,
    )
    in_code = {e.key for e in entries(fresh)}
    translated = {e.key for e in dutch}
    assert sorted(in_code - translated) == [], "new strings: run `make translations`, translate"
    assert sorted(translated - in_code) == [], "gone from the code: run `make translations`"


def test_every_translated_text_is_a_literal_lupdate_can_see() -> None:
    # A helper like `def _tr(text): return translate("Ctx", text)` hides its strings from
    # lupdate: they are never translated, and nothing else fails.
    import ast

    hidden = []
    for module in sorted((ROOT / "coachdesk").rglob("*.py")):
        for node in ast.walk(ast.parse(module.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            name = getattr(node.func, "attr", getattr(node.func, "id", ""))
            text = (
                node.args[1]
                if name == "translate"
                and len(node.args) > 1
                and isinstance(node.args[0], ast.Constant)  # a context, not painter.translate
                else node.args[0]
                if name == "tr" and node.args
                else None
            )
            if text is not None and not isinstance(text, ast.Constant):
                hidden.append(f"{module.relative_to(ROOT)}:{node.lineno}")
    assert hidden == ["coachdesk/summary/style.py:36"]  # tr() itself, which lupdate reads
