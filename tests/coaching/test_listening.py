"""Listening: which words call for a follow-up (both languages, negation, accents,
inflections, near misses), how a reflection limits them, and the rule format."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from coachdesk.coaching.flows import (
    FlowFormatError,
    Question,
    QuestionKind,
    flow_to_toml,
    parse_flow,
)
from coachdesk.coaching.lexicon import (
    SHORT_ANSWER,
    Lexicon,
    entry_problem,
    fold,
    listening_dir,
    load_lexicon,
    shipped_lexicon,
)
from coachdesk.coaching.listening import (
    MAX_FOLLOWUPS,
    FollowUpRule,
    RuleKind,
    follow_up,
    heard,
)
from coachdesk.coaching.reflections import Answer
from tests.coaching.test_flows_fuzz import toml_value

LEXICON = shipped_lexicon()

# (kind, answer, heard?) — each kind in English and Dutch, with what must stay quiet.
CASES = [
    # price: the brief's own sentences, inflections, false friends, negation
    ("price", "They found us too expensive.", True),
    ("price", "Ze vonden ons te duur.", True),
    ("price", "We lost on pricing, they wanted a discount", True),
    ("price", "De prijzen lagen hoger dan bij de rest", True),
    ("price", "Het prijsverschil was te groot", True),
    ("price", "Ze kozen de goedkopere partij", True),
    ("price", "Er kwam een kortingsvoorstel op tafel", True),
    ("price", "They had no budget left this year", True),
    ("price", "Ze hadden geen budget meer", True),
    ("price", "They couldn’t afford it", True),
    ("price", "Not only the price: also the timing", True),
    ("price", "It was not the price.", False),
    ("price", "Het lag niet aan de prijs.", False),
    ("price", "Not because of the budget", False),
    ("price", "The price was not the problem", False),
    ("price", "Aan de prijs lag het niet", False),
    ("price", "De prijs speelde geen rol", False),
    ("price", "Duurzaamheid was hun eerste vraag", False),
    ("price", "Het traject duurde een half jaar", False),
    ("price", "De klant stelde het erg op prijs", False),
    ("price", "The delay cost us the deal", False),
    ("price", "The demo went well and they asked for references", False),
    # outside
    ("outside", "Nothing anyone could have done, purchasing decided", True),
    ("outside", "Inkoop nam het over en de concurrent won", True),
    ("outside", "De inkoopafdeling koos voor de bestaande leverancier", True),
    ("outside", "The market is dead and timing was bad", True),
    ("outside", "Pech, het budget werd bevroren", True),
    ("outside", "Toen besloot de klant te wachten", True),
    ("outside", "They chose us because of the pilot", False),
    ("outside", "Ze kozen voor ons om de pilot", False),
    ("outside", "Not because of the competitor", False),
    ("outside", "I asked the right questions and listened", False),
    # absolute
    ("absolute", "I always blow the close", True),
    ("absolute", "Ik verpest het altijd bij de afsluiting", True),
    ("absolute", "Niemand belt ooit terug", True),
    ("absolute", "Nobody reads the proposal", True),
    ("absolute", "Elke keer gaat het mis bij inkoop", True),
    ("absolute", "It doesn't always go wrong", False),
    ("absolute", "Het gaat niet altijd mis", False),
    ("absolute", "Almost always at the proposal", False),
    ("absolute", "Bijna nooit bij nieuwe klanten", False),
    ("absolute", "Sometimes it goes wrong at the proposal", False),
    # self-blame
    ("self-blame", "I'm useless at closing", True),
    ("self-blame", "Stom van me, ik had het moeten zien", True),
    ("self-blame", "Misschien ben ik gewoon een slechte verkoper", True),
    ("self-blame", "Ik ben een slechte verkoper", True),
    ("self-blame", "All my fault, I blew it", True),
    ("self-blame", "Het is m'n eigen schuld", True),
    ("self-blame", "It wasn't my fault", False),
    ("self-blame", "Het was niet mijn schuld", False),
    ("self-blame", "I should have asked about the budget earlier", False),
    ("self-blame", "Ik had eerder naar het budget moeten vragen", False),
    # target
    ("target", "I kept thinking about my quota", True),
    ("target", "De cijfers van maandag zaten in mijn hoofd", True),
    ("target", "Mijn targets voor het kwartaal", True),
    ("target", "All I saw was the commission", True),
    ("target", "The target audience was wrong", False),
    ("target", "A number of customers asked for it", False),
    ("target", "I listened to what the planner needed", False),
    # won (a question set that asks it in words)
    ("won", "We won it in the last week", True),
    ("won", "De opdracht is gegund!", True),
    ("won", "We won't sign this quarter", False),
    ("won", "Ze hebben nog niet getekend", False),
]


@pytest.mark.parametrize(("kind", "text", "expected"), CASES)
def test_matching_per_kind_and_language(kind: str, text: str, expected: bool) -> None:
    assert bool(LEXICON.mentions(text, kind)) is expected, LEXICON.mentions(text, kind)


def test_accents_and_case_do_not_matter() -> None:
    assert LEXICON.mentions("De PRÍJS was hoog", "price") == ["prijs"]
    assert LEXICON.mentions("CONCURRÉNT", "outside") == ["concurrent"]
    assert fold("Één Café’s") == "een cafe's"


def test_whole_words_only() -> None:
    # "won" inside "wonderful", "nooit" inside a longer word, "prijs" at the end of one
    assert LEXICON.mentions("A wonderful meeting", "won") == []
    assert LEXICON.mentions("De nooituitgang", "absolute") == []
    assert LEXICON.mentions("De bonusprijs", "price") == []


def test_a_negation_reaches_a_few_words_and_stops_at_the_clause() -> None:
    assert LEXICON.mentions("not really about the price", "price") == []
    # too far away: four words between
    assert LEXICON.mentions("not that it was about the price", "price") == ["price"]
    # a comma, or "but": the clause after it is not negated
    assert LEXICON.mentions("Niet de prijs, wel de timing", "outside") == ["timing"]
    assert LEXICON.mentions("Not the price but the timing", "outside") == ["timing"]
    assert LEXICON.mentions("No, it was the price", "price") == ["price"]


def test_never_is_an_absolute_not_a_negation() -> None:
    assert LEXICON.mentions("It was never about the price", "price") == ["price"]
    assert LEXICON.mentions("It was never about the price", "absolute") == ["never"]


def test_what_was_heard_says_why() -> None:
    rule = rule_of(RuleKind.PRICE, watches=("happened",))
    assert heard(rule, written("happened", "Too expensive, and the discount came late")) == (
        "expensive, discount"
    )


def test_vague_is_a_short_answer_or_i_dont_know() -> None:
    assert LEXICON.unsure_words("dunno") == "1 word"
    assert LEXICON.unsure_words("Geen idee.") == "2 words"
    assert LEXICON.unsure_words("I don't really know, to be honest") == "do not really know"
    assert LEXICON.unsure_words("Ik weet het eigenlijk niet zo goed") == "weet het eigenlijk niet"
    assert LEXICON.unsure_words("It turned when their CFO joined the call") is None
    # "I didn't know" about a fact is not unsure; a long answer with "no idea" in it says plenty
    assert LEXICON.unsure_words("I did not know the CFO had to sign") is None
    long = "No idea why, but I think they wanted a partner who knows their sector and its rules"
    assert LEXICON.unsure_words(long) is None
    assert SHORT_ANSWER == 4


def test_every_list_has_every_word_kind_in_both_languages() -> None:
    for path in sorted(listening_dir().glob("*.toml")):
        one = load_lexicon([path])
        kinds = {k.value for k in RuleKind} - {RuleKind.STRESS.value, RuleKind.VAGUE.value}
        assert kinds <= set(one.words), path.name
        assert set(one.words) <= {k.value for k in RuleKind}, path.name
        assert one.negations and one.unsure and one.dismissals, path.name
    assert {p.stem for p in listening_dir().glob("*.toml")} >= {"en", "nl"}


def test_a_bad_list_is_named() -> None:
    with pytest.raises(ValueError, match="bad.toml"):
        load_lexicon_text('[words]\nprice = ["ok", 3]\n')
    with pytest.raises(ValueError, match="stem needs at least"):
        load_lexicon_text('[words]\nprice = ["pr*"]\n')
    with pytest.raises(ValueError, match="unknown key 'wrods'"):
        load_lexicon_text('[wrods]\nprice = ["price"]\n')


@settings(max_examples=300)
@given(st.text(), st.sampled_from([k.value for k in RuleKind]))
def test_any_text_is_heard_or_not_without_failing(text: str, kind: str) -> None:
    assert isinstance(LEXICON.mentions(text, kind), list)
    found = LEXICON.unsure_words(text)
    assert found is None or isinstance(found, str)


@settings(max_examples=150)
@given(st.lists(st.sampled_from(["not", "niet", "price", "prijs", ",", "but", "maar", "no"])))
def test_word_salad_of_the_listened_words_does_not_fail(words: list[str]) -> None:
    LEXICON.mentions(" ".join(words), "price")


def test_entry_problems_are_named() -> None:
    assert entry_problem("prijs*") is None
    assert entry_problem("they decid*|chose") is None
    assert entry_problem("") == "is empty"
    assert entry_problem("p*") is not None
    assert entry_problem("price!") is not None
    assert entry_problem(3) == "must be text"


# follow_up: one per answer, each rule once, one of each kind, a few in all ----------------

FLOW_TEXT = """
id = "debrief"
title = "Debrief"

