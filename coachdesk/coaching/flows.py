"""Flows: the question sets a coach walks you through, loaded from TOML data files."""

from __future__ import annotations

import enum
import json
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING

from coachdesk.coaching.listening import RuleFormatError, parse_rules, rules_to_toml

if TYPE_CHECKING:
    from coachdesk.coaching.listening import FollowUpRule

# The stages a deal moves through; a "stage" question asks where it turned.
# Keys are stored in the journal; the UI gives each one a translated label.
DEAL_STAGES = (
    "prospecting",
    "discovery",
    "demo",
    "proposal",
    "negotiation",
    "closing",
    "after-sale",
)

FREE_NOTE_ID = "free-note"


class QuestionKind(enum.StrEnum):
    """How a question is answered."""

    TEXT = "text"
    SCALE = "scale"  # 1..5, with words for both ends
    STAGE = "stage"  # one of DEAL_STAGES
    COMMITMENT = "commitment"  # free text that becomes a commitment
    CHOICE = "choice"  # one of the question's own choices


class QuestionRole(enum.StrEnum):
    """What else a question does in the coaching loop."""

    NONE = ""
    LESSON = "lesson"  # its answer comes back after 1, 3 and 8 weeks
    REVIEW_COMMITMENTS = "review-commitments"  # shows the open commitments to look back on


@dataclass(frozen=True)
class Choice:
    """One answer a choice question offers: a stable id and the words shown."""

    id: str
    label: str


@dataclass(frozen=True)
class Question:
    """One question of a flow, with what a coach would add to help."""

    id: str
    text: str
    kind: QuestionKind = QuestionKind.TEXT
    hint: str = ""
    low: str = ""  # scale only: the word for 1
    high: str = ""  # scale only: the word for 5
    role: QuestionRole = QuestionRole.NONE
    choices: tuple[Choice, ...] = ()  # choice only
    # Asked only when an earlier choice question was answered with one of these choices
    # (or skipped): ("outcome", ("lost", "stalled")). A won deal is a different conversation.
    when: tuple[str, tuple[str, ...]] | None = None

    def asked_after(self, choices_made: dict[str, str]) -> bool:
        """Whether this question belongs in a reflection whose choices so far are these
        (question id to choice id)."""
        if self.when is None:
            return True
        question_id, allowed = self.when
        made = choices_made.get(question_id)
        return made is None or made in allowed


@dataclass(frozen=True)
class Flow:
    """An ordered set of questions with a purpose."""

    id: str
    title: str
    purpose: str
    questions: tuple[Question, ...]
    order: int = 100
    followups: tuple[FollowUpRule, ...] = ()  # asked because of an answer (listening.py)

    def question(self, question_id: str) -> Question | None:
        """The question with this id, if the flow has it."""
        return next((q for q in self.questions if q.id == question_id), None)


@dataclass(frozen=True)
class FlowError:
    """A flow file that could not be used, and why."""

    path: Path
    message: str

    def __str__(self) -> str:
        return f"{self.path.name}: {self.message}"


@dataclass(frozen=True)
class FlowLibrary:
    """The flows of one language, in chooser order, plus the files that failed."""

    flows: tuple[Flow, ...]
    errors: tuple[FlowError, ...] = field(default=())

    def get(self, flow_id: str) -> Flow | None:
        """The flow with this id, if loaded."""
        return next((f for f in self.flows if f.id == flow_id), None)


class FlowFormatError(ValueError):
    """A flow file does not follow the format."""


def _text(table: dict[str, object], key: str, where: str, required: bool = True) -> str:
    value = table.get(key, None if required else "")
    if value is None:
        raise FlowFormatError(f"{where}: missing '{key}'")
    if not isinstance(value, str):
        raise FlowFormatError(f"{where}: '{key}' must be text")
    if required and not value.strip():
        raise FlowFormatError(f"{where}: '{key}' is empty")
    return value.strip()


