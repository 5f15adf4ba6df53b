"""The encrypted column of `make bench`: unlocking, and the cost of encryption itself."""

from __future__ import annotations

import shutil
import statistics
import time
from pathlib import Path

from coachdesk.storage import JournalStore, protection

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
    return target


def _open_and_list(path: Path, key: bytes | None) -> None:
    store = JournalStore.open(path, key)
    try:
        store.timeline(0, 200)
        store.count()
    finally:
        store.close()


def unlock_time(path: Path, runs: int) -> float:
    """Median seconds from passphrase to the first timeline page read (KDF included)."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        _open_and_list(path, protection.unlock(path, PASSPHRASE))
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def open_times(plain: Path, encrypted: Path, runs: int) -> tuple[float, float]:
    """Median seconds to open and read the first page: plain, then encrypted (key known)."""
    key = protection.unlock(encrypted, PASSPHRASE)
    plain_times, encrypted_times = [], []
    for _ in range(runs):  # interleaved
        for path, key_, times in ((plain, None, plain_times), (encrypted, key, encrypted_times)):
            start = time.perf_counter()
            _open_and_list(path, key_)
            times.append(time.perf_counter() - start)
    return statistics.median(plain_times), statistics.median(encrypted_times)
