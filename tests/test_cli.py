"""The headless command line: list, search, import, export on the same journal."""

from __future__ import annotations

import hashlib
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from coachdesk import cli
from coachdesk.storage import JournalStore


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = cli.main(list(argv), out, err)
    return code, out.getvalue(), err.getvalue()


def write_jsonl(path: Path, *records: object) -> Path:
    path.write_text(
        "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8"
    )
    return path


NOTES = [
    {
        "date": "2024-02-29",
        "title": "Schrikkeldag",
        "text": "Eén café, twee klanten 🙂",
        "tags": ["leap"],
    },
    {
        "date": "2025-06-10T08:30:00+02:00",
        "title": "",
        "text": "Line one\nLine two\t\u0007",
        "tags": [],
    },
    {"date": "2026-01-01T00:15:00", "title": "New year", "text": "", "tags": ["a", "b"]},
]


@pytest.fixture
def filled(tmp_path: Path, journal_path: Path) -> Path:
    code, out, err = run(
        "import", str(write_jsonl(tmp_path / "in.jsonl", *NOTES)), "--journal", str(journal_path)
    )
    assert (code, err) == (0, "") and "Imported 3" in out
    return journal_path


def test_list_newest_first_as_jsonl(filled: Path) -> None:
    code, out, _ = run("list", "--journal", str(filled), "--format", "jsonl")
    rows = [json.loads(line) for line in out.splitlines()]
    assert code == 0 and [r["title"] for r in rows] == ["New year", "Free note", "Schrikkeldag"]
    assert {"id", "date", "flow", "title", "snippet"} <= rows[0].keys()
    assert rows[2]["date"].startswith("2024-02-29T12:00") and rows[2]["flow"] == "free-note"
    assert (
        run("list", "--journal", str(filled), "--limit", "1", "--format", "jsonl")[1].count("\n")
        == 1
    )


def test_search_as_text_and_jsonl(filled: Path) -> None:
    code, out, _ = run("search", "cafe", "--journal", str(filled))
    assert code == 0 and "Schrikkeldag" in out and "Eén café" in out
    code, out, _ = run("search", "klant*", "--journal", str(filled), "--format", "jsonl")
    (row,) = [json.loads(line) for line in out.splitlines()]
    assert row["title"] == "Schrikkeldag" and "\x02" not in row["snippet"]
    assert run("search", "NEAR(", "--journal", str(filled)) == (0, "", "")


def test_export_then_import_is_lossless(filled: Path, tmp_path: Path) -> None:
    exported = tmp_path / "out.jsonl"
    assert run("export", "--format", "jsonl", "-o", str(exported), "--journal", str(filled))[0] == 0
    again = tmp_path / "again.sqlite"
    assert run("import", str(exported), "--journal", str(again))[0] == 0
    second = tmp_path / "second.jsonl"
    run("export", "-o", str(second), "--journal", str(again))

    def essence(path: Path) -> list[tuple[object, ...]]:
        rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
        return [(r["date"], r["title"], r["text"], r["tags"]) for r in rows]

    assert essence(exported) == essence(second)
    by_title = {r[1]: r for r in essence(exported)}
    assert by_title["Schrikkeldag"][2] == "Eén café, twee klanten 🙂"
    assert by_title[""][2] == "Line one\nLine two\t\u0007"
    assert by_title[""][0] == "2025-06-10T08:30:00+02:00"