def _parse_question(raw: object, index: int) -> Question:
    where = f"question {index}"
    if not isinstance(raw, dict):
        raise FlowFormatError(f"{where}: must be a table")
    kind_name = _text(raw, "kind", where, required=False) or QuestionKind.TEXT.value
    try:
        kind = QuestionKind(kind_name)
    except ValueError:
        allowed = ", ".join(k.value for k in QuestionKind)
        raise FlowFormatError(f"{where}: unknown kind '{kind_name}' (use {allowed})") from None
    role_name = _text(raw, "role", where, required=False)
    try:
        role = QuestionRole(role_name)
    except ValueError:
        allowed = ", ".join(r.value for r in QuestionRole if r.value)
        raise FlowFormatError(f"{where}: unknown role '{role_name}' (use {allowed})") from None
    question = Question(
        id=_text(raw, "id", where),
        text=_text(raw, "text", where),
        kind=kind,
        hint=_text(raw, "hint", where, required=False),
        low=_text(raw, "low", where, required=False),
        high=_text(raw, "high", where, required=False),
        role=role,
    )
    if kind is QuestionKind.SCALE and not (question.low and question.high):
        raise FlowFormatError(f"{where}: a scale needs words for 'low' and 'high'")
    if kind is QuestionKind.CHOICE:
        question = replace(question, choices=_parse_choices(raw.get("choices"), where))
    if "when" in raw:
        question = replace(question, when=_parse_when(raw["when"], where))
    unknown = set(raw) - {"id", "text", "kind", "hint", "low", "high", "role", "choices", "when"}
    if unknown:
        raise FlowFormatError(f"{where}: unknown key '{sorted(unknown)[0]}'")
    return question


def _parse_choices(raw: object, where: str) -> tuple[Choice, ...]:
    if not isinstance(raw, list) or len(raw) < 2:
        raise FlowFormatError(f"{where}: a choice needs at least two 'choices'")
    choices = []
    for number, item in enumerate(raw, start=1):
        if not isinstance(item, dict):
            raise FlowFormatError(f"{where}: choice {number} must be a table (id, label)")
        choices.append(
            Choice(_text(item, "id", f"{where}, choice {number}"), _text(item, "label", where))
        )
    ids = [c.id for c in choices]
    if len(set(ids)) != len(ids):
        raise FlowFormatError(f"{where}: a choice id is used twice")
    return tuple(choices)


def _parse_when(raw: object, where: str) -> tuple[str, tuple[str, ...]]:
    if (
        not isinstance(raw, dict)
        or len(raw) != 1
        or not all(
            isinstance(v, list) and v and all(isinstance(c, str) for c in v) for v in raw.values()
        )
    ):
        raise FlowFormatError(f"{where}: 'when' names one choice question and its choices")
    ((question_id, allowed),) = raw.items()
    return question_id, tuple(allowed)


def _check_conditions(questions: tuple[Question, ...]) -> None:
    for index, question in enumerate(questions):
        if question.when is None:
            continue
        question_id, allowed = question.when
        earlier = {q.id: q for q in questions[:index]}.get(question_id)
        if earlier is None or earlier.kind is not QuestionKind.CHOICE:
            raise FlowFormatError(
                f"question '{question.id}': 'when' needs an earlier choice question "
                f"('{question_id}' is not one)"
            )
        unknown = set(allowed) - {c.id for c in earlier.choices}
        if unknown:
            raise FlowFormatError(
                f"question '{question.id}': '{question_id}' has no choice '{sorted(unknown)[0]}'"
            )


def parse_flow(text: str) -> Flow:
    """Parse one flow from TOML text; raises FlowFormatError naming the problem."""
    import tomllib  # here: `coachdesk search` uses the flows' kinds, never reads a flow

    try:
        raw = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise FlowFormatError(f"not valid TOML ({error})") from None
    unknown = set(raw) - {"id", "title", "purpose", "order", "questions", "followups"}
    if unknown:
        raise FlowFormatError(f"unknown key '{sorted(unknown)[0]}'")
    order = raw.get("order", 100)
    if not isinstance(order, int) or isinstance(order, bool):
        raise FlowFormatError("'order' must be a whole number")
    raw_questions = raw.get("questions")
    if not isinstance(raw_questions, list) or not raw_questions:
        raise FlowFormatError("a flow needs at least one [[questions]] entry")
    questions = tuple(_parse_question(q, i) for i, q in enumerate(raw_questions, start=1))
    ids = [q.id for q in questions]
    duplicate = next((i for i in ids if ids.count(i) > 1), None)
    if duplicate:
        raise FlowFormatError(f"question id '{duplicate}' is used twice")
    if sum(q.role is QuestionRole.LESSON for q in questions) > 1:
        raise FlowFormatError("only one question can be the lesson")
    _check_conditions(questions)
    try:
        followups = parse_rules(raw.get("followups"), questions, Question)
    except RuleFormatError as error:
        raise FlowFormatError(str(error)) from None
    return Flow(
        id=_text(raw, "id", "flow"),
        title=_text(raw, "title", "flow"),
        purpose=_text(raw, "purpose", "flow", required=False),
        questions=questions,
        order=order,
        followups=followups,
    )


