"""The story bank reads Customer story reflections."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

from coachdesk.coaching.flows import FlowLibrary
from coachdesk.coaching.reflections import Answer, Reflection
from coachdesk.coaching.stories import as_text, first_sentence, story_of

NOW = datetime(2026, 11, 20, tzinfo=UTC)


def story(library: FlowLibrary, customer_alias: str = "", **texts: str) -> Reflection:
    flow = library.get("customer-story")
    assert flow is not None
    answers = tuple(
        replace(Answer.blank(q, i), text=texts[q.id.replace("-", "_")])
        for i, q in enumerate(flow.questions)
        if q.id.replace("-", "_") in texts
    )
    return Reflection(
        7,
        flow.id,
        flow.title,
        NOW,
        NOW,
        NOW,
        answers=answers,
        customer=customer_alias,
        tags=("planning",),
    )


def test_first_sentence() -> None:
    assert (
        first_sentence("Bouwmeester in Nijmegen. Rick, owner. 12 fitters.")
        == "Bouwmeester in Nijmegen"
    )
    assert first_sentence("") == ""
    assert first_sentence("x" * 100, limit=10).endswith("…")


def test_a_story_has_a_customer_a_summary_and_themes(library: FlowLibrary) -> None:
    told = story_of(
        story(
            library,
            customer="Veltkamp in Zwolle. Bart, service manager.",
            result="Emergencies planned within the hour.",
        )
    )
    assert told.customer == "Veltkamp in Zwolle"
    assert told.summary == "Emergencies planned within the hour."
    assert told.themes == ("planning",)
    aliased = story_of(story(library, "Veltkamp", customer="Veltkamp in Zwolle."))
    assert aliased.customer == "Veltkamp"


def test_as_text_tells_it_in_order(library: FlowLibrary) -> None:
    told = story_of(
        story(
            library,
            "Veltkamp",
            situation="Forty calls on Monday.",
            result="Six now.",
            their_words="“Sundays back.”",
        )
    )
    text = as_text(told)
    assert text.index("Forty calls") < text.index("Six now.") < text.index("Sundays back")
    assert text.startswith("Veltkamp\n\n") and text.rstrip().endswith("#planning")
