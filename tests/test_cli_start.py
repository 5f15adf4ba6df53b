"""The command line starts like a native tool: list and search load neither Qt nor
sqlite-utils, read through the quick reader, and still say what the store would say."""

from __future__ import annotations

import json
import shutil
import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path

import pytest

from coachdesk.cli.journal import default_journal_path
from coachdesk.storage.connection import applied_migrations
from coachdesk.storage.migrations import known_migrations
from tests.test_cli import run, write_jsonl

ROOT = Path(__file__).resolve().parent.parent
NOTES = [
    {"date": "2026-02-01", "title": "Klant belt terug", "text": "De klant twijfelde", "tags": []},
    {"date": "2026-03-01", "title": "Koffie", "text": "Een café met de inkoper", "tags": []},
]
# What a reading command must not load: the window's toolkit, the store's sqlite-utils and
# what sqlite-utils brings (click, dateutil, pluggy).
HEAVY = ("PySide6", "shiboken6", "sqlite_utils", "click", "dateutil", "pluggy")


@pytest.fixture
def filled(tmp_path: Path, journal_path: Path) -> Path:
    notes = write_jsonl(tmp_path / "in.jsonl", *NOTES)
    assert run("import", str(notes), "--journal", str(journal_path))[0] == 0
    return journal_path


def loaded_by(*argv: str) -> tuple[list[str], str]:
    """The heavy modules a fresh `coachdesk ARGV` loaded, and what it printed."""
    code = (
        "import json, sys\n"
        "from coachdesk.__main__ import main\n"
        f"code = main({list(argv)!r})\n"
        f"heavy = sorted(m for m in sys.modules if m.split('.')[0] in {HEAVY!r})\n"
        "print(json.dumps([code, heavy]))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT
    )
    *printed, last = result.stdout.splitlines()
    code, heavy = json.loads(last)
    assert code == 0, result.stderr
    return heavy, "\n".join(printed)


def test_search_and_list_load_no_qt_and_no_sqlite_utils(filled: Path) -> None:
    heavy, printed = loaded_by("search", "klant", "--journal", str(filled))
    assert heavy == [] and "Klant belt terug" in printed
    heavy, printed = loaded_by("list", "--journal", str(filled), "--format", "jsonl")
    assert heavy == [] and [json.loads(line)["title"] for line in printed.splitlines()] == [
        "Koffie",
        "Klant belt terug",
    ]


def test_an_encrypted_journal_is_read_without_them_too(filled: Path, tmp_path: Path) -> None:
    secret = tmp_path / "pass.txt"
    secret.write_text("horse battery staple\n", encoding="utf-8")
    assert run("encrypt", "--journal", str(filled), "--passphrase-file", str(secret))[0] == 0
    heavy, printed = loaded_by(
        "search", "cafe", "--journal", str(filled), "--passphrase-file", str(secret)
    )
    assert heavy == [] and "Koffie" in printed


def test_the_default_journal_is_where_the_window_keeps_it(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from coachdesk.environment import default_journal_path as asked_of_qt

    for data_home in (str(tmp_path / "data"), "relative/data", ""):
        monkeypatch.setenv("XDG_DATA_HOME", data_home)
        assert default_journal_path() == asked_of_qt(), data_home
    monkeypatch.delenv("XDG_DATA_HOME")
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    assert (
        default_journal_path()
        == asked_of_qt()
        == tmp_path / "home/.local/share/coachdesk/journal.sqlite"
    )


def test_an_older_journal_is_updated_by_the_store_as_before(tmp_path: Path) -> None:
    old = tmp_path / "old.sqlite"
    shutil.copy(ROOT / "tests/fixtures/journal_schema1.sqlite", old)
    code, out, err = run("search", "brouwer", "--journal", str(old), "--format", "jsonl")
    assert (code, err) == (0, "") and json.loads(out)["flow"] == "deal-debrief"
    assert applied_migrations(old) == known_migrations()


def test_a_damaged_journal_is_one_line(filled: Path) -> None:
    with closing(sqlite3.connect(filled)) as conn:
        (page_size,) = conn.execute("pragma page_size").fetchone()
        (root,) = conn.execute(
            "select rootpage from sqlite_master where name = 'reflections'"
        ).fetchone()
    data = bytearray(filled.read_bytes())
    data[(root - 1) * page_size : root * page_size] = b"\xff" * page_size
    filled.write_bytes(bytes(data))
    for command in (["list"], ["search", "klant"]):
        code, out, err = run(*command, "--journal", str(filled))
        assert code == 1 and err.startswith("coachdesk: The journal is damaged"), err
        assert err.count("\n") == 1
