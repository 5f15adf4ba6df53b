"""`make soak`: 200 kills of the crash writer, and a 30-year journal opened, checked, backed
up and searched. Prints the figures for docs/reliability.md; never part of make test.

The kills are those of tests/storage/test_crash.py (same writer, same check), four times
as many, on one journal that grows through them all; then a few more on a copy of the
30-year journal, so every check after a kill also reads a large file.
"""

from __future__ import annotations

import argparse
import os
import platform
import random
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tools"))

import synthetic  # noqa: E402

from coachdesk.storage import JournalStore, backups  # noqa: E402
from tests.storage.crash_writer import Ledger, Run, kill_cycle  # noqa: E402

CACHE = ROOT / ".bench"
WORDS = ["klant", "café", "overdracht", "the", "deadline prijs", "Brouwer", "zzz"]


def kills(journal: Path, count: int, seed: int) -> tuple[list[Run], Ledger, list[float]]:
    """`count` kill cycles on `journal`, each checked; the runs, the ledger, check times."""
    rng = random.Random(seed)
    ledger = Ledger()
    runs: list[Run] = []
    checks: list[float] = []
    for number in range(count):
        runs.append(kill_cycle(journal, rng, journal.with_name("writer.err")))
        ledger.add(runs[-1])
        started = time.perf_counter()
        ledger.check(journal)
        checks.append(time.perf_counter() - started)
        if (number + 1) % 25 == 0:
            print(f"  {number + 1} kills, {len(ledger.acked)} acknowledged saves", flush=True)
    return runs, ledger, checks


def full_checks(journal: Path) -> None:
    """SQLite's full integrity check and FTS5's own, after all the kills."""
    store = JournalStore.open(journal)
    try:
        assert store._db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        store._db.execute("insert into answers_fts(answers_fts) values ('integrity-check')")
    finally:
        store.close()


def timed(action: Callable[[], object], runs: int = 5) -> float:
    """Median seconds of `action`."""
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        action()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def megabytes(path: Path) -> str:
    return f"{path.stat().st_size / 1e6:.1f} MB"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kills", type=int, default=200)
    parser.add_argument("--big-kills", type=int, default=20, help="kills on the 30-year copy")
    parser.add_argument("--seed", type=int, default=20261127)
    args = parser.parse_args()
    rows: list[tuple[str, str]] = []
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="coachdesk-soak-") as folder:
        work = Path(folder)
        print(f"{args.kills} kills of the crash writer …", flush=True)
        journal = work / "crash" / "journal.sqlite"
        journal.parent.mkdir()
        runs, ledger, checks = kills(journal, args.kills, args.seed)
        full_checks(journal)
        cycles = sorted(run.seconds for run in runs)
        opening = sum(run.killed_at == "opening" for run in runs)
        rows += [
            ("kills survived (fresh open + quick check + every save compared)", f"{len(runs)}"),
            ("  of which while opening / while saving", f"{opening} / {len(runs) - opening}"),
            ("acknowledged saves, all present and exact", f"{len(ledger.acked)}"),
            ("answers compared after the last kill", f"{ledger.check(journal)}"),
            ("kill cycle (start, save, kill), median / p95", _ms(cycles, 0.5, 0.95)),
            ("check after a kill, median / p95", _ms(sorted(checks), 0.5, 0.95)),
            ("crash journal after the kills", megabytes(journal)),
            ("full integrity check + FTS5 integrity check at the end", "ok"),
        ]

        print("the 30-year journal …", flush=True)
        CACHE.mkdir(exist_ok=True)
        today = datetime.now().date()
        cached = synthetic.journal_path(CACHE, 30, today)  # the bench's, keyed as it keys it
        existed = cached.exists()
        built = time.perf_counter()
        synthetic.build(cached, 30, today)
        build = "cached in .bench" if existed else f"built in {time.perf_counter() - built:.0f} s"
        big = work / "big" / "journal.sqlite"
        big.parent.mkdir()
        shutil.copyfile(cached, big)  # .bench stays as the benchmark left it
        first = time.perf_counter()
        JournalStore.open(big).close()  # migrates a cache made by an older version
        first_open = time.perf_counter() - first
        store = JournalStore.open(big)
        reflections = store.count()
        store.close()
        rows += [
            ("30-year journal", f"{reflections} reflections, {megabytes(big)} ({build})"),
            ("first open (quick check, any migration)", f"{first_open * 1000:.0f} ms"),
            (
                "open + close, median",
                f"{timed(lambda: JournalStore.open(big).close()) * 1000:.0f} ms",
            ),
            (
                "quick check alone, median",
                f"{timed(lambda: backups.check(big, None)) * 1000:.0f} ms",
            ),
        ]
        store = JournalStore.open(big)
        try:
            made: list[backups.Backup] = []
            backup_time = timed(
                lambda: made.append(backups.make(store._db, big, "manual", datetime.now(UTC))),
                runs=3,
            )
            rows.append(("backup (VACUUM INTO), median", f"{backup_time * 1000:.0f} ms"))
            rows.append(("backup file", megabytes(made[-1].path)))
            rows.append(("backup's quick check", backups.check(made[-1].path, None)))
            for word in WORDS:
                seconds = timed(lambda word=word: store.search(word), runs=7)  # type: ignore[misc]
                rows.append((f"search {word!r}, newest 50, median", f"{seconds * 1000:.1f} ms"))
        finally:
            store.close()

        print(f"{args.big_kills} kills on the 30-year journal …", flush=True)
        big_runs, big_ledger, big_checks = kills(big, args.big_kills, args.seed + 1)
        rows += [
            ("kills survived on the 30-year journal", f"{len(big_runs)}"),
            ("  acknowledged saves, all present and exact", f"{len(big_ledger.acked)}"),
            ("  kill cycle, median", _ms(sorted(r.seconds for r in big_runs), 0.5)),
            ("  check after a kill (30 years), median", _ms(sorted(big_checks), 0.5)),
        ]
    print()
    print(
        f"Machine: {platform.machine()}, {os.cpu_count()} cores, Python"
        f" {platform.python_version()}, SQLite {sqlite3.sqlite_version}, {platform.platform()};"
        f" seed {args.seed}; {time.perf_counter() - started:.0f} s in all"
    )
    print()
    print("| measure | result |")
    print("|---|---|")
    for name, value in rows:
        print(f"| {name} | {value} |")


def _ms(ordered: list[float], *shares: float) -> str:
    picks = [ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))] for share in shares]
    return " / ".join(f"{seconds * 1000:.0f} ms" for seconds in picks)


if __name__ == "__main__":
    main()
