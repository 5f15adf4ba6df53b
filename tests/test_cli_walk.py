"""`coachdesk walk`: a flow walked without a window, given answers, prints the questions it
asks in order — follow-ups included, with their kind and why."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from coachdesk.cli.walk import desktop_language
from coachdesk.coaching.flows import load_flows
from coachdesk.coaching.listening import MAX_FOLLOWUPS
from coachdesk.resources import flows_dir
from tests.test_cli import run
from tests.test_cli_start import loaded_by

KEYS = ["id", "text", "followup", "rule_kind", "why", "heard"]


def walked(*argv: str) -> list[dict[str, object]]:
    code, out, err = run("walk", *argv)
    assert (code, err) == (0, ""), err
    records = [json.loads(line) for line in out.splitlines()]
    assert all(list(r) == KEYS for r in records)
    return records


def answers_file(tmp_path: Path, answers: dict[str, object], name: str = "answers.json") -> str:
    path = tmp_path / name
    path.write_text(json.dumps(answers, ensure_ascii=False), encoding="utf-8")
    return str(path)


def ids(records: list[dict[str, object]]) -> list[object]:
    return [r["id"] for r in records]


def test_without_answers_every_question_and_no_follow_up() -> None:
    records = walked("weekly-reflection", "--language", "en")
    weekly = load_flows(flows_dir(), "en").get("weekly-reflection")
    assert weekly is not None and ids(records) == [q.id for q in weekly.questions]
    assert not any(r["followup"] for r in records)
    assert all(r["rule_kind"] is None and r["why"] is None for r in records)
    assert records[0]["text"] == "What stayed with you from this week?"


@pytest.mark.parametrize(
    ("language", "said", "why"),
    [
        ("en", "They found us too expensive", "Asked because you mentioned the price."),
        ("nl", "Ze vonden ons te duur", "Gevraagd omdat je de prijs noemde."),
    ],
)
def test_too_expensive_is_followed_by_what_the_price_stood_for(
    tmp_path: Path, language: str, said: str, why: str
) -> None:
    given = answers_file(tmp_path, {"outcome": "lost", "happened": said})
    records = walked("deal-debrief", "--language", language, "--answers", given)
    at = ids(records).index("happened")
    follow = records[at + 1]
    assert follow["id"] == "price-stood-for" and follow["followup"] is True
    assert follow["rule_kind"] == "price" and follow["why"] == why
    assert follow["heard"] in ("expensive", "duur")
    assert sum(bool(r["followup"]) for r in records) == 1


def test_a_won_deal_asks_what_to_repeat_and_not_where_it_went_wrong(tmp_path: Path) -> None:
    records = walked(
        "deal-debrief", "--language", "en", "--answers", answers_file(tmp_path, {"outcome": "won"})
    )
    at = ids(records).index("outcome")
    assert records[at + 1]["id"] == "repeat-win" and records[at + 1]["rule_kind"] == "won"
    assert records[at + 1]["heard"] == "won"
    assert "turning-point" not in ids(records) and "almost" in ids(records)


def test_a_scale_calls_for_its_follow_up_by_number(tmp_path: Path) -> None:
    given = answers_file(tmp_path, {"stress": 5, "energy": 3})
    records = walked("weekly-reflection", "--language", "nl", "--answers", given)
    at = ids(records).index("stress")
    assert records[at + 1]["id"] == "within-reach" and records[at + 1]["heard"] == "5"
    assert records[at + 1]["text"] == "Wat ligt er vóór maandag binnen je bereik?"


def test_no_followups_asks_none(tmp_path: Path) -> None:
    given = answers_file(tmp_path, {"week": "Geen idee", "stress": 5})
    assert any(r["followup"] for r in walked("weekly-reflection", "--answers", given))
    records = walked("weekly-reflection", "--answers", given, "--no-followups")
    assert not any(r["followup"] for r in records)


def test_no_more_than_a_few_follow_ups(tmp_path: Path) -> None:
    given = answers_file(
        tmp_path,
        {
            "week": "Stupid of me, I blew it",
            "energy": 1,
            "stress": 5,
            "goal": "Hit my quota",
            "reality": "Geen idee",
        },
    )
    records = walked("weekly-reflection", "--language", "en", "--answers", given)
    asked = [r["id"] for r in records if r["followup"]]
    assert asked == ["as-a-colleague", "energy-back"] and len(asked) == MAX_FOLLOWUPS


COACH_SET = """
id = "year-end"
title = "Year-end pressure"

[[questions]]
id = "weight"
kind = "scale"
text = "How heavy does the target feel today?"
low = "light"
high = "crushing"

[[questions]]
id = "customer"
text = "Which customer did you really listen to this week?"

[[followups]]
id = "lighter"
kind = "stress"
watches = ["weight"]
values = [5]
text = "What would make it one step lighter?"
why = "Asked because it feels crushing."

