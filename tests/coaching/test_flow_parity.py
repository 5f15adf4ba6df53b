"""Every language has the same flows and the same demo journal as English, only in its words.

The journal stores flow and question ids, so a reflection written in Dutch must open in
English and back: a flow or question id in one language and not in another is a bug.
"""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest

from coachdesk.coaching.demo import Demo, load_demo
from coachdesk.coaching.flows import Flow, FlowLibrary, QuestionKind, load_flow_files
from coachdesk.resources import flows_dir, resources_dir

TODAY = date(2026, 11, 25)  # a Wednesday, as in test_demo
LANGUAGES = sorted(p.name for p in flows_dir().iterdir() if p.is_dir())
OTHERS = [language for language in LANGUAGES if language != "en"]


def language_library(root: Path, language: str) -> FlowLibrary:
    """The flows in root/<language>, without falling back to English."""
    return load_flow_files((root / language).glob("*.toml"))


def shape(flow: Flow) -> tuple[object, ...]:
    """What must be the same in every language: everything but the words."""
    questions = tuple((q.id, q.kind, q.role) for q in flow.questions)
    # A follow-up's words to listen for may differ by language; what it watches may not.
    rules = tuple((r.id, r.kind, r.watches, r.values, r.choices) for r in flow.followups)
    return (flow.id, flow.order, questions, rules)


def parity_problems(root: Path, language: str) -> list[str]:
    """How root/<language> differs from root/en in anything but its words."""
    problems = []
    en_files = {p.name for p in (root / "en").glob("*.toml")}
    files = {p.name for p in (root / language).glob("*.toml")}
    problems += [f"{name}: only in en" for name in sorted(en_files - files)]
    problems += [f"{name}: only in {language}" for name in sorted(files - en_files)]
    english = {f.id: f for f in language_library(root, "en").flows}
    translated = {f.id: f for f in language_library(root, language).flows}
    problems += [f"flow '{i}': only in en" for i in sorted(english.keys() - translated.keys())]
    problems += [f"flow '{i}': only in {language}" for i in sorted(translated.keys() - english)]
    for flow_id in sorted(english.keys() & translated.keys()):
        ours, theirs = shape(english[flow_id]), shape(translated[flow_id])
        if ours != theirs:
            problems.append(f"flow '{flow_id}': en {ours} but {language} {theirs}")
    return problems


def test_there_is_english_and_dutch() -> None:
    assert {"en", "nl"} <= set(LANGUAGES)


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_flow_file_parses_and_is_named_after_its_flow(language: str) -> None:
    paths = sorted((flows_dir() / language).glob("*.toml"))
    library = load_flow_files(paths)
    assert not library.errors, [str(e) for e in library.errors]
    assert sorted(f.id for f in library.flows) == sorted(p.stem for p in paths)


@pytest.mark.parametrize("language", OTHERS)
def test_every_language_has_the_same_flows_and_questions_as_english(language: str) -> None:
    assert parity_problems(flows_dir(), language) == []


@pytest.mark.parametrize("language", OTHERS)
def test_no_flow_text_is_left_in_english(language: str) -> None:
    english = {f.id: f for f in language_library(flows_dir(), "en").flows}
    same = []
    for flow in language_library(flows_dir(), language).flows:
        original = english.get(flow.id)
        if original is None:
            continue  # the parity test names it
        pairs = [(flow.title, original.title), (flow.purpose, original.purpose)]
        for q, o in zip(flow.questions, original.questions, strict=False):
            pairs += [(q.text, o.text), (q.hint, o.hint), (q.low, o.low), (q.high, o.high)]
        for r, o in zip(flow.followups, original.followups, strict=False):
            pairs += [(r.question.text, o.question.text), (r.question.hint, o.question.hint)]
            pairs.append((r.why, o.why))
        same += [f"{flow.id}: {theirs!r}" for theirs, ours in pairs if theirs and theirs == ours]
    assert same == []


