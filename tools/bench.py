"""`make bench`: coachdesk against its targets on synthetic 1, 10 and 30-year journals.

Never part of the tests' pass/fail. Prints one table of medians (and p95 where asked),
measured in the same run as the baselines they are compared with. Qt runs offscreen.
"""

from __future__ import annotations

import compileall
import os
import platform
import statistics
import subprocess
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).parent))

import bench_encryption  # noqa: E402
import synthetic  # noqa: E402

import coachdesk  # noqa: E402
from coachdesk.environment import load_library  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
CACHE = ROOT / ".bench"
RUNS = int(os.environ.get("BENCH_RUNS", "7"))
WORDS = ["klant", "target", "café", "overdracht", "the", "deadline prijs", "Brouwer", "zzz"]

BARE_WINDOW = """
import sys, time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget
app = QApplication(sys.argv[:1])
window = QWidget()
window.resize(1200, 800)
window.show()
QTimer.singleShot(0, lambda: (print("shown", flush=True), app.quit()))
app.exec()
"""

COACHDESK_WINDOW = """
import argparse, sys
from pathlib import Path
from PySide6.QtWidgets import QApplication
from coachdesk.app import run_app
args = argparse.Namespace(journal=Path(sys.argv[1]), demo=False)
run_app(args, when_shown=lambda: print("shown", flush=True),
        when_ready=lambda: (print("ready", flush=True), QApplication.instance().quit()))
"""

# The same, on an encrypted journal: the passphrase is given the moment the unlock page is
# on screen (a user takes longer; the key derivation is timed apart, see start_times).
COACHDESK_SEALED = """
import argparse, os, sys
from pathlib import Path
from PySide6.QtWidgets import QApplication
from coachdesk.app import run_app
from coachdesk.ui.unlock_page import UnlockPage
args = argparse.Namespace(journal=Path(sys.argv[1]), demo=False)
def unlock():
    app = QApplication.instance()
    page = next(w for w in app.allWidgets() if isinstance(w, UnlockPage))
    print("locked", flush=True)
    page.unlock_requested.emit(os.environ["BENCH_PASSPHRASE"], False)
    app.processEvents()
    print("ready", flush=True)
    app.quit()
run_app(args, when_shown=lambda: print("shown", flush=True), when_ready=unlock)
"""


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(share * (len(ordered) - 1))))]


def time_until(code: str, *args: str, passphrase: str = "") -> dict[str, float]:
    """Seconds from starting a fresh Python process to each marker line it prints."""
    env = {**os.environ, "XDG_CONFIG_HOME": str(CACHE / "config"), "BENCH_PASSPHRASE": passphrase}
    start = time.perf_counter()
    process = subprocess.Popen(
        [sys.executable, "-c", code, *args], stdout=subprocess.PIPE, text=True, env=env
    )
    assert process.stdout is not None
    marks = {line.strip(): time.perf_counter() - start for line in process.stdout}
    assert process.wait() == 0 and "shown" in marks, marks
    return marks


def start_times(journal: Path, sealed: Path) -> dict[str, float]:
    """Medians: bare window shown; coachdesk window shown; coachdesk journal on screen;
    the encrypted copy on screen, passphrase given at once; its key derivation alone."""
    found: dict[str, list[float]] = {}
    for _ in range(RUNS):  # interleaved, so all see the same machine
        marks = time_until(COACHDESK_WINDOW, str(journal))
        passphrase = bench_encryption.PASSPHRASE
        sealed_marks = time_until(COACHDESK_SEALED, str(sealed), passphrase=passphrase)
        for name, value in (
            ("bare", time_until(BARE_WINDOW)["shown"]),
            ("shown", marks["shown"]),
            ("ready", marks["ready"]),
            ("sealed ready", sealed_marks["ready"]),
            ("derivation", bench_encryption.derivation_time(sealed)),
        ):
            found.setdefault(name, []).append(value)
    return {name: statistics.median(values) for name, values in found.items()}


def command_time(journal: Path) -> float:
    times = []
    for _ in range(RUNS):
        start = time.perf_counter()
        subprocess.run(
            [
                str(Path(sys.executable).parent / "coachdesk"),
                "search",
                "klant",
                "--journal",
                str(journal),
            ],
            check=True,
            stdout=subprocess.DEVNULL,
        )
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def in_window(journal: Path, passphrase: str = "") -> dict[str, float]:
    """Typing in search, opening reflections, in a real window (separate process)."""
    result = subprocess.run(
        [sys.executable, str(Path(__file__).with_name("bench_window.py")), str(journal), *WORDS],
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


def main() -> None:
    CACHE.mkdir(exist_ok=True)
    # As installed (pip, the bundle): the code compiled once, not at every start, even where
    # PYTHONDONTWRITEBYTECODE is set.
    compileall.compile_dir(str(Path(coachdesk.__file__).parent), quiet=1)
    library = load_library()
    journals = {}
    for years in (1, 10, 30):
        path = CACHE / f"journal-{years}y.sqlite"
        started = time.perf_counter()
        existed = path.exists()
        synthetic.build(path, library, years)
        built = "cached" if existed else f"built in {time.perf_counter() - started:.1f} s"
        size = path.stat().st_size / 1e6
        print(f"journal {years:>2} years: {years * 365} reflections, {size:.0f} MB ({built})")
        journals[years] = path

    sealed = bench_encryption.encrypted_copy(journals[10])
    starts = start_times(journals[10], sealed)
    bare, ours, ready = starts["bare"], starts["shown"], starts["ready"]
    sealed_start = starts["sealed ready"] - starts["derivation"]
    # Plain and encrypted in the order A B B A, so a drifting machine favours neither.
    ten = in_window(journals[10])
    ten_sealed = in_window(sealed, bench_encryption.PASSPHRASE)
    ten_sealed_again = in_window(sealed, bench_encryption.PASSPHRASE)
    ten_again = in_window(journals[10])
    search_ratio = (ten_sealed["search_p50"] + ten_sealed_again["search_p50"]) / (
        ten["search_p50"] + ten_again["search_p50"]
    )
    thirty = in_window(journals[30])
    command = command_time(journals[10])
    unlock, unlock_checked = bench_encryption.unlock_time(sealed, RUNS)
    opening = bench_encryption.open_times(journals[10], sealed, RUNS)
    open_plain, open_sealed = opening["plain"], opening["encrypted"]
    pdf = pdf_figures(journals[1], journals[10])
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
        ("`coachdesk search klant`, 10 y, process", f"{command * 1000:.0f} ms", ""),
        (
            "encrypted, 10 y: unlock (Argon2id + open + first page)",
            f"{unlock * 1000:.0f} ms",
            "<= 300 ms",
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