def test_export_to_stdout(filled: Path) -> None:
    code, out, _ = run("export", "--journal", str(filled))
    assert code == 0 and len(out.splitlines()) == 3


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.parametrize(
    ("lines", "message"),
    [
        (
            [b'{"date": "2025-01-01", "text": "ok"}', b'{"date": "2025-01-02", "text": '],
            "line 2: not valid JSON",
        ),
        ([b'{"text": "no date"}'], "line 1: 'date' is missing"),
        ([b'{"date": "yesterday", "text": "x"}'], "line 1: 'date' is not an ISO 8601 date"),
        ([b'{"date": 20250101, "text": "x"}'], "line 1: 'date' must be text, not int"),
        ([b'{"date": "2025-01-01", "text": ["x"]}'], "line 1: 'text' must be text, not list"),
        ([b'{"date": "2025-01-01", "text": "x", "tags": "one"}'], "line 1: 'tags' must be a list"),
        ([b'{"date": "2025-01-01", "text": "x", "tags": [1]}'], "line 1: 'tags' must be a list"),
        ([b'{"date": "2025-01-01"}'], "line 1: 'text' is missing"),
        ([b'["a list"]'], "line 1: each line must be a JSON object"),
        (
            [b'{"date": "2025-01-01", "text": "\\ud800"}'],
            "line 1: 'text' contains an unpaired surrogate",
        ),
        ([b'{"date": "2025-01-01", "text": "caf\xe9"}'], "line 1: not UTF-8"),
        ([b"", b"   "], "holds no reflections"),
        ([], "holds no reflections"),
    ],
)
def test_bad_lines_are_named_and_nothing_is_imported(
    filled: Path, tmp_path: Path, lines: list[bytes], message: str
) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_bytes(b"\n".join(lines))
    before = run("export", "--journal", str(filled))[1]
    code, out, err = run("import", str(bad), "--journal", str(filled))
    assert code == 1 and out == ""
    assert message in err and "nothing was imported" in err and err.count("\n") == 1
    assert run("export", "--journal", str(filled))[1] == before


def test_a_note_over_16_mb_is_refused_and_nothing_is_imported(
    tmp_path: Path, journal_path: Path
) -> None:
    huge = tmp_path / "huge.jsonl"
    with huge.open("wb") as file:
        file.write(b'{"date": "2025-01-01", "text": "fine"}\n')
        file.write(b'{"date": "2025-01-01", "text": "' + b"x" * (17 * 1024 * 1024) + b'"}\n')
    code, _, err = run("import", str(huge), "--journal", str(journal_path))
    assert code == 1 and "line 2: longer than 16 MB" in err
    assert not journal_path.exists()  # checked before the journal was created


def test_missing_files_and_journals_are_one_line_errors(tmp_path: Path) -> None:
    assert run("list", "--journal", str(tmp_path / "none.sqlite"))[2].startswith(
        "coachdesk: no journal"
    )
    code, _, err = run(
        "import", str(tmp_path / "absent.jsonl"), "--journal", str(tmp_path / "j.sqlite")
    )
    assert code == 1 and "cannot read" in err


def test_the_installed_command_prints_no_traceback(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "coachdesk", "search", "x", "--journal", str(tmp_path / "nope")],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 1
    assert result.stderr.strip() == f"coachdesk: no journal at {tmp_path / 'nope'}"


def test_a_newer_journal_is_refused_by_every_command(journal_path: Path) -> None:
    store = JournalStore.open(journal_path)
    store._db.execute(
        "insert into _sqlite_migrations (migration_set, name, applied_at)"
        " values ('coachdesk', 'x', 'y')"
    )
    store.close()
    before = digest(journal_path)
    for command in (["list"], ["search", "a"], ["export"]):
        code, _, err = run(*command, "--journal", str(journal_path))
        assert code == 1 and "newer version" in err
    assert digest(journal_path) == before


def test_the_coachdesk_command_hands_every_subcommand_to_the_command_line(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import argparse

    from coachdesk import __main__ as command

    handed: list[str] = []
    monkeypatch.setattr(cli, "main", lambda argv: handed.append(argv[0]) or 0)
    assert all(command.main([name, "--help"]) == 0 for name in cli.COMMANDS)
    assert handed == list(cli.COMMANDS)  # one list: the parser is made from it too
    (commands,) = [a for a in cli.parser()._actions if isinstance(a, argparse._SubParsersAction)]
    assert list(commands.choices) == list(cli.COMMANDS)
