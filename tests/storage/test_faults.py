"""Storage faults: a full disk, a read-only folder, a file moved or replaced while open, a
journal locked by another program, and damaged files. Each is refused with a clear error
within a second, and nothing committed before is lost.

The faults are acted out by tests/storage/fault_child.py in a child process wherever a
failure could take the test run down (resource limits, another user, damaged files).
"""

from __future__ import annotations

import hashlib
import json
import os
import queue
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from coachdesk.storage import (
    DamagedJournalError,
    JournalError,
    JournalStore,
    StorageUnavailable,
    backups,
    protection,
)
from tests.platforms import LINUX_ONLY, POSIX_ONLY
from tests.storage.fault_child import FLOW, NOBODY, PRECIOUS, answer

CHILD = Path(__file__).with_name("fault_child.py")
TIMEOUT = 60
PASSPHRASE = "correct horse battery staple"


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def child(*args: str) -> list[dict[str, Any]]:
    """Run fault_child.py to the end; its events."""
    result = subprocess.run(
        [sys.executable, str(CHILD), *args], capture_output=True, text=True, timeout=TIMEOUT
    )
    assert result.returncode == 0 and not result.stderr, result.stderr
    return [json.loads(line) for line in result.stdout.splitlines()]


def the(events: list[dict[str, Any]], name: str) -> dict[str, Any]:
    (found,) = [e for e in events if e["event"] == name]
    return found


