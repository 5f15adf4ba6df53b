"""The file: URIs read-only connections open: SQLite's rules (sqlite.org/uri.html) for
Windows' drive letters, UNC shares and redirected folders, checked with Windows paths."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path, PureWindowsPath

import pytest

from coachdesk.storage.connection import connect, sqlite_uri


@pytest.mark.parametrize(
    ("path", "uri"),
    [
        (
            r"C:\Users\Anne\AppData\Local\coachdesk\journal.sqlite",
            "file:///C:/Users/Anne/AppData/Local/coachdesk/journal.sqlite",
        ),
        # a UNC share, as a redirected folder resolves: no authority for SQLite to refuse
        (
            r"\\server\home$\anne\coachdesk\journal.sqlite",
            "file:////server/home%24/anne/coachdesk/journal.sqlite",
        ),
        (r"\\?\UNC\server\share\journal.sqlite", "file:////server/share/journal.sqlite"),
        (r"\\?\C:\very\long\journal.sqlite", "file:///C:/very/long/journal.sqlite"),
        (
            r"C:\Users\Łukasz Ωmega\50% #1?.sqlite",
            "file:///C:/Users/%C5%81ukasz%20%CE%A9mega/50%25%20%231%3F.sqlite",
        ),
    ],
)
def test_windows_paths_become_uris_sqlite_accepts(path: str, uri: str) -> None:
    made = sqlite_uri(PureWindowsPath(path))
    assert made == uri
    assert "://" + "/" in made  # the authority is always empty: SQLite refuses any other


def test_a_unc_uri_is_not_what_as_uri_makes() -> None:
    # The bug: as_uri() puts the server in the authority, which SQLite refuses.
    share = PureWindowsPath(r"\\server\share\journal.sqlite")
    assert share.as_uri() == "file://server/share/journal.sqlite"
    with pytest.raises(sqlite3.OperationalError, match="authority"):
        sqlite3.connect(share.as_uri() + "?mode=ro", uri=True)


def test_an_odd_folder_name_opens_read_only(tmp_path: Path) -> None:
    folder = tmp_path / "Ωmega 50% #1"  # (a ? cannot be in a Windows file name)
    folder.mkdir()
    journal = folder / "journal.sqlite"
    writer = sqlite3.connect(journal)
    writer.execute("create table t (x)")
    writer.execute("insert into t values ('łódź')")
    writer.commit()
    writer.close()
    if os.name == "posix":
        assert sqlite_uri(journal) == journal.as_uri()  # here nothing changes
    conn = connect(journal, None, read_only=True)
    try:
        assert conn.execute("select x from t").fetchone() == ("łódź",)
    finally:
        conn.close()
