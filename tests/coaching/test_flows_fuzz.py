"""Fuzzed flow files: parse_flow returns a Flow or raises FlowFormatError, nothing else;
load_flow_files never raises and names every bad file."""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any

from hypothesis import event, given, settings
from hypothesis import strategies as st

from coachdesk.coaching.flows import (
    Choice,
    Flow,
    FlowFormatError,
    Question,
    QuestionKind,
    QuestionRole,
    load_flow_files,
    parse_flow,
)

FAST = settings(max_examples=150)


def toml_string(text: str) -> str:
    """A TOML basic string: quotes, backslashes and control characters escaped."""
    escaped = "".join(
        "\\" + c if c in '"\\' else f"\\u{ord(c):04x}" if ord(c) < 0x20 or c == "\x7f" else c
        for c in text
    )
    return f'"{escaped}"'


def toml_value(value: Any) -> str:
    """A value in TOML's inline syntax."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return repr(value)
    if isinstance(value, str):
        return toml_string(value)
    if isinstance(value, list):
        return "[" + ", ".join(toml_value(v) for v in value) + "]"
    assert isinstance(value, dict)
    return "{" + ", ".join(f"{toml_string(k)} = {toml_value(v)}" for k, v in value.items()) + "}"


def dump(table: dict[str, Any]) -> str:
    """A TOML document, one top-level key per line."""
    return "".join(f"{toml_string(k)} = {toml_value(v)}\n" for k, v in table.items())


def returns_a_flow_or_a_format_error(text: str) -> Flow | None:
    try:
        flow = parse_flow(text)
    except FlowFormatError as error:
        assert str(error)  # a message to show beside the file name
        event("format error")
        return None
    assert isinstance(flow, Flow) and flow.questions
    event("a flow")
    return flow


# Arbitrary values where a flow's keys go -------------------------------------------------

FLOW_KEYS = ["id", "title", "purpose", "order", "questions"]
QUESTION_KEYS = ["id", "text", "kind", "hint", "low", "high", "role"]
WORDS = [k.value for k in QuestionKind] + [r.value for r in QuestionRole] + ["lesson", " ", ""]
scalars = st.one_of(
    st.text(max_size=20),
    st.sampled_from(WORDS),
    st.integers(min_value=-(2**63), max_value=2**63 - 1),
    st.booleans(),
    st.floats(allow_nan=False, allow_infinity=False),
)
values = st.recursive(
    scalars,
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=12,
)
questions = st.dictionaries(
    st.sampled_from(QUESTION_KEYS) | st.text(max_size=6), scalars, max_size=len(QUESTION_KEYS) + 1
)
tables = st.dictionaries(
    st.sampled_from(FLOW_KEYS) | st.text(max_size=6),
    values | st.lists(questions | values, max_size=4),
    max_size=len(FLOW_KEYS) + 1,
)


@FAST
@given(st.text())
def test_any_text_is_a_flow_or_a_format_error(text: str) -> None:
    returns_a_flow_or_a_format_error(text)


@FAST
@given(
    st.lists(
        st.one_of(
            st.sampled_from(["[[questions]]", "[questions]", "[questions.x]", "[[x]]", "[", "]]"]),
            st.builds(
                lambda key, value: f"{key} = {value}",
                st.sampled_from(FLOW_KEYS + QUESTION_KEYS + ["x"]),
                st.sampled_from(['"scale"', '"stage"', '"lesson"', '""', "[]", "{}", "1", "x"])
                | values.map(toml_value),
            ),
            st.text(max_size=30),
        ),
        max_size=14,
    )
)
def test_toml_ish_lines_are_a_flow_or_a_format_error(lines: list[str]) -> None:
    returns_a_flow_or_a_format_error("\n".join(lines))


@FAST
@given(tables)
def test_random_tables_are_a_flow_or_a_format_error(table: dict[str, Any]) -> None:
    returns_a_flow_or_a_format_error(dump(table))


# Valid flows ------------------------------------------------------------------------------

words = st.text(min_size=1, max_size=30).filter(str.strip)


@st.composite
def valid_flows(draw: st.DrawFn) -> tuple[dict[str, Any], Flow]:
    """A flow table that follows the format, and the Flow it must parse to."""
    raw_questions: list[dict[str, Any]] = []
    expected: list[Question] = []
    ids = draw(st.lists(words, min_size=1, max_size=6, unique_by=str.strip))
    lesson = draw(st.none() | st.integers(0, len(ids) - 1))
    for index, question_id in enumerate(ids):
        kind = draw(st.sampled_from(list(QuestionKind)))
        role = (
            QuestionRole.LESSON
            if index == lesson
            else draw(st.sampled_from([QuestionRole.NONE, QuestionRole.REVIEW_COMMITMENTS]))
        )
        raw = {"id": question_id, "text": draw(words), "kind": kind.value, "role": role.value}
        for optional in ("hint", "low", "high"):
            if kind is QuestionKind.SCALE and optional != "hint" or draw(st.booleans()):
                raw[optional] = draw(words)
        choices: tuple[Choice, ...] = ()
        if kind is QuestionKind.CHOICE:
            choice_ids = draw(st.lists(words, min_size=2, max_size=4, unique_by=str.strip))
            raw["choices"] = [{"id": c, "label": draw(words)} for c in choice_ids]
            choices = tuple(Choice(c["id"].strip(), c["label"].strip()) for c in raw["choices"])
        raw_questions.append(raw)
        expected.append(
            Question(
                id=question_id.strip(),
                text=raw["text"].strip(),
                kind=kind,
                hint=raw.get("hint", "").strip(),
                low=raw.get("low", "").strip(),
                high=raw.get("high", "").strip(),
                role=role,
                choices=choices,
            )
        )
    table = {"id": draw(words), "title": draw(words), "purpose": draw(st.text(max_size=40))}
    table["order"] = draw(st.integers(min_value=-(2**63), max_value=2**63 - 1))
    table["questions"] = raw_questions
    flow = Flow(
        id=table["id"].strip(),
        title=table["title"].strip(),
        purpose=table["purpose"].strip(),
        questions=tuple(expected),
        order=table["order"],
    )
    return table, flow


@FAST
@given(valid_flows())
def test_a_valid_flow_parses_to_what_it_says(case: tuple[dict[str, Any], Flow]) -> None:
    table, flow = case
    assert parse_flow(dump(table)) == flow


# A folder of good and bad files ------------------------------------------------------------

files = st.one_of(
    valid_flows().map(lambda case: dump(case[0]).encode()),
    tables.map(lambda table: dump(table).encode()),
    st.text().map(str.encode),
    st.binary(max_size=64),  # mostly not UTF-8
)


@settings(max_examples=60)
@given(st.lists(files, min_size=1, max_size=6))
def test_a_folder_of_good_and_bad_files_loads_the_good_and_names_the_bad(
    contents: list[bytes],
) -> None:
    with tempfile.TemporaryDirectory() as folder:
        paths = [Path(folder) / f"flow-{i:02d}.toml" for i in range(len(contents))]
        expected_flows: dict[str, Path] = {}
        expected_bad: list[Path] = []
        for path, content in zip(paths, contents, strict=True):
            path.write_bytes(content)
            try:
                flow = returns_a_flow_or_a_format_error(path.read_text(encoding="utf-8"))
            except UnicodeDecodeError:
                flow = None
            if flow is None or flow.id in expected_flows:
                expected_bad.append(path)
            else:
                expected_flows[flow.id] = path
        library = load_flow_files(reversed(paths))  # it sorts them itself
    assert {flow.id for flow in library.flows} == set(expected_flows)
    assert [error.path for error in library.errors] == expected_bad
    for error in library.errors:
        assert str(error).startswith(f"{error.path.name}: ") and error.message
