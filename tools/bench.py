"""`make bench`: coachdesk against its targets on synthetic 1, 10 and 30-year journals.

Never part of the tests' pass/fail. Prints one table of medians (and p95 where asked;
the worst of a few tries for the 20 s after the start), measured in the same run as the
baselines they are compared with. Qt runs offscreen. The journals are made by
`coachdesk demo --years` (see synthetic.py), the coaching loop in use as a user who never
tidies leaves it; the 10-year one also without the loop, to compare the start with.
"""

from __future__ import annotations

import compileall
import os
import platform
import shutil
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).parent))

import bench_attachments  # noqa: E402
import bench_cli  # noqa: E402
import bench_encryption  # noqa: E402
import bench_import  # noqa: E402
import bench_spelling  # noqa: E402
import bench_start  # noqa: E402
import synthetic  # noqa: E402

import coachdesk  # noqa: E402
from coachdesk.coaching.revisits import RevisitState  # noqa: E402
from coachdesk.storage import JournalStore  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
CACHE = ROOT / ".bench"
RUNS = int(os.environ.get("BENCH_RUNS", "7"))
# Each try of the 20 s after the start takes half a minute or more; the worst is reported.
RESPONSIVE_RUNS = int(os.environ.get("BENCH_RESPONSIVE_RUNS", "2"))
WORDS = ["klant", "target", "café", "overdracht", "the", "deadline prijs", "Brouwer", "zzz"]


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(share * (len(ordered) - 1))))]


def in_window(journal: Path, passphrase: str = "") -> dict[str, float]:
    """Typing in search, opening reflections, in a real window (separate process)."""
    result = subprocess.run(
        [
            sys.executable,
            str(Path(__file__).with_name("bench_window.py")),
            str(bench_start.fresh(journal, CACHE)),
            *WORDS,
        ],
        check=True,
        capture_output=True,
        text=True,
        env={
            **os.environ,
            "XDG_CONFIG_HOME": str(CACHE / "config"),
            "BENCH_PASSPHRASE": passphrase,
        },
    )
    figures = {}
    for line in result.stdout.splitlines():
        name, value = line.split("=")
        figures[name] = float(value)
    return figures


def pdf_figures(one_year: Path, ten_years: Path) -> dict[str, float]:
    """The PDF export of 1 and 10 years (tools/bench_pdf.py, in its own process)."""
    result = subprocess.run(
        [
            sys.executable,
            str(Path(__file__).with_name("bench_pdf.py")),
            str(one_year),
            str(ten_years),
        ],
        check=True,
        capture_output=True,
        text=True,
        env={**os.environ, "BENCH_PDF_RUNS": "3"},
    )
    return {k: float(v) for k, v in (line.split("=") for line in result.stdout.splitlines())}


def loop_in(journal: Path) -> tuple[int, int]:
    """Open commitments and lessons waiting to come back in `journal`."""
    store = JournalStore.open(journal)
    try:
        pending = sum(r.state is RevisitState.PENDING for r in store.revisits())
        return len(store.commitments(open_only=True)), pending
    finally:
        store.close()


def journals(today: date) -> tuple[dict[int, Path], Path]:
    """The 1, 10 and 30-year journals and the 10-year twin without the loop, built unless
    cached under their current names; cached ones of other names are removed."""
    CACHE.mkdir(exist_ok=True)
    shutil.rmtree(CACHE / "runs", ignore_errors=True)  # copies of the last bench's journals
    made = {years: synthetic.journal_path(CACHE, years, today) for years in (1, 10, 30)}
    for stale in synthetic.remove_stale(CACHE, list(made.values())):
        print(f"removed {stale.name} (an older schema, generator or day)")
    for years, path in made.items():
        started = time.perf_counter()
        built = synthetic.build(path, years, today)
        how = f"built in {time.perf_counter() - started:.1f} s" if built else "cached"
        size = path.stat().st_size / 1e6
        commitments, returns = loop_in(path)
        print(
            f"journal {years:>2} years: {years * 365} reflections, {commitments} open"
            f" commitments, {returns} lessons waiting, {size:.0f} MB ({how}): {path.name}"
        )
    twin = synthetic.build_twin(made[10])
    print(f"journal 10 years without the loop: {twin.name}")
    return made, twin


