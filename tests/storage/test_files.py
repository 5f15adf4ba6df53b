"""Replacing a file that another program holds open, as Windows refuses it (PermissionError)."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from coachdesk.storage import files
from coachdesk.storage.files import FileHeld, replace_file, replaced_atomically


def held_for(monkeypatch: pytest.MonkeyPatch, times: int) -> list[float]:
    """os.replace refuses the first `times` calls, as Windows does while a virus scanner
    reads the target; returns the pauses taken between the tries."""
    real_replace = os.replace
    calls = [0]

    def replace(source: object, target: object) -> None:
        calls[0] += 1
        if calls[0] <= times:
            raise PermissionError(errno.EACCES, "Access is denied", str(target))
        real_replace(source, target)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "replace", replace)
    paused: list[float] = []
    monkeypatch.setattr(files, "_pause", paused.append)
    return paused


def test_a_file_held_for_a_moment_is_replaced_after_a_pause(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "settings.json"
    target.write_text("old")
    paused = held_for(monkeypatch, 2)
    with replaced_atomically(target) as out:
        out.write("new")
    assert target.read_text() == "new" and len(paused) == 2
    assert sorted(p.name for p in tmp_path.iterdir()) == ["settings.json"]


def test_a_file_held_too_long_is_said_to_be_busy_and_nothing_is_lost(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target, source = tmp_path / "journal.sqlite", tmp_path / "journal.sqlite.encrypting"
    target.write_text("the journal")
    source.write_text("its new version")
    held_for(monkeypatch, 100)
    with pytest.raises(FileHeld, match="busy in another program") as raised:
        replace_file(source, target)
    assert raised.value.path == target
    assert target.read_text() == "the journal" and source.read_text() == "its new version"
