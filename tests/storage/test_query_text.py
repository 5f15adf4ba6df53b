"""Reading what was typed as FTS5 does, and cutting snippets around the match."""

from __future__ import annotations

from coachdesk.coaching.reflections import MARK_END, MARK_START
from coachdesk.storage.query_text import fold, parse, snippet


def marked(word: str) -> str:
    return f"{MARK_START}{word}{MARK_END}"


def terms(text: str):  # type: ignore[no-untyped-def]
    parsed = parse(text)
    assert parsed is not None
    return parsed


def test_fold_removes_case_and_accents() -> None:
    assert fold("Één") == "een" and fold("CAFÉ") == "cafe" and fold("naïef") == "naief"


def test_parse_turns_syntax_into_words() -> None:
    assert terms('"NEAR(x:y)" -minus').words == ("NEAR", "x", "y", "minus")
    assert terms("klant").prefix_last and not terms("klant ").prefix_last
    assert terms("klant*").prefix_last
    assert parse("- * ( ) :") is None
    assert terms('say "hi"').fts() == '"say" "hi"'
    assert terms('quo"te').fts() == '"quo" "te"*'


def test_a_match_at_the_start_has_no_leading_ellipsis() -> None:
    assert snippet("Prijs was het niet.", terms("prijs")) == f"{marked('Prijs')} was het niet."


def test_a_late_match_is_shown_in_its_context() -> None:
    text = " ".join(f"w{n}" for n in range(500)) + " de deadline was vrijdag " + "x " * 50
    cut = snippet(text, terms("deadline"), words=8)
    assert cut.startswith("…") and cut.endswith("…")
    assert marked("deadline") in cut and "w499" in cut


def test_without_a_match_the_beginning_is_shown() -> None:
    assert snippet("one two three four", terms("zebra"), words=2) == "one two…"


def test_the_last_word_can_match() -> None:
    assert snippet("a b c d klanten", terms("klant")) == f"a b c d {marked('klanten')}"


def test_words_are_whole_to_the_eye() -> None:
    text = "filler " * 20 + "this week's price talk"
    cut = snippet(text, terms("price"), words=6)
    assert "week's" in cut and "…s" not in cut