[[questions]]
id = "outcome"
kind = "choice"
text = "How did it end?"
choices = [{ id = "won", label = "Won" }, { id = "lost", label = "Lost" }]

[[questions]]
id = "happened"
text = "What happened?"

[[questions]]
id = "turning-point"
text = "Where did it turn?"

[[questions]]
id = "stress"
kind = "scale"
text = "How much stress?"
low = "none"
high = "a lot"

[[followups]]
id = "repeat-win"
kind = "won"
watches = ["outcome"]
choices = ["won"]
text = "What do you want to repeat?"
why = "Asked because you won."

[[followups]]
id = "price-stood-for"
kind = "price"
watches = ["happened", "turning-point"]
text = "What was the price standing in for?"
hint = "Often the polite reason."
why = "Asked because you mentioned the price."

[[followups]]
id = "price-again"
kind = "price"
watches = ["turning-point"]
text = "And the price, once more?"
why = "Asked because you mentioned the price."

[[followups]]
id = "first-guess"
kind = "vague"
watches = ["happened", "turning-point"]
text = "If you had to guess?"
why = "Asked because you answered briefly."

[[followups]]
id = "within-reach"
kind = "stress"
watches = ["stress"]
values = [4, 5]
text = "What is within reach before Monday?"
why = "Asked because your stress is high."
"""
FLOW = parse_flow(FLOW_TEXT)


def answer_to(question_id: str, **given: object) -> Answer:
    question = FLOW.question(question_id)
    assert question is not None
    return replace(Answer.blank(question, 0), **given)  # type: ignore[arg-type]


def written(question_id: str, text: str) -> Answer:
    return Answer(question_id, question_id, QuestionKind.TEXT, 0, text=text)


def rule_of(kind: RuleKind, watches: tuple[str, ...], **extra: object) -> FollowUpRule:
    question = Question("follow", "A follow-up?")
    return FollowUpRule("follow", kind, watches, question, "Asked because.", **extra)  # type: ignore[arg-type]


def fired(answer: Answer, asked: list[str] | None = None) -> str | None:
    rule = follow_up(FLOW, answer, asked or [])
    return None if rule is None else rule.id


def test_the_rules_are_read_with_the_flow() -> None:
    price = FLOW.followups[1]
    assert price.kind is RuleKind.PRICE and price.watches == ("happened", "turning-point")
    assert price.question == Question(
        "price-stood-for", "What was the price standing in for?", hint="Often the polite reason."
    )
    assert price.why == "Asked because you mentioned the price."
    assert FLOW.followups[0].choices == ("won",) and FLOW.followups[-1].values == (4, 5)


def test_the_first_rule_that_hears_the_answer_is_asked() -> None:
    assert fired(answer_to("happened", text="They found us too expensive")) == "price-stood-for"
    assert fired(answer_to("happened", text="Ze vonden ons te duur")) == "price-stood-for"
    assert fired(answer_to("happened", text="Geen idee")) == "first-guess"
    assert fired(answer_to("outcome", choice="won")) == "repeat-win"
    assert fired(answer_to("outcome", choice="lost")) is None
    assert fired(answer_to("stress", rating=4)) == "within-reach"
    assert fired(answer_to("stress", rating=3)) is None


def test_a_neutral_or_skipped_answer_calls_for_nothing() -> None:
    neutral = "Their new CFO joined the second call and asked for three references"
    assert fired(answer_to("happened", text=neutral)) is None
    assert fired(answer_to("happened", text="   ")) is None
    assert fired(answer_to("outcome")) is None
    assert fired(answer_to("stress")) is None


def test_a_rule_is_asked_once_and_one_of_each_kind() -> None:
    expensive = answer_to("turning-point", text="Too expensive, they said")
    assert fired(expensive) == "price-stood-for"
    # asked already: neither it nor the other price rule comes again; another kind may
    assert fired(expensive, ["price-stood-for"]) is None
    assert fired(answer_to("turning-point", text="No idea"), ["price-stood-for"]) == "first-guess"


def test_no_more_than_a_few_per_reflection() -> None:
    asked = ["repeat-win", "first-guess"]
    assert len(asked) == MAX_FOLLOWUPS
    assert fired(answer_to("stress", rating=5), asked) is None
    assert fired(answer_to("stress", rating=5), asked[:1]) == "within-reach"


def test_a_follow_up_answer_calls_for_nothing_more() -> None:
    again = Answer("price-stood-for", "What was…", QuestionKind.TEXT, 0, text="the price!")
    assert fired(again) is None


def test_a_flow_with_rules_is_exported_and_read_back_the_same() -> None:
    assert "[[followups]]" in flow_to_toml(FLOW)
    assert parse_flow(flow_to_toml(FLOW)) == FLOW


def test_words_of_its_own_are_listened_for_too() -> None:
    extra = FLOW_TEXT.replace('id = "price-again"', 'id = "price-again"\nwords = ["tarrif*"]')
    flow = parse_flow(extra)
    typo = Answer("turning-point", "", QuestionKind.TEXT, 0, text="the tarrifs, again")
    rule = follow_up(flow, typo, [])
    assert rule is not None and rule.id == "price-again"
    assert parse_flow(flow_to_toml(flow)) == flow


# The rule format: a bad rule names the problem ---------------------------------------------

BAD = [
    ('kind = "price"', 'kind = "pricey"', "unknown kind 'pricey'"),
    ('watches = ["happened", "turning-point"]', 'watches = ["story"]', "watches 'story'"),
    ('watches = ["happened", "turning-point"]', "watches = []", "'watches' is empty"),
    ('id = "price-again"', 'id = "happened"', "a question has that id"),
    ('id = "price-again"', 'id = "price-stood-for"', "id 'price-stood-for' is used twice"),
    ('id = "price-again"', 'id = "price-again"\nwords = []', "'words' is empty"),
    ('id = "price-again"', 'id = "price-again"\nwords = ["p*"]', "stem needs at least"),
    ('id = "price-again"', 'id = "price-again"\nwords = ["ok", 3]', "'words' must be a list"),
    ('id = "price-again"', 'id = "price-again"\nloud = true', "unknown key 'loud'"),
    ("values = [4, 5]", "values = [4, 6]", "from 1 to 5"),
    ("values = [4, 5]", "values = [true]", "whole numbers"),
    ("values = [4, 5]", "", "needs 'values'"),
    ('choices = ["won"]', 'choices = ["tie"]', "has no choice 'tie'"),
    ('choices = ["won"]', "", "needs 'choices'"),
    ('watches = ["stress"]', 'watches = ["happened"]', "needs its own 'words'"),
    ('watches = ["outcome"]', 'watches = ["stress"]', "only a stress rule watches a scale"),
    (
        'watches = ["happened", "turning-point"]\ntext = "What was',
        'watches = ["outcome"]\ntext = "What was',
        "only a won rule watches a choice",
    ),
    ('why = "Asked because you mentioned the price."', "", "missing 'why'"),
    ('[[followups]]\nid = "within-reach"', '[[followups]]\nid = ""', "'id' is empty"),
]


@pytest.mark.parametrize(("find", "replacement", "problem"), BAD)
def test_a_bad_rule_is_refused_naming_the_problem(
    find: str, replacement: str, problem: str
) -> None:
    assert find in FLOW_TEXT
    with pytest.raises(FlowFormatError) as refused:
        parse_flow(FLOW_TEXT.replace(find, replacement, 1))  # the first rule that has it
    assert problem in str(refused.value)


def test_values_for_a_written_answer_are_refused() -> None:
    text = FLOW_TEXT.replace('choices = ["won"]', 'choices = ["won"]\nvalues = [5]')
    with pytest.raises(FlowFormatError, match="'values' is for a rule that watches a scale"):
        parse_flow(text)


def test_a_followups_key_that_is_not_tables_is_refused() -> None:
    head = FLOW_TEXT.split("[[followups]]")[0]
    with pytest.raises(FlowFormatError, match="must be \\[\\[followups\\]\\] tables"):
        parse_flow('followups = "price"\n' + head)


def load_lexicon_text(text: str) -> Lexicon:
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "bad.toml"
        path.write_text(text, encoding="utf-8")
        return load_lexicon([path])


RULE_KEYS = ["id", "kind", "watches", "text", "hint", "why", "words", "values", "choices"]
rule_values = st.one_of(
    st.text(max_size=12),
    st.sampled_from([k.value for k in RuleKind] + ["happened", "outcome", "stress", "won"]),
    st.integers(-3, 9),
    st.booleans(),
    st.lists(
        st.one_of(
            st.text(max_size=8), st.sampled_from(["happened", "won", "prijs*"]), st.integers(0, 6)
        ),
        max_size=3,
    ),
)


@settings(max_examples=200)
@given(st.lists(st.dictionaries(st.sampled_from(RULE_KEYS), rule_values, max_size=9), max_size=3))
def test_any_rule_tables_are_rules_or_a_format_error(tables: list[dict[str, object]]) -> None:
    head = FLOW_TEXT.split("[[followups]]")[0]
    text = head + "".join(
        "\n[[followups]]\n" + "".join(f"{k} = {toml_value(v)}\n" for k, v in table.items())
        for table in tables
    )
    try:
        flow = parse_flow(text)
    except FlowFormatError as error:
        assert str(error)
        return
    assert len(flow.followups) == len(tables)
    assert parse_flow(flow_to_toml(flow)) == flow
