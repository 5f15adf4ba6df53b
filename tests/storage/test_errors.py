"""SQLite failures are sorted into what a user must hear about and what is a bug."""

from __future__ import annotations

import sqlite3

import pytest

from coachdesk.storage import DamagedJournalError, StorageUnavailable
from coachdesk.storage.errors import classify


def sqlite_error(name: str) -> sqlite3.Error:
    error = sqlite3.OperationalError("simulated")
    error.sqlite_errorname = name  # type: ignore[attr-defined]
    return error


@pytest.mark.parametrize(
    ("name", "reason"),
    [
        ("SQLITE_FULL", "full"),
        ("SQLITE_BUSY", "busy"),
        ("SQLITE_READONLY_DIRECTORY", "read-only"),
        ("SQLITE_IOERR_WRITE", "io"),
        ("SQLITE_CANTOPEN", "cannot-open"),
    ],
)
def test_storage_in_the_way_is_unavailable(name: str, reason: str) -> None:
    error = classify(sqlite_error(name))
    assert isinstance(error, StorageUnavailable) and error.reason == reason


def test_damage_is_its_own_error() -> None:
    assert isinstance(classify(sqlite_error("SQLITE_CORRUPT")), DamagedJournalError)


def test_a_programming_error_is_left_to_crash() -> None:
    assert classify(sqlite_error("SQLITE_ERROR")) is None