def after_start_rows(after: dict[str, float]) -> list[tuple[str, str, str]]:
    """The 20 s after the journal is on screen, and Ctrl+E 20 s after the window appeared
    (tools/bench_responsive.py): the worst of the tries, plain and encrypted."""
    rows = []
    for prefix, which in (("", "10 y"), ("sealed ", "encrypted 10 y")):
        tries = f"worst of {RESPONSIVE_RUNS}"
        rows += [
            (
                f"longest UI-thread step in the 20 s after the journal is on screen, {which}"
                f" ({tries}; {after[prefix + 'steps_over_50ms']:.0f} over 50 ms)",
                f"{after[prefix + 'step_max_ms']:.0f} ms"
                f" at {after[prefix + 'step_max_at_s']:.1f} s",
                "<= 50 ms",
            ),
            (
                f"longest UI-thread step from the window shown to the journal, {which} ({tries})",
                f"{after[prefix + 'start_step_max_ms']:.0f} ms",
                "",
            ),
            (
                f"Ctrl+E 20 s after the window was shown: until its dialog is shown, {which}"
                f" ({tries}{', by the menu action' if after[prefix + 'ctrl_e_by_action'] else ''})",
                f"{after[prefix + 'ctrl_e_ms']:.0f} ms",
                "",
            ),
            (
                f"peak RSS 20 s after the start, Ctrl+E's dialog included, {which} ({tries})",
                f"{after[prefix + 'rss_mb']:.0f} MB",
                "<= 200 MB",
            ),
        ]
    return rows