def load_flow_files(paths: Iterable[Path]) -> FlowLibrary:
    """Load the given flow files; a bad file becomes a FlowError, the rest still load."""
    flows: dict[str, Flow] = {}
    errors: list[FlowError] = []
    for path in sorted(paths):
        try:
            flow = parse_flow(path.read_text(encoding="utf-8"))
        except UnicodeDecodeError:
            errors.append(FlowError(path, "not UTF-8 text"))
            continue
        except (FlowFormatError, OSError) as error:
            errors.append(FlowError(path, str(error)))
            continue
        if flow.id in flows:
            errors.append(FlowError(path, f"flow id '{flow.id}' is already used by another file"))
            continue
        flows[flow.id] = flow
    ordered = sorted(flows.values(), key=lambda f: (f.order, f.title.casefold()))
    return FlowLibrary(tuple(ordered), tuple(errors))


def load_flows(flows_root: Path, language: str) -> FlowLibrary:
    """Load resources/flows/<language>/*.toml, falling back to English."""
    folder = flows_root / language
    if not folder.is_dir():
        folder = flows_root / "en"
    return load_flow_files(folder.glob("*.toml"))


def _toml_string(text: str) -> str:
    # A JSON string is a valid TOML basic string (the same escapes, \uXXXX included).
    return json.dumps(text, ensure_ascii=False)


def flow_to_toml(flow: Flow) -> str:
    """A flow as a file to hand over: the same format the app reads."""
    lines = [
        f"id = {_toml_string(flow.id)}",
        f"title = {_toml_string(flow.title)}",
        f"purpose = {_toml_string(flow.purpose)}",
        f"order = {flow.order}",
    ]
    for question in flow.questions:
        lines += ["", "[[questions]]", f"id = {_toml_string(question.id)}"]
        lines.append(f"kind = {_toml_string(question.kind.value)}")
        lines.append(f"text = {_toml_string(question.text)}")
        for key in ("hint", "low", "high"):
            value = getattr(question, key)
            if value:
                lines.append(f"{key} = {_toml_string(value)}")
        if question.role is not QuestionRole.NONE:
            lines.append(f"role = {_toml_string(question.role.value)}")
        if question.choices:
            listed = ", ".join(
                f"{{ id = {_toml_string(c.id)}, label = {_toml_string(c.label)} }}"
                for c in question.choices
            )
            lines.append(f"choices = [{listed}]")
        if question.when is not None:
            question_id, allowed = question.when
            listed = ", ".join(_toml_string(c) for c in allowed)
            lines.append(f"when = {{ {_toml_string(question_id)} = [{listed}] }}")
    lines += rules_to_toml(flow.followups)
    return "\n".join(lines) + "\n"


def with_extra_flows(library: FlowLibrary, extra: FlowLibrary) -> FlowLibrary:
    """The shipped flows plus flows from elsewhere (imported from a coach); an extra flow
    whose id is taken is reported, not loaded."""
    taken = {f.id for f in library.flows}
    errors = list(library.errors) + list(extra.errors)
    added = []
    for flow in extra.flows:
        if flow.id in taken:
            errors.append(
                FlowError(Path(f"{flow.id}.toml"), f"flow id '{flow.id}' is already used")
            )
        else:
            added.append(flow)
    ordered = sorted((*library.flows, *added), key=lambda f: (f.order, f.title.casefold()))
    return FlowLibrary(tuple(ordered), tuple(errors))
