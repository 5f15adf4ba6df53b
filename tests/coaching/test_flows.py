"""Flows are data files: the shipped ones are complete, bad ones are named and skipped."""

from __future__ import annotations

from pathlib import Path

import pytest

from coachdesk.coaching.flows import (
    FREE_NOTE_ID,
    FlowFormatError,
    FlowLibrary,
    QuestionKind,
    load_flow_files,
    load_flows,
    parse_flow,
)
from coachdesk.resources import flows_dir

GOOD = """
id = "good"
title = "A good flow"
purpose = "For testing."
order = 5

[[questions]]
id = "first"
text = "Where and when do you think it went wrong?"
hint = "Think of the moment the tone changed."

[[questions]]
id = "tension"
kind = "scale"
text = "How tense were you?"
low = "calm"
high = "very tense"
"""


def test_the_shipped_flows_are_all_there(library: FlowLibrary) -> None:
    ids = {flow.id for flow in library.flows}
    assert {
        "deal-debrief",
        "tough-conversation",
        "weekly-reflection",
        "customer-story",
        "target-pressure",
        "good-day",
        FREE_NOTE_ID,
    } <= ids
    assert library.flows[0].id == "deal-debrief"  # the chooser highlights the first


def test_the_deal_debrief_asks_where_it_went_wrong(library: FlowLibrary) -> None:
    debrief = library.get("deal-debrief")
    assert debrief is not None
    texts = [q.text for q in debrief.questions]
    assert "Where and when do you think it went wrong?" in texts
    kinds = {q.kind for q in debrief.questions}
    assert {QuestionKind.STAGE, QuestionKind.COMMITMENT} <= kinds
    assert debrief.questions[-1].kind is QuestionKind.COMMITMENT


def test_every_shipped_question_has_a_hint_except_the_free_note(library: FlowLibrary) -> None:
    for flow in library.flows:
        for question in flow.questions:
            assert question.text.strip()
            if flow.id != FREE_NOTE_ID:
                assert question.hint, f"{flow.id}/{question.id} has no hint"


def test_parse_reads_every_field() -> None:
    flow = parse_flow(GOOD)
    assert (flow.id, flow.title, flow.purpose, flow.order) == (
        "good",
        "A good flow",
        "For testing.",
        5,
    )
    first, tension = flow.questions
    assert first.kind is QuestionKind.TEXT and first.hint.startswith("Think")
    assert (tension.kind, tension.low, tension.high) == (QuestionKind.SCALE, "calm", "very tense")


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("id = ", "not valid TOML"),
        ('title = "x"\n[[questions]]\nid="a"\ntext="b"', "missing 'id'"),
        ('id = "x"\ntitle = "x"', "at least one"),
        (
            'id="x"\ntitle="x"\n[[questions]]\nid="a"\ntext="b"\nkind="essay"',
            "unknown kind 'essay'",
        ),
        ('id="x"\ntitle="x"\n[[questions]]\nid="a"\ntext="b"\nkind="scale"', "needs words"),
        (
            'id="x"\ntitle="x"\n[[questions]]\nid="a"\ntext="b"\n[[questions]]\nid="a"\ntext="c"',
            "used twice",
        ),
        ('id="x"\ntitle=3\n[[questions]]\nid="a"\ntext="b"', "'title' must be text"),
        (
            'id="x"\ntitle="x"\ncolour="red"\n[[questions]]\nid="a"\ntext="b"',
            "unknown key 'colour'",
        ),
        ('id="x"\ntitle="x"\norder="first"\n[[questions]]\nid="a"\ntext="b"', "whole number"),
        ('id="x"\ntitle="  "\n[[questions]]\nid="a"\ntext="b"', "'title' is empty"),
    ],
)
def test_parse_names_the_problem(text: str, problem: str) -> None:
    with pytest.raises(FlowFormatError, match=problem):
        parse_flow(text)


def test_bad_files_are_reported_by_name_and_the_rest_load(tmp_path: Path) -> None:
    (tmp_path / "good.toml").write_text(GOOD, encoding="utf-8")
    (tmp_path / "broken.toml").write_text("id = [", encoding="utf-8")
    (tmp_path / "latin1.toml").write_bytes('id = "caf\xe9"'.encode("latin-1"))
    (tmp_path / "again.toml").write_text(GOOD, encoding="utf-8")
    library = load_flow_files(tmp_path.glob("*.toml"))
    assert [flow.id for flow in library.flows] == ["good"]
    problems = {error.path.name: error.message for error in library.errors}
    # Files load in name order, so "again.toml" claims the id first.
    assert set(problems) == {"broken.toml", "latin1.toml", "good.toml"}
    assert "TOML" in problems["broken.toml"]
    assert problems["latin1.toml"] == "not UTF-8 text"
    assert "already used" in problems["good.toml"]
    assert all(str(error).startswith(error.path.name) for error in library.errors)


def test_an_unknown_language_falls_back_to_english() -> None:
    assert load_flows(flows_dir(), "xx").flows == load_flows(flows_dir(), "en").flows