def main() -> None:
    # As installed (pip, the bundle): the code compiled once, not at every start, even where
    # PYTHONDONTWRITEBYTECODE is set.
    compileall.compile_dir(str(Path(coachdesk.__file__).parent), quiet=1)
    built, twin = journals(date.today())
    sealed = bench_encryption.encrypted_copy(built[10])
    sealed_twin = bench_encryption.encrypted_copy(twin)
    starts = bench_start.start_times(built[10], twin, sealed, sealed_twin, CACHE, RUNS)
    bare, ours, ready = starts["bare"], starts["shown"], starts["ready"]
    sealed_start = starts["sealed ready"] - starts["derivation"]
    sealed_twin_start = starts["sealed twin ready"] - starts["derivation"]
    after = bench_start.worst_responsiveness(built[10], sealed, CACHE, RESPONSIVE_RUNS)
    # Plain and encrypted in the order A B B A, so a drifting machine favours neither.
    ten = in_window(built[10])
    ten_sealed = in_window(sealed, bench_encryption.PASSPHRASE)
    ten_sealed_again = in_window(sealed, bench_encryption.PASSPHRASE)
    ten_again = in_window(built[10])
    search_ratio = (ten_sealed["search_p50"] + ten_sealed_again["search_p50"]) / (
        ten["search_p50"] + ten_again["search_p50"]
    )
    thirty = in_window(built[30])
    command_line = bench_cli.side_by_side(built[10], "klant", RUNS)
    imported = bench_import.side_by_side(*bench_cli.jrnl_journal(built[10]), RUNS)
    unlock, unlock_checked = bench_encryption.unlock_time(sealed, RUNS)
    derivation, passes = bench_encryption.derivation(sealed, RUNS)
    opening = bench_encryption.open_times(built[10], sealed, RUNS)
    open_plain, open_sealed = opening["plain"], opening["encrypted"]
    pdf = pdf_figures(built[1], built[10])
    photos = bench_attachments.side_by_side(built[10], RUNS)
    pdf_rows = []
    for n, target in ((1, "<= 1.5 s"), (10, "<= 15 s")):
        size = f"{pdf[f'pdf_{n}y_pages']:.0f} pages, {pdf[f'pdf_{n}y_mb']:.1f} MB"
        pdf_rows += [
            (
                f"PDF, {n} y ({size}), Ctrl+E: from Export to the file (chosen 2 s before)",
                f"{pdf[f'pdf_{n}y_s']:.2f} s",
                target,
            ),
            (
                f"PDF, {n} y, the choice changed at the last moment (nothing laid out ahead)",
                f"{pdf[f'pdf_{n}y_warm_s']:.2f} s",
                "",
            ),
            (f"PDF, {n} y, a child started only at Export", f"{pdf[f'pdf_{n}y_cold_s']:.2f} s", ""),
            (f"PDF, {n} y, the export alone", f"{pdf[f'pdf_{n}y_direct_s']:.2f} s", ""),
            (
                f"PDF, {n} y, longest window stall",
                f"{pdf[f'pdf_{n}y_ui_gap_ms']:.0f} ms",
                "<= 50 ms",
            ),
        ]
    rows = [
        ("start, bare PySide6 window", f"{bare * 1000:.0f} ms", ""),
        ("start, coachdesk, 10 years, window shown", f"{ours * 1000:.0f} ms", "<= 1.5 x bare"),
        ("start ratio", f"{ours / bare:.2f} x", "<= 1.5"),
        ("start, coachdesk, 10 years, timeline on screen", f"{ready * 1000:.0f} ms", ""),
        (
            "start, encrypted, 10 y, timeline on screen (passphrase given at once)",
            f"{starts['sealed ready'] * 1000:.0f} ms",
            "",
        ),
        ("of which Argon2id key derivation", f"{starts['derivation'] * 1000:.0f} ms", ""),
        (
            "encrypted start without the derivation / plain start",
            f"{sealed_start / ready:.2f} x",
            "<= 1.10",
        ),
        (
            "start, 10 y without the loop (same reflections, no commitments or lessons' returns)",
            f"{starts['twin ready'] * 1000:.0f} ms",
            "",
        ),
        (
            "start, 10 y, loop in use / without the loop",
            f"{ready / starts['twin ready']:.2f} x",
            "<= 1.3",
        ),
        (
            "start, encrypted, 10 y without the loop (passphrase given at once)",
            f"{starts['sealed twin ready'] * 1000:.0f} ms",
            "",
        ),
        (
            "encrypted start, loop in use / without the loop (derivation excluded)",
            f"{sealed_start / sealed_twin_start:.2f} x",
            "<= 1.3",
        ),
        ("peak RSS at the start, 10 y, loop in use", f"{starts['rss_mb']:.0f} MB", "<= 200 MB"),
        ("peak RSS at the start, 10 y, without the loop", f"{starts['twin rss_mb']:.0f} MB", ""),
        (
            "peak RSS at the start, encrypted 10 y, loop in use",
            f"{starts['sealed rss_mb']:.0f} MB",
            "<= 200 MB",
        ),
        *after_start_rows(after),
        ("search per keystroke, 10 y, results in the list, p50", f"{ten['search_p50']:.1f} ms", ""),
        (
            "search per keystroke, 10 y, results in the list, p95",
            f"{ten['search_p95']:.1f} ms",
            "<= 16 ms",
        ),
        ("search per keystroke, 10 y, results painted, p95", f"{ten['painted_p95']:.1f} ms", ""),
        (
            "search per keystroke, 30 y, results in the list, p50",
            f"{thirty['search_p50']:.1f} ms",
            "",
        ),
        (
            "search per keystroke, 30 y, results in the list, p95",
            f"{thirty['search_p95']:.1f} ms",
            "<= 50 ms",
        ),
        ("search per keystroke, 30 y, results painted, p95", f"{thirty['painted_p95']:.1f} ms", ""),
        ("longest UI-thread step while typing, 10 y", f"{ten['ui_block_max']:.1f} ms", "<= 50 ms"),
        (
            "longest UI-thread step while typing, 30 y",
            f"{thirty['ui_block_max']:.1f} ms",
            "<= 50 ms",
        ),
        (
            "best match per keystroke, 30 y, p95",
            f"{thirty['best_p95']:.1f} ms",
            "(off the UI thread)",
        ),
        ("open a reflection, 10 y, median", f"{ten['open_median']:.1f} ms", "<= 50 ms"),
        ("open a reflection, 10 y, max", f"{ten['open_max']:.1f} ms", ""),
        ("peak RSS, 10 y (whole timeline scrolled)", f"{ten['peak_rss_mb']:.0f} MB", "<= 200 MB"),
        *bench_cli.rows(command_line, "klant"),
        *bench_import.rows(imported),
        *bench_spelling.rows(),
        (
            "encrypted, 10 y: unlock (Argon2id + open + first page)",
            f"{unlock * 1000:.0f} ms",
            "<= 1 s",
        ),
        (
            "of which Argon2id, calibrated here to about 0.5 s",
            f"{derivation * 1000:.0f} ms ({passes} passes, 64 MiB)",
            "~ 500 ms",
        ),
        (
            "encrypted, 10 y: unlock to the quick check passed (beside the window)",
            f"{unlock_checked * 1000:.0f} ms",
            "",
        ),
        ("open + first page, 10 y, plain", f"{open_plain * 1000:.1f} ms", ""),
        (
            "open + first page, 10 y, encrypted (key known)",
            f"{open_sealed * 1000:.1f} ms",
            "",
        ),
        # Part of the start above, which carries the target; this shows what SQLCipher adds.
        ("encrypted / plain, opening", f"{open_sealed / open_plain:.2f} x", "(diagnostic)"),
        (
            "open to the quick check passed, 10 y, plain / encrypted",
            f"{opening['plain checked'] * 1000:.0f} / {opening['encrypted checked'] * 1000:.0f} ms",
            "",
        ),
        ("encrypted, 10 y, search in the list, p50", f"{ten_sealed['search_p50']:.1f} ms", ""),
        ("encrypted, 10 y, search in the list, p95", f"{ten_sealed['search_p95']:.1f} ms", ""),
        (
            "encrypted / plain, search p50 (10 y, two runs each)",
            f"{search_ratio:.2f} x",
            "<= 1.10",
        ),
    ]
    rows += pdf_rows
    rows += bench_attachments.rows(photos)
    print()
    print(
        f"Machine: {platform.machine()}, {os.cpu_count()} cores,"
        f" Python {platform.python_version()}, {platform.platform()};"
        f" medians of {RUNS} runs; Qt offscreen"
    )
    print()
    print("| measure | result | target |")
    print("|---|---|---|")
    for name, value, target in rows:
        print(f"| {name} | {value} | {target} |")


if __name__ == "__main__":
    main()
