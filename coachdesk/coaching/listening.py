"""Listening: the follow-up question a coach asks because of what was just said.

A flow file may end in [[followups]] tables. Each is a rule: it watches one or more of the
flow's questions, and when an answer to one of them calls for it, its own question is asked
right after, with a line saying why. What calls for it depends on its kind: words in a
written answer (price, outside, absolute, self-blame, target, won; the word lists are in
coaching/lexicon.py), a very short or unsure written answer (vague), a scale answer among the
rule's `values` (stress), or a choice among its `choices` (won). No model, no network: every
follow-up can be explained by the words, number or choice that called for it (`heard`).

A coach asks one follow-up per answer and only a few per reflection: here each rule at most
once, one rule of each kind at most once (after "what is within reach before Monday?" the
low energy is not asked about again), and MAX_FOLLOWUPS in all.

The rules are parsed with the flow (flows.py calls parse_rules). This module imports flows.py
only for its types, so that flows.py can call it: the follow-up's Question is made with the
constructor flows.py hands in, and a rule that breaks the format raises RuleFormatError,
which flows.py reports as the flow's FlowFormatError.
"""

from __future__ import annotations

import enum
import json
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from coachdesk.coaching.lexicon import Lexicon, entry_problem, shipped_lexicon

if TYPE_CHECKING:
    from coachdesk.coaching.flows import Flow, Question
    from coachdesk.coaching.reflections import Answer

# Two: the flows are eight to thirteen questions already, and a third question nobody
# planned starts to feel like an interrogation rather than being listened to.
MAX_FOLLOWUPS = 2
SCALE_VALUES = range(1, 6)  # a scale answer is 1..5


class RuleKind(enum.StrEnum):
    """What a follow-up rule listens for (docs/coaching.md has a section on each)."""

    PRICE = "price"  # the outcome put on price, discount or budget
    OUTSIDE = "outside"  # on others or circumstances
    ABSOLUTE = "absolute"  # always, never, everyone, nobody
    VAGUE = "vague"  # very short, or "I don't know"
    SELF_BLAME = "self-blame"  # a harsh judgement of oneself
    TARGET = "target"  # the number, the quota, the target
    STRESS = "stress"  # a stress scale high (or energy low)
    WON = "won"  # the deal was won


# What each kind may watch: written answers (text, commitment), a scale, a choice.
_WRITTEN = frozenset({"text", "commitment"})
_ON_SCALE = frozenset({RuleKind.STRESS})
_ON_CHOICE = frozenset({RuleKind.WON})
_WITHOUT_WORDS = frozenset({RuleKind.STRESS})  # no shipped word list: needs its own words
_KEYS = ("id", "kind", "watches", "text", "hint", "why", "words", "values", "choices")


class RuleFormatError(ValueError):
    """A [[followups]] table does not follow the format."""


@dataclass(frozen=True)
class FollowUpRule:
    """One follow-up: what it watches, what it listens for, what it asks and why."""

    id: str
    kind: RuleKind
    watches: tuple[str, ...]  # question ids
    question: Question  # its id is the rule's id; a written answer
    why: str  # shown with the question: "Asked because you mentioned the price."
    words: tuple[str, ...] = ()  # listened for besides the kind's own word list
    values: tuple[int, ...] = ()  # scale answers that call for it
    choices: tuple[str, ...] = ()  # choice ids that call for it


def _text(table: Mapping[str, object], key: str, where: str, required: bool = True) -> str:
    value = table.get(key, None if required else "")
    if value is None:
        raise RuleFormatError(f"{where}: missing '{key}'")
    if not isinstance(value, str):
        raise RuleFormatError(f"{where}: '{key}' must be text")
    if required and not value.strip():
        raise RuleFormatError(f"{where}: '{key}' is empty")
    return value.strip()


def _list(table: Mapping[str, object], key: str, where: str) -> list[object] | None:
    if key not in table:
        return None
    value = table[key]
    if not isinstance(value, list):
        raise RuleFormatError(f"{where}: '{key}' must be a list")
    if not value:
        raise RuleFormatError(f"{where}: the list '{key}' is empty")
    return value


