"""The spell check's words and verdicts, in Dutch and English, with Hunspell's dictionaries."""

from __future__ import annotations

import subprocess
import sys

import pytest
from hypothesis import given
from hypothesis import strategies as st

from coachdesk.spelling.checker import Speller
from coachdesk.spelling.words import changed_span, words


@pytest.fixture(scope="module")
def speller() -> Speller:
    loaded = Speller()
    loaded.load("nl")
    loaded.load("en")
    return loaded


def misspelt_words(speller: Speller, line: str, language: str) -> list[str]:
    return [line[start : start + n] for start, n in speller.misspelt(line, language)]


def test_words_leave_out_acronyms_numbers_links_and_addresses() -> None:
    line = "De KPI van Q3 staat op https://intra.net/kpi, mail jan@dekker.nl of C:\\data x"
    assert [w for _, w in words(line)] == ["De", "van", "staat", "op", "mail", "of"]


def test_words_keep_apostrophes_and_hyphens_inside() -> None:
    assert [w for _, w in words("auto's, zo’n e-mail 'quoted'")] == [
        "auto's",
        "zo’n",
        "e-mail",
        "quoted",
    ]


def test_dutch_misspellings_are_found(speller: Speller) -> None:
    line = "De klant wilde eigelijk geen afspraak, maar het verkoopgesprk ging goed."
    assert misspelt_words(speller, line, "nl") == ["eigelijk", "verkoopgesprk"]


def test_english_misspellings_are_found(speller: Speller) -> None:
    line = "The custmer wanted a meetng before the proposal, didn’t she?"
    assert misspelt_words(speller, line, "en") == ["custmer", "meetng"]


def test_each_language_has_its_own_dictionary(speller: Speller) -> None:
    assert misspelt_words(speller, "the customer", "nl") == ["customer"]
    assert misspelt_words(speller, "de klant", "en") == ["klant"]


def test_suggestions_in_both_languages(speller: Speller) -> None:
    assert speller.suggestions("eigelijk", "nl")[0] == "eigenlijk"
    assert speller.suggestions("custmer", "en")[0] == "customer"


def test_own_words_count_as_right_in_both_languages_and_are_suggested() -> None:
    speller = Speller(own_words=["Dekkerhof"])
    speller.load("nl")
    speller.load("en")
    assert speller.misspelt("Dekkerhof en Dekkerhof's offerte", "nl") == []
    assert speller.misspelt("Dekkerhof’s proposal", "en") == []
    assert "Dekkerhof" in speller.suggestions("Dekerhof", "nl")
    assert "Dekkerhof" not in speller.suggestions("Dekerhof", "nl", own=False)
    assert misspelt_words(speller, "Zuidkamp belde", "nl") == ["Zuidkamp"]
    speller.add_own("Zuidkamp")  # a verdict already given is given again
    assert speller.misspelt("Zuidkamp belde", "nl") == []
    speller.remove_own("Zuidkamp")
    assert misspelt_words(speller, "Zuidkamp belde", "nl") == ["Zuidkamp"]


def test_a_dictionary_not_loaded_marks_nothing() -> None:
    speller = Speller()
    assert not speller.is_loaded("nl")
    assert speller.misspelt("klnt", "nl") == []


def test_the_language_of_a_text(speller: Speller) -> None:
    dutch = "De klant wilde eigenlijk geen afspraak, maar ik vroeg door."
    english = "The customer did not want a meeting, but I asked why."
    assert speller.language_of([dutch], "en") == "nl"
    assert speller.language_of([english], "nl") == "en"
    assert speller.language_of(["Dekkerhof"], "nl") == "nl"  # too little to tell


def test_spelling_loads_no_qt() -> None:
    code = (
        "import sys, coachdesk.spelling.checker as c\n"
        "s = c.Speller(); s.load('nl'); s.misspelt('de klnt', 'nl')\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6')))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"


def test_changed_span_covers_the_edit_in_whole_words() -> None:
    old = "de klant wilde geen afspraak"
    new = "de klant wildde geen afspraak"
    start, old_end, new_end = changed_span(old, new)
    assert (new[start:new_end], old[start:old_end]) == ("wildde", "wilde")


PIECES = [
    "klant",
    "klnt",
    " ",
    "  ",
    "\t",
    "the",
    "custmer",
    "'",
    "’s",
    "-",
    "KPI",
    "3",
    "jan@x.nl",
    "https://x.nl/a",
    "a/b",
    "é",
    "Dekkerhof",
    "_",
    ".",
    ",",
]


@given(
    st.lists(st.sampled_from(PIECES), max_size=30),
    st.lists(st.sampled_from(PIECES), max_size=30),
    st.integers(min_value=0, max_value=30),
    st.sampled_from(["nl", "en"]),
)
def test_looking_again_at_the_changed_part_finds_what_a_full_check_finds(
    speller: Speller, head: list[str], inserted: list[str], cut: int, language: str
) -> None:
    old = "".join(head)
    at = min(cut, len(old))
    for new in (old[:at] + "".join(inserted) + old[at:], old[:at] + old[at + cut // 2 :]):
        before = speller.misspelt_again(old, language, None)
        again = speller.misspelt_again(new, language, before)
        assert list(again.found) == speller.misspelt(new, language), (old, new)


def test_a_word_added_since_is_looked_at_again() -> None:
    speller = Speller()
    speller.load("nl")
    before = speller.misspelt_again("Belde Zuidkamp terug", "nl", None)
    assert before.found == ((6, 8),)
    speller.add_own("Zuidkamp")
    assert speller.misspelt_again("Belde Zuidkamp terug.", "nl", before).found == ()
