"""Every shipped follow-up rule, in every language: an answer it was written for calls for
it on each question it watches, and a neutral answer calls for nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from coachdesk.coaching.flows import Flow, FlowLibrary, QuestionKind, load_flow_files
from coachdesk.coaching.listening import FollowUpRule, RuleKind, follow_up, heard
from coachdesk.coaching.reflections import Answer
from coachdesk.resources import flows_dir

LANGUAGES = ("en", "nl")

# What a salesperson might write that calls for each kind of rule, per language. Each is
# written so that no rule listed before it in a flow hears it first.
CALLS_FOR = {
    RuleKind.PRICE: {
        "en": "In the end they found us too expensive",
        "nl": "Uiteindelijk vonden ze ons te duur",
    },
    RuleKind.OUTSIDE: {
        "en": "Mostly luck, and purchasing took over at the end",
        "nl": "Vooral pech, en aan het eind nam inkoop het over",
    },
    RuleKind.ABSOLUTE: {
        "en": "I always rush the last part of the call",
        "nl": "Ik ga altijd te snel door het laatste stuk van het gesprek",
    },
    RuleKind.VAGUE: {"en": "Not sure", "nl": "Geen idee"},
    RuleKind.SELF_BLAME: {
        "en": "Stupid of me, I blew it",
        "nl": "Stom van me, ik heb het verknald",
    },
    RuleKind.TARGET: {
        "en": "Hitting my quota before the quarter ends",
        "nl": "Mijn target halen voor het einde van het kwartaal",
    },
}
NEUTRAL = {
    "en": "We met their planner on Tuesday and walked through the pilot together, step by step.",
    "nl": "Dinsdag spraken we hun planner en liepen we samen de pilot door, stap voor stap.",
}


def library(language: str) -> FlowLibrary:
    return load_flow_files((flows_dir() / language).glob("*.toml"))


def shipped_rules() -> list[tuple[str, str, str]]:
    return [
        (language, flow.id, rule.id)
        for language in LANGUAGES
        for flow in library(language).flows
        for rule in flow.followups
    ]


def answer(flow: Flow, question_id: str, rule: FollowUpRule, language: str, calls: bool) -> Answer:
    """An answer to the question that calls for the rule, or a neutral one."""
    question = flow.question(question_id)
    assert question is not None
    blank = Answer.blank(question, 0)
    if question.kind is QuestionKind.SCALE:
        rating = rule.values[0] if calls else next(v for v in (3, 2) if v not in rule.values)
        return Answer(blank.question_id, blank.prompt, blank.kind, 0, rating=rating)
    if question.kind is QuestionKind.CHOICE:
        others = [c.id for c in question.choices if c.id not in rule.choices]
        choice = rule.choices[0] if calls else others[0]
        return Answer(blank.question_id, blank.prompt, blank.kind, 0, choice=choice)
    text = CALLS_FOR[rule.kind][language] if calls else NEUTRAL[language]
    return Answer(blank.question_id, blank.prompt, blank.kind, 0, text=text)


def test_there_are_rules_in_every_language_and_flow_but_the_free_note() -> None:
    for language in LANGUAGES:
        for flow in library(language).flows:
            assert bool(flow.followups) is (flow.id != "free-note"), (language, flow.id)


@pytest.mark.parametrize(("language", "flow_id", "rule_id"), shipped_rules())
def test_a_shipped_rule_hears_what_it_was_written_for_and_not_a_neutral_answer(
    language: str, flow_id: str, rule_id: str
) -> None:
    flow = library(language).get(flow_id)
    assert flow is not None
    rule = next(r for r in flow.followups if r.id == rule_id)
    for question_id in rule.watches:
        calling = answer(flow, question_id, rule, language, calls=True)
        assert follow_up(flow, calling, []) == rule, (question_id, calling)
        neutral = answer(flow, question_id, rule, language, calls=False)
        assert follow_up(flow, neutral, []) is None, (question_id, neutral)
        assert heard(rule, neutral) is None


@pytest.mark.parametrize(("language", "flow_id", "rule_id"), shipped_rules())
def test_a_shipped_rule_asks_one_question_and_says_why(
    language: str, flow_id: str, rule_id: str
) -> None:
    flow = library(language).get(flow_id)
    assert flow is not None
    rule = next(r for r in flow.followups if r.id == rule_id)
    assert rule.question.id == rule.id and rule.question.kind is QuestionKind.TEXT
    assert rule.question.text.count("?") == 1 and rule.question.text.endswith("?")
    assert rule.question.hint
    because = {"en": "Asked because ", "nl": "Gevraagd "}[language]
    assert rule.why.startswith(because) and rule.why.endswith(".")
    assert "\n" not in rule.why


def test_every_kind_is_shipped_somewhere() -> None:
    for language in LANGUAGES:
        kinds = {r.kind for f in library(language).flows for r in f.followups}
        assert kinds == set(RuleKind), language


@pytest.mark.parametrize("language", LANGUAGES)
def test_too_expensive_is_asked_what_the_price_stood_for(language: str) -> None:
    flow = library(language).get("deal-debrief")
    assert flow is not None
    said = {"en": "They found us too expensive", "nl": "Ze vonden ons te duur"}[language]
    question = flow.question("turning-point")
    assert question is not None
    blank = Answer.blank(question, 0)
    rule = follow_up(flow, Answer(blank.question_id, blank.prompt, blank.kind, 0, text=said), [])
    assert rule is not None and rule.kind is RuleKind.PRICE
    assert (
        rule.why
        == {
            "en": "Asked because you mentioned the price.",
            "nl": "Gevraagd omdat je de prijs noemde.",
        }[language]
    )


def test_the_docs_list_every_shipped_rule_with_its_follow_up() -> None:
    docs = (Path(__file__).resolve().parents[2] / "docs" / "coaching.md").read_text("utf-8")
    missing = [
        (language, flow.id, rule.id)
        for language in LANGUAGES
        for flow in library(language).flows
        for rule in flow.followups
        if f"`{rule.id}`" not in docs or rule.question.text not in docs or rule.why not in docs
    ]
    assert missing == []
    for kind in RuleKind:
        assert f"#### {kind.value} — " in docs
