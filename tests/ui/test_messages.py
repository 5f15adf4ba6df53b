"""Journal errors are worded for people, with the path where it helps."""

from __future__ import annotations

from pathlib import Path

from coachdesk.storage import NewerJournalError, NotAJournalError, StorageUnavailable
from coachdesk.ui.common.messages import describe


def test_each_error_reads_as_a_sentence(qapp: object) -> None:
    assert describe(StorageUnavailable("full")) == "Could not save: the disk is full."
    newer = describe(NewerJournalError(Path("/j.sqlite"), ["9_x"]))
    assert "/j.sqlite" in newer and "newer version" in newer and "not changed" in newer
    assert "/n.sqlite" in describe(NotAJournalError(Path("/n.sqlite"), "file is not a database"))
