"""The encrypted column of `make bench`: unlocking, and the cost of encryption itself."""

from __future__ import annotations

import shutil
import statistics
import threading
import time
from pathlib import Path

from coachdesk.storage import JournalStore, protection
from coachdesk.storage.keyfile import KeyFile, key_file_of

PASSPHRASE = "bench passphrase, not a secret"


def encrypted_copy(path: Path) -> Path:
    """An encrypted copy of a synthetic journal (made once, kept in .bench)."""
    target = path.with_name(path.stem + "-encrypted.sqlite")
    if not target.exists():
        staging = target.with_name(target.name + ".plain")
        shutil.copy(path, staging)
        JournalStore.open(staging).close()  # migrate first, as the app would
        protection.encrypt(staging, PASSPHRASE)
        staging.with_name(staging.name + ".key").rename(target.with_name(target.name + ".key"))
        staging.rename(target)
    # Sealed again every run: the key derivation costs what this build calibrates, not
    # what the build that made the cached copy did.
    protection.change_passphrase(target, protection.unlock(target, PASSPHRASE), PASSPHRASE)
    return target


def _open_and_list(path: Path, key: bytes | None, since: float) -> tuple[float, float]:
    """As the app opens: the quick check on a thread beside (DailyCare), the first page
    read at once. Seconds from `since` to the first page read, and to the check passed."""
    store = JournalStore.open(path, key, check_later=True)
    try:
        check = threading.Thread(target=store.check)
        check.start()
        store.timeline(0, 200)
        store.count()
        shown = time.perf_counter() - since
        check.join()
        store.check()  # raises if it found damage
        return shown, time.perf_counter() - since
    finally:
        store.close()


def derivation(path: Path, runs: int) -> tuple[float, int]:
    """Median seconds to derive the key from the passphrase (Argon2id) and unwrap the
    journal key, and the Argon2id passes the key file asks for."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        protection.unlock(path, PASSPHRASE)
        times.append(time.perf_counter() - start)
    return statistics.median(times), KeyFile.load(key_file_of(path)).kdf.time_cost


def unlock_time(path: Path, runs: int) -> tuple[float, float]:
    """Median seconds from passphrase to the first timeline page read (KDF included), and
    to the quick check passed."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        times.append(_open_and_list(path, protection.unlock(path, PASSPHRASE), start))
    return statistics.median(t[0] for t in times), statistics.median(t[1] for t in times)


def open_times(plain: Path, encrypted: Path, runs: int) -> dict[str, float]:
    """Median seconds to open and read the first page, and to the check passed: plain and
    encrypted (key known), interleaved."""
    key = protection.unlock(encrypted, PASSPHRASE)
    found: dict[str, list[float]] = {}
    for _ in range(runs):
        for name, path, key_ in (("plain", plain, None), ("encrypted", encrypted, key)):
            shown, checked = _open_and_list(path, key_, time.perf_counter())
            found.setdefault(name, []).append(shown)
            found.setdefault(f"{name} checked", []).append(checked)
    return {name: statistics.median(times) for name, times in found.items()}
