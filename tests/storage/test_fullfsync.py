"""macOS: the journal connection asks for F_FULLFSYNC, or fsync leaves the data in the
drive's cache (docs/reliability.md promises it is on the disk)."""

from __future__ import annotations

import sys

import pytest
from sqlite_utils import Database

from coachdesk.storage.connection import configure


def pragmas_run(monkeypatch: pytest.MonkeyPatch, platform: str) -> list[str]:
    monkeypatch.setattr(sys, "platform", platform)
    db = Database(memory=True)
    run: list[str] = []
    db.conn.set_trace_callback(run.append)
    try:
        configure(db)
    finally:
        db.close()
    return [statement.replace(" ", "").lower() for statement in run]


def test_macos_turns_fullfsync_on(monkeypatch: pytest.MonkeyPatch) -> None:
    assert "pragmafullfsync=on" in pragmas_run(monkeypatch, "darwin")


@pytest.mark.parametrize("platform", ["linux", "win32"])
def test_other_systems_leave_fullfsync_alone(
    monkeypatch: pytest.MonkeyPatch, platform: str
) -> None:
    assert not any("fullfsync" in s for s in pragmas_run(monkeypatch, platform))