def _strings(table: Mapping[str, object], key: str, where: str) -> tuple[str, ...]:
    value = _list(table, key, where) or []
    if not all(isinstance(v, str) and v.strip() for v in value):
        raise RuleFormatError(f"{where}: '{key}' must be a list of non-empty text")
    return tuple(dict.fromkeys(str(v).strip() for v in value))


def _values(table: Mapping[str, object], where: str) -> tuple[int, ...]:
    value = _list(table, "values", where) or []
    if not all(isinstance(v, int) and not isinstance(v, bool) for v in value):
        raise RuleFormatError(f"{where}: 'values' must be whole numbers")
    numbers = tuple(dict.fromkeys(int(str(v)) for v in value))
    if any(n not in SCALE_VALUES for n in numbers):
        raise RuleFormatError(f"{where}: 'values' are from 1 to 5, as on a scale")
    return numbers


def _check_watched(rule: FollowUpRule, questions: Mapping[str, Question], where: str) -> None:
    kinds = set()
    for question_id in rule.watches:
        question = questions.get(question_id)
        if question is None:
            raise RuleFormatError(f"{where}: it watches '{question_id}', not a question here")
        kind = question.kind.value
        kinds.add("written" if kind in _WRITTEN else kind)
        if kind in _WRITTEN:
            if rule.kind in _WITHOUT_WORDS and not rule.words:
                raise RuleFormatError(
                    f"{where}: a {rule.kind} rule on the written answer '{question_id}'"
                    " needs its own 'words'"
                )
        elif kind == "scale":
            if rule.kind not in _ON_SCALE:
                raise RuleFormatError(
                    f"{where}: '{question_id}' is a scale; only a stress rule watches a scale"
                )
            if not rule.values:
                raise RuleFormatError(f"{where}: watching the scale '{question_id}' needs 'values'")
        elif kind == "choice":
            if rule.kind not in _ON_CHOICE:
                raise RuleFormatError(
                    f"{where}: '{question_id}' is a choice; only a won rule watches a choice"
                )
            if not rule.choices:
                raise RuleFormatError(
                    f"{where}: watching the choice '{question_id}' needs 'choices'"
                )
            offered = {c.id for c in question.choices}
            unknown = [c for c in rule.choices if c not in offered]
            if unknown:
                raise RuleFormatError(f"{where}: '{question_id}' has no choice '{unknown[0]}'")
        else:
            raise RuleFormatError(f"{where}: a rule cannot watch '{question_id}', a {kind}")
    for key, needs in (("words", "written"), ("values", "scale"), ("choices", "choice")):
        if getattr(rule, key) and needs not in kinds:
            raise RuleFormatError(f"{where}: '{key}' is for a rule that watches a {needs} answer")


def _parse_rule(
    raw: object,
    index: int,
    questions: Mapping[str, Question],
    make_question: Callable[..., Question],
) -> FollowUpRule:
    where = f"follow-up {index}"
    if not isinstance(raw, dict):
        raise RuleFormatError(f"{where}: must be a table")
    rule_id = _text(raw, "id", where)
    where = f"follow-up '{rule_id}'"
    unknown = set(raw) - set(_KEYS)
    if unknown:
        raise RuleFormatError(f"{where}: unknown key '{sorted(unknown)[0]}'")
    kind_name = _text(raw, "kind", where)
    try:
        kind = RuleKind(kind_name)
    except ValueError:
        allowed = ", ".join(k.value for k in RuleKind)
        raise RuleFormatError(f"{where}: unknown kind '{kind_name}' (use {allowed})") from None
    if "watches" not in raw:
        raise RuleFormatError(f"{where}: missing 'watches' (the questions it listens to)")
    words = _strings(raw, "words", where)
    for word in words:
        problem = entry_problem(word)
        if problem is not None:
            raise RuleFormatError(f"{where}: in 'words', {problem}")
    rule = FollowUpRule(
        id=rule_id,
        kind=kind,
        watches=_strings(raw, "watches", where),
        question=make_question(
            rule_id, _text(raw, "text", where), hint=_text(raw, "hint", where, False)
        ),
        why=_text(raw, "why", where),
        words=words,
        values=_values(raw, where),
        choices=_strings(raw, "choices", where),
    )
    _check_watched(rule, questions, where)
    return rule


