"""The attachments rows of `make bench`: the timeline of a journal full of photos.

    python tools/bench_attachments.py [JOURNAL]

A copy of the 10-year journal gets 1,000 photos of about 235 KB each (random pixels, so
they do not compress: 235 MB, just under a journal's limit of 250 MB), spread over the
years and the newest page. Then, interleaved with the same journal without them (A B B A),
what the window does on start and while reading: open and read the first page of the
timeline, that page's attachment counts (a paperclip per row), and one reflection opened
with its list of attachments. The bytes are never read for any of these. Run alone, it
builds (or reuses) the bench's 10-year journal in .bench and prints its rows.
"""

from __future__ import annotations

import os
import random
import shutil
import statistics
import struct
import sys
import time
import zlib
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).parent))

import synthetic  # noqa: E402

from coachdesk.storage import JournalStore  # noqa: E402

CACHE = Path(__file__).resolve().parent.parent / ".bench"
PHOTOS = 1000
SIDE = 280  # pixels: 280 x 280 x 3 bytes, about 235 KB


def _chunk(kind: bytes, body: bytes) -> bytes:
    return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))


def photo(rng: random.Random) -> bytes:
    """A PNG of random pixels (it does not compress, as a photo's JPEG does not)."""
    rows = b"".join(b"\x00" + rng.randbytes(SIDE * 3) for _ in range(SIDE))
    return (
        b"\x89PNG\r\n\x1a\n"
        + _chunk(b"IHDR", struct.pack(">IIBBBBB", SIDE, SIDE, 8, 2, 0, 0, 0))
        + _chunk(b"IDAT", zlib.compress(rows, 1))
        + _chunk(b"IEND", b"")
    )


def with_photos(journal: Path) -> Path:
    """A copy of `journal` with PHOTOS photos (made once, kept in .bench beside it)."""
    target = journal.with_name(journal.stem + "-photos.sqlite")
    if target.exists():
        return target
    partial = target.with_name(target.name + ".partial")
    partial.unlink(missing_ok=True)
    shutil.copy(journal, partial)
    store = JournalStore.open(partial)
    try:
        ids = [s.id for s in store.timeline(0, store.count())]
        # The newest 50 have one each (the first page shows them), the rest spread evenly.
        chosen = ids[:50] + ids[50 :: max(1, (len(ids) - 50) // (PHOTOS - 50))][: PHOTOS - 50]
        rng = random.Random(7)
        for n, reflection_id in enumerate(chosen):
            store.attach(reflection_id, f"whiteboard-{n}.png", photo(rng))
    finally:
        store.close()
    partial.rename(target)
    return target


def _once(path: Path) -> dict[str, float]:
    # As the app opens: the first page at once, SQLite's quick check (which reads every
    # page, photos too) left to run beside the window; the first save waits for it.
    started = time.perf_counter()
    store = JournalStore.open(path, check_later=True)
    try:
        page = store.timeline(0, 200)
        store.count()
        opened = time.perf_counter() - started
        started = time.perf_counter()
        store.check()
        checked = time.perf_counter() - started
        started = time.perf_counter()
        store.attachment_counts([s.id for s in page[:100]])
        counts = time.perf_counter() - started
        started = time.perf_counter()
        for summary in page[:20]:
            store.get(summary.id)
            store.attachments(summary.id)
        reading = (time.perf_counter() - started) / 20
    finally:
        store.close()
    return {"open": opened, "check": checked, "counts": counts, "read": reading}


def side_by_side(journal: Path, runs: int) -> dict[str, float]:
    """Medians (seconds) for `journal` and its copy full of photos, interleaved A B B A."""
    full = with_photos(journal)
    found: dict[str, list[float]] = {}
    for n in range(runs + 1):
        order = [("plain", journal), ("photos", full)]
        for name, path in order if n % 2 else order[::-1]:
            figures = _once(path)
            if n == 0:
                continue  # warm-up
            for key, value in figures.items():
                found.setdefault(f"{name} {key}", []).append(value)
    result = {name: statistics.median(times) for name, times in found.items()}
    result["photos mb"] = (full.stat().st_size - journal.stat().st_size) / 1e6
    return result


def rows(figures: dict[str, float]) -> list[tuple[str, str, str]]:
    """The bench table's rows."""
    ratio = figures["photos open"] / figures["plain open"]
    return [
        (
            f"open + first page, 10 y with {PHOTOS} photos ({figures['photos mb']:.0f} MB"
            " of attachments) / without",
            f"{ratio:.2f} x ({figures['photos open'] * 1000:.1f} / "
            f"{figures['plain open'] * 1000:.1f} ms)",
            "<= 1.10",
        ),
        (
            "quick check beside the window (the first save waits for it), with photos / without",
            f"{figures['photos check'] * 1000:.0f} / {figures['plain check'] * 1000:.0f} ms",
            "(diagnostic)",
        ),
        (
            "attachment counts for a timeline page of 100, 10 y with photos",
            f"{figures['photos counts'] * 1000:.2f} ms",
            "",
        ),
        (
            "open a reflection and list its attachments, 10 y with photos / without",
            f"{figures['photos read'] * 1000:.2f} / {figures['plain read'] * 1000:.2f} ms",
            "<= 50 ms",
        ),
    ]


def main() -> None:
    if len(sys.argv) > 1:
        journal = Path(sys.argv[1])
    else:
        CACHE.mkdir(exist_ok=True)
        journal = synthetic.journal_path(CACHE, 10, date.today())
        synthetic.build(journal, 10, date.today())
    figures = side_by_side(journal, int(os.environ.get("BENCH_RUNS", "7")))
    print("| measure | result | target |")
    print("|---|---|---|")
    for name, value, target in rows(figures):
        print(f"| {name} | {value} | {target} |")


if __name__ == "__main__":
    main()
