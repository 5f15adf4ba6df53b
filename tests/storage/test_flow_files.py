"""Question sets from a coach: imported through files, checked whole, exported back."""

from __future__ import annotations

from pathlib import Path

import pytest

from coachdesk.coaching.flows import FlowLibrary, load_flow_files, parse_flow, with_extra_flows
from coachdesk.storage.flow_files import (
    MAX_FLOW_BYTES,
    FlowImportError,
    export_flow,
    keep_flow,
    read_flow_file,
)

COACH_FLOW = """# From Annelies, for the weeks before the year-end numbers.
id = "year-end"
title = "Year-end pressure"
purpose = "When the last weeks of the year weigh on every call."
order = 80

[[questions]]
id = "weight"
kind = "scale"
text = "How heavy does the target feel today?"
low = "light"
high = "crushing"

[[questions]]
id = "customer"
text = "Which customer did you really listen to this week?"
"""


def _file(tmp_path: Path, name: str, content: str | bytes) -> Path:
    path = tmp_path / "inbox" / name
    path.parent.mkdir(exist_ok=True)
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


def test_a_valid_flow_is_kept_as_written_and_joins_the_library(
    tmp_path: Path, library: FlowLibrary
) -> None:
    source = _file(tmp_path, "from-annelies.toml", COACH_FLOW)
    flow, text = read_flow_file(source, library)
    kept = keep_flow(flow, text, tmp_path / "flows" / "en")

    assert kept.name == "year-end.toml"
    assert kept.read_text(encoding="utf-8") == COACH_FLOW  # the coach's comment too
    merged = with_extra_flows(library, load_flow_files([kept]))
    assert not merged.errors
    assert merged.get("year-end") == flow
    assert [f.id for f in merged.flows].index("year-end") > 0  # by its order, not first


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        ('id = "x"\ntitle = "X"\n[[questions]\n', "not valid TOML"),
        ('id = "x"\ntitle = "X"\n', "at least one [[questions]]"),
        (COACH_FLOW.replace('kind = "scale"', 'kind = "slider"'), "unknown kind 'slider'"),
        (COACH_FLOW.replace('low = "light"\n', ""), "a scale needs words"),
        (COACH_FLOW.replace('"customer"', '"weight"'), "question id 'weight' is used twice"),
        (COACH_FLOW.replace("order = 80", 'order = "soon"'), "'order' must be a whole number"),
        (COACH_FLOW.replace('"year-end"', '"../../evil"'), "may hold only a-z"),
        (COACH_FLOW.replace('"year-end"', '"deal-debrief"'), "id 'deal-debrief' already"),
        (
            COACH_FLOW.replace("Year-end pressure", "Weekly reflection"),
            "titled 'Weekly reflection' already",
        ),
        ('{"id": "x", "questions": []}', "not valid TOML"),  # a JSON file
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\xff\xfe", "not a text file"),
        (b"# " + b"x" * MAX_FLOW_BYTES, "too large"),
    ],
)
def test_a_bad_file_is_refused_naming_the_problem_and_nothing_changes(
    tmp_path: Path, library: FlowLibrary, content: str | bytes, problem: str
) -> None:
    source = _file(tmp_path, "handed-over.toml", content)
    with pytest.raises(FlowImportError, match="handed-over.toml") as refused:
        read_flow_file(source, library)
    assert problem in str(refused.value)
    assert not (tmp_path / "flows").exists()


def test_a_file_that_is_gone_is_refused(tmp_path: Path, library: FlowLibrary) -> None:
    with pytest.raises(FlowImportError, match="cannot be read"):
        read_flow_file(tmp_path / "nowhere.toml", library)


def test_an_imported_id_taken_by_a_shipped_flow_later_is_reported_not_loaded(
    tmp_path: Path, library: FlowLibrary
) -> None:
    clash = _file(tmp_path, "free-note.toml", COACH_FLOW.replace('"year-end"', '"free-note"'))
    merged = with_extra_flows(library, load_flow_files([clash]))
    assert merged.get("free-note") == library.get("free-note")
    assert any("already used" in str(e) for e in merged.errors)


def test_every_shipped_flow_exports_to_a_file_that_reads_back_the_same(
    tmp_path: Path, library: FlowLibrary
) -> None:
    for flow in library.flows:
        target = tmp_path / f"{flow.id}.toml"
        export_flow(flow, target)
        assert parse_flow(target.read_text(encoding="utf-8")) == flow
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        f"{f.id}.toml" for f in library.flows
    )  # no temporary files left behind


COACH_RULES = """
[[followups]]
id = "lighter"
kind = "stress"
watches = ["weight"]
values = [5]
text = "What would make it one step lighter?"
why = "Asked because it feels crushing."

[[followups]]
id = "number-first"
kind = "target"
watches = ["customer"]
words = ["omzet*"]
text = "What did that customer need from you?"
why = "Asked because your answer was about the number."
"""


def test_a_question_set_with_follow_ups_is_kept_and_exported_with_them(
    tmp_path: Path, library: FlowLibrary
) -> None:
    source = _file(tmp_path, "from-annelies.toml", COACH_FLOW + COACH_RULES)
    flow, text = read_flow_file(source, library)
    assert [(r.id, r.kind.value, r.watches) for r in flow.followups] == [
        ("lighter", "stress", ("weight",)),
        ("number-first", "target", ("customer",)),
    ]
    kept = keep_flow(flow, text, tmp_path / "flows" / "en")
    assert load_flow_files([kept]).flows == (flow,)
    export_flow(flow, tmp_path / "out.toml")
    assert parse_flow((tmp_path / "out.toml").read_text(encoding="utf-8")) == flow


@pytest.mark.parametrize(
    ("find", "replacement", "problem"),
    [
        ('kind = "target"', 'kind = "numbers"', "unknown kind 'numbers'"),
        ('watches = ["customer"]', 'watches = ["client"]', "watches 'client', not a question"),
        ('words = ["omzet*"]', "words = []", "the list 'words' is empty"),
        ('id = "lighter"', 'id = "weight"', "a question has that id"),
        ("values = [5]", "values = [9]", "'values' are from 1 to 5"),
    ],
)
def test_a_question_set_with_a_bad_follow_up_is_refused_naming_file_and_problem(
    tmp_path: Path, library: FlowLibrary, find: str, replacement: str, problem: str
) -> None:
    source = _file(
        tmp_path, "handed-over.toml", COACH_FLOW + COACH_RULES.replace(find, replacement)
    )
    with pytest.raises(FlowImportError, match="handed-over.toml") as refused:
        read_flow_file(source, library)
    assert problem in str(refused.value)
    assert not (tmp_path / "flows").exists()
