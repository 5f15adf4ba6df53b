"""`coachdesk walk`: a flow without a window — which questions it asks, given some answers.

A coach tries a question set, follow-ups included, before handing it over; tests use it
too. The order is the reflection's own (coaching/conversation.py): a question meant for
another outcome is left out, a follow-up comes right after the answer that called for it.
Nothing is written and no journal is opened. Loads no Qt.
"""

from __future__ import annotations

import argparse
import json
import os
from pathlib import Path
from typing import TextIO

from coachdesk.cli.command import Command, UserError
from coachdesk.coaching.flows import DEAL_STAGES, Flow, QuestionKind
from coachdesk.coaching.reflections import Answer
from coachdesk.resources import flows_dir

LANGUAGES = ("en", "nl")
MAX_FILE_BYTES = 256 * 1024  # as an imported question set: a page of questions


def desktop_language() -> str:
    """The language of the desktop as the environment says it (no Qt here), else English."""
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(name, "")
        if not value:
            continue
        for part in value.split(":"):
            code = part.split(".")[0].split("_")[0].split("-")[0].lower()
            if code in LANGUAGES:
                return code
        if name != "LANGUAGE":  # the first locale variable that is set decides
            break
    return "en"


def _read_flow_file(path: Path) -> Flow:
    from coachdesk.coaching.flows import FlowFormatError, parse_flow

    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            raise UserError(f"{path.name}: too large to be a question set")
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise UserError(f"{path.name}: not a text file") from None
    except OSError as error:
        raise UserError(f"cannot read {path}: {error.strerror}") from None
    try:
        return parse_flow(text)
    except FlowFormatError as error:
        raise UserError(f"{path.name}: {error}") from None


def find_flow(name: str, language: str) -> Flow:
    """The flow `name` names: a question-set file, or the id of a shipped or imported flow
    in `language`."""
    path = Path(name).expanduser()
    if path.suffix == ".toml" or path.is_file():
        return _read_flow_file(path)
    from coachdesk.cli.journal import default_journal_path
    from coachdesk.coaching.flows import load_flow_files, load_flows, with_extra_flows

    library = load_flows(flows_dir(), language)
    imported = default_journal_path().parent / "flows" / language  # as the window keeps them
    if imported.is_dir():
        library = with_extra_flows(library, load_flow_files(imported.glob("*.toml")))
    flow = library.get(name)
    if flow is not None:
        return flow
    failed = next((e for e in library.errors if e.path.stem == name), None)
    if failed is not None:
        raise UserError(str(failed))
    known = ", ".join(f.id for f in library.flows)
    raise UserError(f"no flow '{name}' in {language} (there are: {known})")


def _answer(flow: Flow, question_id: str, value: object, position: int, where: str) -> Answer:
    question = flow.question(question_id)
    if question is None:
        raise UserError(f"{where}: '{question_id}' is not a question of {flow.id}")
    blank = Answer.blank(question, position)
    kind = question.kind
    if kind is QuestionKind.SCALE:
        if not isinstance(value, int) or isinstance(value, bool) or not 1 <= value <= 5:
            raise UserError(f"{where}: '{question_id}' is a scale; give a number from 1 to 5")
        return Answer(blank.question_id, blank.prompt, kind, position, rating=value)
    if kind is QuestionKind.CHOICE:
        offered = [c.id for c in question.choices]
        if value not in offered:
            listed = ", ".join(offered)
            raise UserError(f"{where}: '{question_id}' is a choice; give one of {listed}")
        return Answer(blank.question_id, blank.prompt, kind, position, choice=str(value))
    if kind is QuestionKind.STAGE:
        if value not in DEAL_STAGES:
            listed = ", ".join(DEAL_STAGES)
            raise UserError(f"{where}: '{question_id}' is a stage; give one of {listed}")
        return Answer(blank.question_id, blank.prompt, kind, position, stage=str(value))
    if not isinstance(value, str):
        raise UserError(f"{where}: '{question_id}' is answered in words; give text")
    return Answer(blank.question_id, blank.prompt, kind, position, text=value)


def read_answers(path: Path, flow: Flow) -> dict[str, Answer]:
    """The answers in a JSON file, {"question-id": "text" | number | "choice-id"}, checked
    against the flow (null: skipped; a follow-up's id: what it was answered, not needed)."""
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except OSError as error:
        raise UserError(f"cannot read {path}: {error.strerror}") from None
    except UnicodeDecodeError:
        raise UserError(f"{path.name}: not a text file") from None
    except json.JSONDecodeError as error:
        raise UserError(f"{path.name}: not JSON ({error.msg}, line {error.lineno})") from None
    if not isinstance(raw, dict):
        raise UserError(f"{path.name}: must be one JSON object, question id to answer")
    rules = {r.id for r in flow.followups}
    answers: dict[str, Answer] = {}
    for position, (question_id, value) in enumerate(raw.items()):
        if value is None or question_id in rules:
            continue
        answers[question_id] = _answer(flow, question_id, value, position, path.name)
    return answers


def walk(flow: Flow, answers: dict[str, Answer], followups: bool = True) -> list[dict[str, object]]:
    """One record per question the reflection asks, in order."""
    from coachdesk.coaching.conversation import steps
    from coachdesk.coaching.listening import heard

    rules = {r.id: r for r in flow.followups}
    records: list[dict[str, object]] = []
    for step in steps(flow, answers, listening=followups):
        rule = rules.get(step.rule or "")
        called = answers.get(step.follows or "")
        records.append(
            {
                "id": step.question.id,
                "text": step.question.text,
                "followup": step.is_follow_up,
                "rule_kind": rule.kind.value if rule is not None else None,
                "why": step.why or None,
                # what in the answer called for it: the words, the number or the choice
                "heard": heard(rule, called) if rule is not None and called else None,
            }
        )
    return records


def _walk(args: argparse.Namespace, out: TextIO) -> None:
    flow = find_flow(args.flow, args.language or desktop_language())
    answers = read_answers(args.answers, flow) if args.answers is not None else {}
    for record in walk(flow, answers, followups=not args.no_followups):
        out.write(json.dumps(record, ensure_ascii=False) + "\n")


def _options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("flow", metavar="FLOW", help="a flow id, or a question-set file (.toml)")
    parser.add_argument(
        "--language", choices=LANGUAGES, help="of a flow named by id (default: the desktop's)"
    )
    parser.add_argument(
        "--answers",
        type=Path,
        metavar="FILE.json",
        help='answers by question id: {"question-id": "text" | number | "choice-id"}',
    )
    parser.add_argument("--no-followups", action="store_true", help="ask no follow-up questions")
    parser.set_defaults(journal=None, passphrase_file=None)  # no journal is opened


COMMANDS = (
    Command(
        "walk",
        "the questions a flow asks, given answers, one JSON object per line",
        _walk,
        _options,
        common=False,
    ),
)