def parse_rules(
    raw: object, questions: Sequence[Question], make_question: Callable[..., Question]
) -> tuple[FollowUpRule, ...]:
    """The [[followups]] of a flow with these questions; raises RuleFormatError naming the
    problem. `make_question(id, text, hint=…)` makes the follow-up's (written) question."""
    if raw is None:
        return ()
    if not isinstance(raw, list):
        raise RuleFormatError("'followups' must be [[followups]] tables")
    by_id = {q.id: q for q in questions}
    rules: list[FollowUpRule] = []
    for index, table in enumerate(raw, start=1):
        rule = _parse_rule(table, index, by_id, make_question)
        if rule.id in by_id:
            raise RuleFormatError(f"follow-up '{rule.id}': a question has that id already")
        if any(r.id == rule.id for r in rules):
            raise RuleFormatError(f"follow-up id '{rule.id}' is used twice")
        rules.append(rule)
    return tuple(rules)


def _toml(value: object) -> str:
    # JSON strings and arrays of strings or numbers are valid TOML (the same escapes).
    return json.dumps(value, ensure_ascii=False)


def rules_to_toml(rules: Sequence[FollowUpRule]) -> list[str]:
    """The rules as [[followups]] tables, the lines flow_to_toml appends."""
    lines: list[str] = []
    for rule in rules:
        lines += ["", "[[followups]]", f"id = {_toml(rule.id)}", f"kind = {_toml(rule.kind.value)}"]
        lines.append(f"watches = {_toml(list(rule.watches))}")
        lines.append(f"text = {_toml(rule.question.text)}")
        if rule.question.hint:
            lines.append(f"hint = {_toml(rule.question.hint)}")
        lines.append(f"why = {_toml(rule.why)}")
        for key in ("words", "values", "choices"):
            if getattr(rule, key):
                lines.append(f"{key} = {_toml(list(getattr(rule, key)))}")
    return lines


def heard(rule: FollowUpRule, answer: Answer, lexicon: Lexicon | None = None) -> str | None:
    """What in the answer calls for this rule — the words, the number or the choice — or
    None when it does not (a skipped answer calls for nothing)."""
    if answer.is_empty or answer.question_id not in rule.watches:
        return None
    kind = answer.kind.value
    if kind == "scale":
        return str(answer.rating) if answer.rating in rule.values else None
    if kind == "choice":
        return answer.choice if answer.choice in rule.choices else None
    if kind not in _WRITTEN:
        return None
    lexicon = lexicon or shipped_lexicon()
    if rule.kind is RuleKind.VAGUE:
        return lexicon.unsure_words(answer.text, rule.words)
    found = lexicon.mentions(answer.text, rule.kind.value, rule.words)
    return ", ".join(dict.fromkeys(found)) or None


def follow_up(
    flow: Flow, answer: Answer, asked: Collection[str], lexicon: Lexicon | None = None
) -> FollowUpRule | None:
    """The follow-up this answer calls for: the first of the flow's rules that watches its
    question and hears it, unless that rule or one of its kind was asked already in this
    reflection (`asked`: the rule ids asked so far), or MAX_FOLLOWUPS were."""
    rules: Sequence[FollowUpRule] = getattr(flow, "followups", ())
    if answer.is_empty or len(set(asked)) >= MAX_FOLLOWUPS:
        return None
    asked_kinds = {r.kind for r in rules if r.id in asked}
    for rule in rules:
        if rule.id in asked or rule.kind in asked_kinds:
            continue
        if heard(rule, answer, lexicon) is not None:
            return rule
    return None
