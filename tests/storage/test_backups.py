"""Backups through SQLite: made, rotated, checked and restored, plain and encrypted."""

from __future__ import annotations

import shutil
from dataclasses import replace
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from coachdesk.coaching.flows import FlowLibrary
from coachdesk.coaching.reflections import Answer
from coachdesk.storage import JournalError, JournalStore, backups, protection
from coachdesk.storage.backups import Backup
from coachdesk.storage.keyfile import key_file_of
from tests.platforms import assert_mode

FIXTURES = Path(__file__).parent.parent / "fixtures"
NOW = datetime(2026, 11, 20, 9, 30).astimezone()


def write(store: JournalStore, library: FlowLibrary, text: str) -> int:
    flow = library.flows[0]
    reflection = store.start(flow)
    store.save_answer(reflection.id, replace(Answer.blank(flow.questions[0], 0), text=text))
    return reflection.id


def texts(path: Path, key: bytes | None = None) -> list[str]:
    store = JournalStore.open(path, key)
    try:
        return sorted(a.text for s in store.timeline() for a in store.get(s.id).answers)
    finally:
        store.close()


def test_a_backup_is_a_whole_journal_and_restoring_keeps_the_replaced_one(
    journal_path: Path, library: FlowLibrary
) -> None:
    store = JournalStore.open(journal_path)
    write(store, library, "before the backup")
    made = backups.make(store._db, journal_path, "manual", NOW)
    write(store, library, "after the backup")
    store.close()
    assert made.path.parent == journal_path.parent / "backups"
    assert_mode(made.path, 0o600)
    assert backups.backups_of(journal_path) == [made]
    assert backups.check(made.path, None) == "ok"
    kept = backups.restore(made, journal_path, None)
    assert texts(journal_path) == ["before the backup"]
    assert texts(kept) == ["after the backup", "before the backup"]


def test_backups_of_an_encrypted_journal_are_encrypted_and_carry_their_key_file(
    journal_path: Path, library: FlowLibrary
) -> None:
    store = JournalStore.open(journal_path)
    write(store, library, "secret words")
    store.close()
    protection.encrypt(journal_path, "first passphrase")
    key = protection.unlock(journal_path, "first passphrase")
    store = JournalStore.open(journal_path, key)
    made = backups.make(store._db, journal_path, "daily", NOW)
    store.close()
    assert b"secret words" not in made.path.read_bytes() and made.encrypted
    assert backups.check(made.path, None) != "ok"
    assert texts(made.path, key) == ["secret words"]
    protection.decrypt(journal_path, key)  # the journal's key file is gone now...
    assert key_file_of(made.path).exists()  # ...but the backup's is still there
    assert protection.unlock(made.path, "first passphrase") == key


def test_a_migration_is_preceded_by_a_backup(tmp_path: Path) -> None:
    old = tmp_path / "journal.sqlite"
    shutil.copy(FIXTURES / "journal_schema1.sqlite", old)
    JournalStore.open(old).close()
    (before,) = backups.backups_of(old)
    assert before.reason == "before-0002"
    assert backups.check(before.path, None) == "ok"
    JournalStore.open(old).close()  # nothing pending: no new backup
    assert len(backups.backups_of(old)) == 1


def backup_on(day: datetime, reason: str = "daily") -> Backup:
    return Backup(Path(f"/b/{day:%Y%m%d-%H%M%S}-{reason}.sqlite"), day, reason)


def test_rotation_keeps_seven_days_and_four_weeks() -> None:
    days = [NOW - timedelta(days=n) for n in range(60)]
    made = [backup_on(d) for d in days] + [backup_on(d - timedelta(hours=2)) for d in days[:3]]
    made += [backup_on(NOW - timedelta(days=90), "manual")]
    made += [backup_on(NOW - timedelta(days=n), "before-0005") for n in (1, 40, 80, 100)]
    made.sort(key=lambda b: b.made_at, reverse=True)
    keep = backups.to_keep(made)
    kept_daily = sorted(b.made_at for b in made if b.path in keep and b.reason == "daily")
    assert kept_daily[-7:] == sorted(days[:7])  # the newest of each of the last 7 days
    older = [d for d in kept_daily if d < days[6]]
    assert len(older) == 4 and len({d.isocalendar().week for d in older}) == 4
    assert sum(b.path in keep for b in made if b.reason == "manual") == 1
    assert sum(b.path in keep for b in made if b.reason.startswith("before-")) == 3


def test_rotate_deletes_files_and_their_key_files(journal_path: Path, library: FlowLibrary) -> None:
    store = JournalStore.open(journal_path)
    write(store, library, "x")
    for n in range(10):
        backups.make(store._db, journal_path, "daily", NOW - timedelta(days=n))
    store.close()
    gone = backups.rotate(journal_path)
    # 7 days kept; of the 3 older ones, all in one week, the newest stays as that week's.
    assert len(gone) == 2 and all(not p.exists() for p in gone)
    assert len(backups.backups_of(journal_path)) == 8
    assert backups.has_daily(journal_path, NOW.date())


def test_a_damaged_backup_is_not_restored(journal_path: Path, library: FlowLibrary) -> None:
    store = JournalStore.open(journal_path)
    write(store, library, "keep me")
    made = backups.make(store._db, journal_path, "manual", NOW)
    store.close()
    data = bytearray(made.path.read_bytes())
    data[4096 : 4096 + 300] = b"\xff" * 300  # the second page's header, scribbled over
    made.path.write_bytes(bytes(data))
    with pytest.raises(JournalError, match="damaged too"):
        backups.restore(made, journal_path, None)
    assert texts(journal_path) == ["keep me"]