[[followups]]
id = "the-exception"
kind = "absolute"
watches = ["customer"]
words = ["zelden"]
text = "When was it different?"
why = "Asked because you wrote “always” or “never”."
"""


def test_a_question_set_file_is_walked_with_its_own_rules(tmp_path: Path) -> None:
    path = tmp_path / "year-end.toml"
    path.write_text(COACH_SET, encoding="utf-8")
    given = answers_file(tmp_path, {"weight": 5, "customer": "Zelden, eerlijk gezegd"})
    records = walked(str(path), "--answers", given)
    assert ids(records) == ["weight", "lighter", "customer", "the-exception"]
    assert records[3]["heard"] == "zelden"


def test_an_imported_question_set_is_found_by_id() -> None:
    folder = Path(os.environ["XDG_DATA_HOME"]) / "coachdesk" / "flows" / "en"
    folder.mkdir(parents=True, exist_ok=True)
    kept = folder / "year-end.toml"
    kept.write_text(COACH_SET, encoding="utf-8")
    try:
        assert ids(walked("year-end", "--language", "en")) == ["weight", "customer"]
    finally:
        kept.unlink()


@pytest.mark.parametrize(
    ("find", "replacement", "problem"),
    [
        ('kind = "absolute"', 'kind = "always"', "unknown kind 'always'"),
        ('watches = ["customer"]', 'watches = ["client"]', "watches 'client'"),
        ('words = ["zelden"]', "words = []", "'words' is empty"),
        ('watches = ["weight"]', 'watches = ["customer"]', "needs its own 'words'"),
        ('id = "lighter"', 'id = "weight"', "a question has that id"),
    ],
)
def test_a_bad_question_set_is_refused_naming_file_and_problem(
    tmp_path: Path, find: str, replacement: str, problem: str
) -> None:
    path = tmp_path / "from-annelies.toml"
    path.write_text(COACH_SET.replace(find, replacement), encoding="utf-8")
    code, out, err = run("walk", str(path))
    assert (code, out) == (1, "")
    assert err.count("\n") == 1 and "from-annelies.toml: " in err and problem in err


@pytest.mark.parametrize(
    ("answers", "problem"),
    [
        ({"wieght": 3}, "'wieght' is not a question of weekly-reflection"),
        ({"stress": "high"}, "'stress' is a scale; give a number from 1 to 5"),
        ({"stress": 7}, "give a number from 1 to 5"),
        ({"stress": True}, "give a number from 1 to 5"),
        ({"week": 3}, "'week' is answered in words"),
    ],
)
def test_bad_answers_are_refused_in_one_line(
    tmp_path: Path, answers: dict[str, object], problem: str
) -> None:
    given = answers_file(tmp_path, answers)
    code, out, err = run("walk", "weekly-reflection", "--language", "en", "--answers", given)
    assert (code, out) == (1, "") and err.count("\n") == 1
    assert problem in err


def test_a_choice_or_stage_not_offered_is_refused(tmp_path: Path) -> None:
    for answers, problem in (
        ({"outcome": "tie"}, "'outcome' is a choice; give one of won, lost"),
        ({"stage": "lunch"}, "'stage' is a stage; give one of prospecting"),
    ):
        given = answers_file(tmp_path, answers)
        code, _, err = run("walk", "deal-debrief", "--language", "en", "--answers", given)
        assert code == 1 and problem in err


def test_answers_that_are_not_a_json_object_are_refused(tmp_path: Path) -> None:
    broken = tmp_path / "broken.json"
    broken.write_text("{'week': 'x'}", encoding="utf-8")
    assert "broken.json: not JSON" in run("walk", "good-day", "--answers", str(broken))[2]
    listed = answers_file(tmp_path, ["x"], "list.json")  # type: ignore[arg-type]
    assert "must be one JSON object" in run("walk", "good-day", "--answers", listed)[2]
    missing = str(tmp_path / "nowhere.json")
    assert "cannot read" in run("walk", "good-day", "--answers", missing)[2]


def test_an_unknown_flow_says_which_there_are() -> None:
    code, _, err = run("walk", "deal-debriefing", "--language", "nl")
    assert code == 1 and "no flow 'deal-debriefing' in nl" in err and "deal-debrief" in err


def test_the_language_is_the_desktops(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(name, raising=False)
    assert desktop_language() == "en"
    monkeypatch.setenv("LANG", "nl_NL.UTF-8")
    assert desktop_language() == "nl"
    monkeypatch.setenv("LANGUAGE", "fr:nl")
    assert desktop_language() == "nl"
    monkeypatch.setenv("LANGUAGE", "en_GB")
    assert desktop_language() == "en"
    monkeypatch.delenv("LANGUAGE")
    monkeypatch.setenv("LC_ALL", "C")
    assert desktop_language() == "en"  # LC_ALL outranks LANG


def test_walk_loads_no_qt(tmp_path: Path) -> None:
    given = answers_file(tmp_path, {"stress": 4})
    heavy, printed = loaded_by("walk", "weekly-reflection", "--language", "en", "--answers", given)
    assert heavy == [] and '"within-reach"' in printed