def break_copy(tmp_path: Path, language: str, edit: str) -> Path:
    """A copy of the shipped flows with one flow of `language` broken as `edit` says."""
    root = tmp_path / "flows"
    shutil.copytree(flows_dir(), root)
    debrief = root / language / "deal-debrief.toml"
    text = debrief.read_text(encoding="utf-8")
    if edit == "drop-file":
        debrief.unlink()
    elif edit == "rename-question":
        debrief.write_text(text.replace('id = "real-reason"', 'id = "reason"'), encoding="utf-8")
    elif edit == "drop-question":
        lesson = text.index('[[questions]]\nid = "lesson"')
        end = text.index("[[questions]]", lesson + 1)
        debrief.write_text(text[:lesson] + text[end:], encoding="utf-8")
    elif edit == "change-kind":
        debrief.write_text(text.replace('kind = "stage"', 'kind = "text"'), encoding="utf-8")
    elif edit == "drop-role":
        debrief.write_text(text.replace('role = "lesson"', ""), encoding="utf-8")
    elif edit == "swap-order":
        debrief.write_text(text.replace("order = 10", "order = 11"), encoding="utf-8")
    elif edit == "swap-questions":
        stage = text.index('[[questions]]\nid = "stage"')
        turn = text.index('[[questions]]\nid = "turning-point"')
        debrief.write_text(text[:turn] + text[stage:] + text[turn:stage], encoding="utf-8")
    elif edit == "rename-rule":
        debrief.write_text(text.replace('"price-stood-for"', '"price-for"'), encoding="utf-8")
    elif edit == "drop-rule":
        debrief.write_text(text[: text.rindex("[[followups]]")], encoding="utf-8")
    elif edit == "rule-watches-more":
        more = text.replace('watches = ["outcome"]', 'watches = ["outcome", "deal"]')
        debrief.write_text(more, encoding="utf-8")
    return root


@pytest.mark.parametrize(
    "edit",
    [
        "drop-file",
        "rename-question",
        "drop-question",
        "change-kind",
        "drop-role",
        "swap-order",
        "swap-questions",
        "rename-rule",
        "drop-rule",
        "rule-watches-more",
    ],
)
@pytest.mark.parametrize("broken", ["en", "nl"])
def test_parity_notices_a_flow_that_differs(tmp_path: Path, edit: str, broken: str) -> None:
    root = break_copy(tmp_path, broken, edit)
    problems = parity_problems(root, "nl")
    assert any("deal-debrief" in problem for problem in problems), problems


def load_language_demo(language: str) -> Demo:
    library = language_library(flows_dir(), language)
    return load_demo(resources_dir() / "demo" / f"{language}.toml", library, TODAY)


DEMOS = [p.stem for p in sorted((resources_dir() / "demo").glob("*.toml")) if p.stem != "en"]


def test_there_is_a_dutch_demo() -> None:
    assert "nl" in DEMOS


def skeleton(demo: Demo) -> dict[str, object]:
    """Everything in a demo but its words: which flows, when, and what became of what."""
    return {
        "reflections": [
            (
                r.flow.id,
                r.created_at,
                r.finished,
                [(a.question_id, a.rating, a.stage, a.private, a.due) for a in r.answers],
            )
            for r in demo.reflections
        ],
        "check_ins": [
            (c.created_at, c.stress, c.energy, c.confidence, c.attention, bool(c.note))
            for c in demo.check_ins
        ],
        "answer_commitments": [
            (f.reflection, f.question_id, f.due, f.closing and (f.closing.state, f.closing.at))
            for f in demo.answer_commitments
        ],
        "commitments": [
            (c.created_at, c.due, c.closing and (c.closing.state, c.closing.at))
            for c in demo.commitments
        ],
        "revisits": [(r.reflection, r.weeks, r.state, r.at) for r in demo.revisits],
    }


@pytest.mark.parametrize("language", DEMOS)
def test_the_demo_loads_in_its_language_with_the_whole_loop(
    language: str, library: FlowLibrary
) -> None:
    english = load_demo(resources_dir() / "demo" / "en.toml", library, TODAY)
    demo = load_language_demo(language)
    assert len(demo.reflections) == len(english.reflections)
    assert len(demo.check_ins) == len(english.check_ins)
    assert len(demo.commitments) == len(english.commitments)
    assert len(demo.answer_commitments) == len(english.answer_commitments)
    assert len(demo.revisits) == len(english.revisits)
    # Written against the flows of its own language, not English ones.
    titles = {f.id: f.title for f in language_library(flows_dir(), language).flows}
    assert all(r.flow.title == titles[r.flow.id] for r in demo.reflections)
    # Every commitment answer says what became of it.
    for index, reflection in enumerate(demo.reflections):
        asked = {
            a.question_id
            for a in reflection.answers
            if a.kind is QuestionKind.COMMITMENT and a.text.strip()
        }
        told = {f.question_id for f in demo.answer_commitments if f.reflection == index}
        assert asked == told, reflection.created_at


@pytest.mark.parametrize("language", DEMOS)
def test_the_demo_has_the_same_days_numbers_and_fates_as_english(
    language: str, library: FlowLibrary
) -> None:
    english = load_demo(resources_dir() / "demo" / "en.toml", library, TODAY)
    assert skeleton(load_language_demo(language)) == skeleton(english)