class Talking:
    """A fault_child.py that waits for lines and says what happened, as it happens."""

    def __init__(self, *args: str) -> None:
        self.process = subprocess.Popen(
            [sys.executable, str(CHILD), *args],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        self._events: queue.Queue[dict[str, Any]] = queue.Queue()
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            self._events.put(json.loads(line))

    def expect(self, name: str) -> dict[str, Any]:
        try:
            event = self._events.get(timeout=TIMEOUT)
        except queue.Empty:
            self.process.kill()
            raise AssertionError(self.process.communicate(timeout=TIMEOUT)[1]) from None
        assert event["event"] == name, event
        return event

    def say(self, line: str) -> None:
        assert self.process.stdin is not None
        self.process.stdin.write(line + "\n")
        self.process.stdin.flush()

    def end(self, kill: bool = False) -> None:
        if kill:
            self.process.send_signal(signal.SIGKILL)
        _, errors = self.process.communicate(timeout=TIMEOUT)
        assert kill or (self.process.returncode == 0 and not errors), errors


# A full disk -----------------------------------------------------------------------------


@POSIX_ONLY
def test_a_full_disk_refuses_the_save_and_keeps_what_was_saved(tmp_path: Path) -> None:
    journal = tmp_path / "journal.sqlite"
    child("make", str(journal))
    # RLIMIT_FSIZE is set in the child itself: preexec_fn is unsafe once Qt runs threads.
    events = child("fill", str(journal), str(journal.stat().st_size + 300_000))
    saved = [e["n"] for e in events if e["event"] == "saved"]
    refused = the(events, "refused")
    assert saved and refused["type"] == "StorageUnavailable"
    # A write past the limit fails with EFBIG, which SQLite reports as an I/O error.
    assert refused["reason"] in ("full", "io") and refused["seconds"] < 1.0
    assert the(events, "read")["texts"] == PRECIOUS  # the same connection still reads
    dump = child("dump", str(journal))[0]
    assert dump["check"] == "ok"
    small = ["small, after"] if the(events, "small-save")["ok"] else []
    assert dump["texts"] == PRECIOUS + small + [f"fill {n} " + "x" * (n * 20_000) for n in saved]


@LINUX_ONLY
def test_a_small_filesystem_that_fills_up_says_the_disk_is_full(tmp_path: Path) -> None:
    folder = tmp_path / "small"
    folder.mkdir()
    mount = f'mount -t tmpfs -o size=2m tmpfs "{folder}"'
    probe = subprocess.run(
        ["unshare", "-rm", "sh", "-c", mount], capture_output=True, text=True, timeout=TIMEOUT
    )
    if probe.returncode != 0:
        pytest.skip(f"no private mount namespace for a small filesystem: {probe.stderr.strip()}")
    run = f'"{sys.executable}" "{CHILD}"'
    journal = folder / "journal.sqlite"
    script = (
        f'{mount} && {run} make "{journal}" && head -c 1500000 /dev/zero > "{folder}/ballast"'
        f' && {run} fill "{journal}" && rm "{folder}/ballast" && {run} dump "{journal}"'
    )
    result = subprocess.run(
        ["unshare", "-rm", "sh", "-c", script], capture_output=True, text=True, timeout=TIMEOUT
    )
    assert result.returncode == 0 and not result.stderr, result.stderr
    events = [json.loads(line) for line in result.stdout.splitlines()]
    saved = [e["n"] for e in events if e["event"] == "saved"]
    refused = the(events, "refused")
    assert saved and (refused["type"], refused["reason"]) == ("StorageUnavailable", "full")
    assert refused["seconds"] < 1.0
    dump = the(events, "dump")  # after space was freed again
    assert dump["check"] == "ok"
    small = ["small, after"] if the(events, "small-save")["ok"] else []
    assert dump["texts"] == PRECIOUS + small + [f"fill {n} " + "x" * (n * 20_000) for n in saved]


# A read-only folder ----------------------------------------------------------------------


@pytest.fixture
def shared_folder() -> Iterator[Path]:
    """A folder user nobody can reach (pytest's own tmp_path is private to root)."""
    base = Path(tempfile.mkdtemp(prefix="coachdesk-faults-"))
    base.chmod(0o755)
    folder = base / "journal"
    folder.mkdir()
    yield folder
    for path in [base, *base.rglob("*")]:
        path.chmod(0o700)
    shutil.rmtree(base)


def made_read_only(folder: Path, folder_mode: int, file_mode: int) -> Path:
    journal = folder / "journal.sqlite"
    child("make", str(journal))
    if os.geteuid() == 0:  # the child drops to nobody; the folder is theirs, as it is yours
        for path in [folder, *folder.iterdir()]:
            os.chown(path, NOBODY, NOBODY)
    journal.chmod(file_mode)
    folder.chmod(folder_mode)
    writable = os.access(journal, os.W_OK) if file_mode == 0o444 else os.access(folder, os.W_OK)
    if os.geteuid() != 0 and writable:
        pytest.skip("permissions do not restrict this user (not root, yet allowed to write)")
    return journal


@POSIX_ONLY
def test_a_read_only_journal_opens_for_reading_and_refuses_writes(shared_folder: Path) -> None:
    journal = made_read_only(shared_folder, 0o755, 0o444)
    before = digest(journal)
    events = child("readonly", str(journal))
    opened = the(events, "opened")
    assert opened["texts"] == PRECIOUS and opened["found"] == 3
    refusals = [e for e in events if e["event"] == "refused"]
    assert [(e["type"], e["reason"]) for e in refusals] == [("StorageUnavailable", "read-only")] * 2
    assert all(e["seconds"] < 1.0 for e in refusals)
    assert the(events, "read-after")["texts"] == PRECIOUS
    assert digest(journal) == before


@POSIX_ONLY
@pytest.mark.parametrize("file_mode", [0o644, 0o444])
def test_a_journal_in_a_read_only_folder_is_refused_at_once(
    shared_folder: Path, file_mode: int
) -> None:
    # SQLite cannot make the -wal and -shm files it needs, so not even reading works.
    journal = made_read_only(shared_folder, 0o555, file_mode)
    before = digest(journal)
    (refused,) = child("readonly", str(journal))
    assert (refused["type"], refused["reason"]) == ("StorageUnavailable", "read-only")
    assert refused["seconds"] < 1.0 and "read-only" in refused["message"]
    assert digest(journal) == before and os.listdir(shared_folder) == ["journal.sqlite"]


@POSIX_ONLY
def test_a_folder_made_read_only_while_open_still_takes_every_save(shared_folder: Path) -> None:
    # Permissions are checked when a file is opened; SQLite holds all three open already.
    journal = shared_folder / "journal.sqlite"
    if os.geteuid() == 0:
        os.chown(shared_folder, NOBODY, NOBODY)
    writer = Talking("save-wait-save", str(journal), "nobody")
    writer.expect("saved")
    for path in shared_folder.iterdir():
        path.chmod(0o444)
    shared_folder.chmod(0o555)
    writer.say("go")
    writer.expect("written")
    writer.say("close")
    writer.expect("closed")
    writer.end()
    shared_folder.chmod(0o755)
    for path in shared_folder.iterdir():
        path.chmod(0o644)
    dump = child("dump", str(journal))[0]
    assert dump["check"] == "ok"
    assert dump["texts"][-1] == "after the change" and len(dump["texts"]) == 51


# The file moved, removed or replaced while open ------------------------------------------


def open_with_saves(path: Path) -> tuple[JournalStore, int]:
    """A journal with 50 saves still in its write-ahead log."""
    store = JournalStore.open(path)
    draft = store.start(FLOW)
    for n in range(1, 51):
        store.save_answer(draft.id, answer(n, f"saved {n} " + "y" * 3000))
    assert Path(f"{path}-wal").stat().st_size > 0
    return store, draft.id


def refused_as_moved(store: JournalStore, draft: int) -> None:
    started = time.monotonic()
    with pytest.raises(StorageUnavailable) as refused:
        store.save_answer(draft, answer(51, "after the change"))
    assert refused.value.reason == "moved" and time.monotonic() - started < 1.0
    assert len(store.get(draft).answers) == 50  # reading goes on


def texts_in(path: Path) -> list[str]:
    store = JournalStore.open(path)
    try:
        return [a.text for r in store.every_reflection() for a in r.answers]
    finally:
        store.close()


def stale_log(path: Path) -> bool:
    log = Path(f"{path}-wal")
    return log.exists() and log.stat().st_size > 0


@POSIX_ONLY  # Windows refuses to move or remove a file that is open
def test_a_journal_moved_while_open_keeps_every_save(tmp_path: Path) -> None:
    journal = tmp_path / "journal.sqlite"
    store, draft = open_with_saves(journal)
    elsewhere = tmp_path / "elsewhere" / "journal.sqlite"
    elsewhere.parent.mkdir()
    os.rename(journal, elsewhere)
    refused_as_moved(store, draft)
    store.close()
    # SQLite does not checkpoint a moved file on close: the 50 saves were left behind in
    # journal.sqlite-wal, and the moved journal had none of them (fixed in JournalStore).
    assert texts_in(elsewhere) == [f"saved {n} " + "y" * 3000 for n in range(1, 51)]
    assert not stale_log(journal)


@POSIX_ONLY
def test_a_removed_journal_leaves_nothing_to_be_laid_over_a_new_one(tmp_path: Path) -> None:
    journal = tmp_path / "journal.sqlite"
    store, draft = open_with_saves(journal)
    journal.unlink()
    refused_as_moved(store, draft)
    store.close()
    assert not stale_log(journal)
    assert texts_in(journal) == []  # a new journal, not the old log on an empty file


@POSIX_ONLY
@pytest.mark.parametrize("replacement", ["journal", "text"])
def test_a_replaced_journal_is_neither_written_nor_overlaid(
    tmp_path: Path, replacement: str
) -> None:
    journal = tmp_path / "journal.sqlite"
    other = tmp_path / "other.sqlite"
    if replacement == "journal":
        child("make", str(other))
    else:
        other.write_text("my notes, synced from elsewhere\n")
    store, draft = open_with_saves(journal)
    os.replace(other, journal)
    before = digest(journal)
    refused_as_moved(store, draft)
    store.close()
    assert digest(journal) == before
    # Before the fix the old log stayed beside it and was read as part of the new file.
    assert not stale_log(journal)
    if replacement == "journal":
        assert texts_in(journal) == PRECIOUS
    else:
        with pytest.raises(JournalError):
            JournalStore.open(journal)
    assert digest(journal) == before


@POSIX_ONLY
def test_a_crash_after_the_move_was_noticed_loses_nothing(tmp_path: Path) -> None:
    journal = tmp_path / "journal.sqlite"
    writer = Talking("save-wait-save", str(journal))
    writer.expect("saved")
    elsewhere = tmp_path / "elsewhere.sqlite"
    os.rename(journal, elsewhere)
    writer.say("go")
    refused = writer.expect("refused")
    assert refused["reason"] == "moved" and refused["seconds"] < 1.0
    writer.end(kill=True)  # killed before it could close the journal
    assert texts_in(elsewhere)[-1] == "saved 50 " + "y" * 3000
    assert not stale_log(journal)


# Locked by another program --------------------------------------------------------------


def test_a_journal_locked_by_another_program_is_busy_within_a_second(tmp_path: Path) -> None:
    journal = tmp_path / "journal.sqlite"
    store = JournalStore.open(journal)
    try:
        draft = store.start(FLOW)
        store.save_answer(draft.id, answer(0, "before the lock"))
        holder = Talking("hold-lock", str(journal))
        holder.expect("locked")
        started = time.monotonic()
        with pytest.raises(StorageUnavailable) as refused:
            store.save_answer(draft.id, answer(1, "while locked"))
        assert refused.value.reason == "busy" and time.monotonic() - started < 1.5
        assert [a.text for a in store.get(draft.id).answers] == ["before the lock"]
        assert len(store.search("lock")) == 1
        holder.say("release")
        holder.expect("released")
        holder.end()
        store.save_answer(draft.id, answer(1, "while locked"))  # the retry goes through
    finally:
        store.close()
    assert texts_in(journal) == ["before the lock", "while locked"]


# Damaged, foreign and newer files ------------------------------------------------------


def good_journal(path: Path) -> None:
    """A journal of 150 reflections, so it has middle pages to damage."""
    rng = random.Random(5)
    store = JournalStore.open(path)
    for i in range(150):
        draft = store.start(FLOW)
        words = " ".join(
            rng.choices(["klant", "café", "prijs", "שלום", "🙂"], k=rng.randint(5, 300))
        )
        store.save_answer(draft.id, answer(0, f"precious {i} {words}"))
        store.finish(draft.id)
    store.close()


def newer(path: Path) -> None:
    store = JournalStore.open(path)
    store._db.execute(
        "insert into _sqlite_migrations (migration_set, name, applied_at)"
        " values ('coachdesk', '9999_from_the_future', 'later')"
    )
    store.close()


def flipped(data: bytes, seed: int) -> bytes:
    """A few random bits flipped in the middle pages (not the first, not the last)."""
    rng = random.Random(seed)
    damaged = bytearray(data)
    for _ in range(4):
        damaged[rng.randrange(4096, len(data) - 4096)] ^= 1 << rng.randrange(8)
    return bytes(damaged)


FLIPS = 20


@pytest.fixture(scope="module")
def damaged(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, Any]]:
    """What JournalStore.open did with each damaged file (in one child process)."""
    folder = tmp_path_factory.mktemp("damaged")
    good, sealed = folder / "good.source", folder / "sealed.source"
    good_journal(good)
    plain = good.read_bytes()
    shutil.copyfile(good, sealed)
    protection.encrypt(sealed, PASSPHRASE)
    key = protection.unlock(sealed, PASSPHRASE).hex()
    encrypted = sealed.read_bytes()
    files: dict[str, tuple[bytes, str | None]] = {
        "truncated": (plain[: len(plain) // 2], None),
        "zero-byte": (b"", None),
        "zero-byte-with-backups": (b"", None),
        "text-file": (b"Dear diary,\nthe buyer went quiet after the price slide.\n" * 50, None),
        "enc-truncated": (encrypted[: len(encrypted) // 2], key),
        **{f"flip-{seed}": (flipped(plain, seed), None) for seed in range(FLIPS)},
        **{f"enc-flip-{seed}": (flipped(encrypted, seed), key) for seed in range(FLIPS // 2)},
    }
    for name, (content, _) in files.items():
        (folder / name).write_bytes(content)
    newer(folder / "newer")
    shutil.copyfile(folder / "newer", folder / "enc-newer")
    protection.encrypt(folder / "enc-newer", PASSPHRASE)
    files["newer"] = (b"", None)
    files["enc-newer"] = (b"", protection.unlock(folder / "enc-newer", PASSPHRASE).hex())
    source = JournalStore.open(good)
    backups.make(source._db, folder / "zero-byte-with-backups", "daily", datetime.now(UTC))
    source.close()
    spec = folder / "spec.json"
    spec.write_text(json.dumps({name: key for name, (_, key) in files.items()}))
    later = {event.pop("event"): event for event in child("open-damaged-later", str(spec))}
    found = {event.pop("event"): event for event in child("open-damaged", str(spec))}
    return {**found, **{f"{name} (checked later)": event for name, event in later.items()}}


REFUSED_AS = {
    "truncated": {"NotAJournalError", "DamagedJournalError"},
    "zero-byte-with-backups": {"DamagedJournalError"},
    "text-file": {"NotAJournalError"},
    "newer": {"NewerJournalError"},
    "enc-truncated": {"NotAJournalError", "DamagedJournalError"},
    "enc-newer": {"NewerJournalError"},
    **{f"enc-flip-{seed}": {"NotAJournalError", "DamagedJournalError"} for seed in range(10)},
}


@pytest.mark.parametrize("name", sorted(REFUSED_AS))
def test_a_damaged_or_newer_journal_is_refused_and_left_as_it_was(
    damaged: dict[str, dict[str, Any]], name: str
) -> None:
    # Encrypted pages carry a MAC, so every flipped bit is found by the quick check.
    outcome = damaged[name]
    assert outcome["outcome"] == "refused" and outcome["type"] in REFUSED_AS[name]
    assert outcome["unchanged"] and outcome["sides"] == []


def test_checked_later_refuses_the_same_journals_and_writes_none_of_them(
    damaged: dict[str, dict[str, Any]],
) -> None:
    # The app opens with check_later (the check runs beside the window): what the check
    # at opening refuses is refused at opening or by the check, and never written to,
    # not even a first save typed before the verdict.
    names = [n for n in damaged if not n.endswith(" (checked later)")]
    assert len(names) > 20
    for name in names:
        at_once, later = damaged[name], damaged[f"{name} (checked later)"]
        refused_later = later["outcome"] == "refused" or later.get("check") not in (None, "ok")
        assert later["outcome"] != "raised", (name, later)
        assert (at_once["outcome"] == "refused") == refused_later, (name, at_once, later)
        if refused_later:
            assert later.get("write") in (None, "StorageUnavailable:damaged"), (name, later)
            assert later["unchanged"] and later["sides"] == [], (name, later)
        else:
            assert later["write"] == "ok", (name, later)


def test_a_zero_byte_journal_without_backups_opens_as_a_new_one(
    damaged: dict[str, dict[str, Any]],
) -> None:
    # A crash while a journal is created leaves an empty file (connection.py makes it
    # first, private): that is a new journal. With backups beside it, it is a lost one.
    assert damaged["zero-byte"] == {
        "outcome": "opened",
        "count": 0,
        "reads": "ok",
        "unchanged": False,
        "sides": [],
    }


def test_flipped_bits_in_a_plain_journal_are_refused_or_never_written(
    damaged: dict[str, dict[str, Any]],
) -> None:
    # SQLite's quick check sees damage to the structure of pages, not to the text in
    # them: a flip inside an answer passes it (see the test below).
    flips = [damaged[f"flip-{seed}"] for seed in range(FLIPS)]
    assert {f["outcome"] for f in flips} <= {"refused", "opened"}
    assert all(f["unchanged"] and f["sides"] == [] for f in flips)
    assert any(f["outcome"] == "refused" for f in flips)


def test_a_flipped_byte_inside_an_answer_is_reported_as_damage(tmp_path: Path) -> None:
    journal = tmp_path / "journal.sqlite"
    good_journal(journal)
    data = bytearray(journal.read_bytes())
    at = data.index(b"precious 75 ")
    data[at + 3] = 0xFF  # no longer UTF-8
    journal.write_bytes(bytes(data))
    store = JournalStore.open(journal)
    try:
        with pytest.raises(DamagedJournalError) as damage:
            list(store.every_reflection())
        with pytest.raises(DamagedJournalError):
            store.timeline(0, 200)  # the preview of every reflection
        with pytest.raises(DamagedJournalError):
            store.search("klant", limit=200)
    finally:
        store.close()
    assert "precious" not in str(damage.value)  # SQLite's message quotes the text: not ours


def test_no_damaged_file_raises_anything_but_a_journal_error(
    damaged: dict[str, dict[str, Any]],
) -> None:
    assert not [name for name, outcome in damaged.items() if outcome["outcome"] == "raised"]


def test_an_emptied_journal_with_backups_is_offered_its_backup(tmp_path: Path) -> None:
    journal = tmp_path / "journal.sqlite"
    good_journal(journal)
    store = JournalStore.open(journal)
    made = backups.make(store._db, journal, "daily", datetime.now(UTC) - timedelta(hours=1))
    store.close()
    journal.write_bytes(b"")
    with pytest.raises(JournalError, match="damaged"):
        JournalStore.open(journal)
    assert journal.read_bytes() == b""
    backups.restore(made, journal, None)
    assert len(texts_in(journal)) == 150
