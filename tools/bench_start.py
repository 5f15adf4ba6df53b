"""The start rows of `make bench`: how long until the journal is on screen, at what memory,
and how the window answers afterwards (tools/bench_responsive.py), each in a fresh process.

Every window is opened on a fresh copy of the cached journal: the app writes to what it
opens (a daily backup, lessons set aside that were not brought up), and each run should
meet the journal as the generator left it, not as the run before tidied it.
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

import bench_encryption
from peak_memory import PEAK_RSS_MB

from coachdesk.storage.keyfile import key_file_of

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

# The peak memory is read once the journal is on screen: what the start itself took.
COACHDESK_WINDOW = (
    PEAK_RSS_MB
    + """
import argparse, sys
from pathlib import Path
from PySide6.QtWidgets import QApplication
from coachdesk.app import run_app
args = argparse.Namespace(journal=Path(sys.argv[1]), demo=False)
def ready():
    print("ready", flush=True)
    print(f"rss_mb={peak_rss_mb()}", flush=True)
    QApplication.instance().quit()
run_app(args, when_shown=lambda: print("shown", flush=True), when_ready=ready)
"""
)

# The same, on an encrypted journal: the passphrase is given the moment the unlock page is
# on screen (a user takes longer; the key derivation is timed apart, see start_times).
COACHDESK_SEALED = (
    PEAK_RSS_MB
    + """
import argparse, os, sys
from pathlib import Path
from PySide6.QtWidgets import QApplication
from coachdesk.app import run_app
from coachdesk.ui.protection.unlock_page import UnlockPage
args = argparse.Namespace(journal=Path(sys.argv[1]), demo=False)
def unlock():
    app = QApplication.instance()
    page = next(w for w in app.allWidgets() if isinstance(w, UnlockPage))
    print("locked", flush=True)
    page.unlock_requested.emit(os.environ["BENCH_PASSPHRASE"], False)
    app.processEvents()
    print("ready", flush=True)
    print(f"rss_mb={peak_rss_mb()}", flush=True)
    app.quit()
run_app(args, when_shown=lambda: print("shown", flush=True), when_ready=unlock)
"""
)


def fresh(journal: Path, cache: Path) -> Path:
    """A copy of `journal` (and its key file) in cache/runs, under the same name, so the
    daily backup is made by the first run of a day only, as before."""
    runs = cache / "runs"
    runs.mkdir(exist_ok=True)
    copy = runs / journal.name
    for leftover in (Path(f"{copy}-wal"), Path(f"{copy}-shm"), key_file_of(copy)):
        leftover.unlink(missing_ok=True)
    shutil.copy(journal, copy)
    if key_file_of(journal).exists():
        shutil.copy(key_file_of(journal), key_file_of(copy))
    return copy


def _environment(cache: Path, passphrase: str) -> dict[str, str]:
    return {**os.environ, "XDG_CONFIG_HOME": str(cache / "config"), "BENCH_PASSPHRASE": passphrase}


def time_until(code: str, cache: Path, *args: str, passphrase: str = "") -> dict[str, float]:
    """Seconds from starting a fresh Python process to each marker line it prints; a line
    name=value gives that value instead."""
    start = time.perf_counter()
    process = subprocess.Popen(
        [sys.executable, "-c", code, *args],
        stdout=subprocess.PIPE,
        text=True,
        env=_environment(cache, passphrase),
    )
    assert process.stdout is not None
    marks = {}
    for line in process.stdout:
        name, _, value = line.strip().partition("=")
        marks[name] = float(value) if value else time.perf_counter() - start
    assert process.wait() == 0 and "shown" in marks, marks
    return marks


def start_times(
    journal: Path, twin: Path, sealed: Path, sealed_twin: Path, cache: Path, runs: int
) -> dict[str, float]:
    """Medians: bare window shown; coachdesk window shown; the journal on screen and the
    peak memory then, with the loop in use and on its twin without it, plain and encrypted
    (passphrase given at once); the key derivation alone."""
    found: dict[str, list[float]] = {}
    passphrase = bench_encryption.PASSPHRASE
    for _ in range(runs):  # interleaved, so all see the same machine
        measured = {
            "": time_until(COACHDESK_WINDOW, cache, str(fresh(journal, cache))),
            "twin ": time_until(COACHDESK_WINDOW, cache, str(fresh(twin, cache))),
            "sealed ": time_until(
                COACHDESK_SEALED, cache, str(fresh(sealed, cache)), passphrase=passphrase
            ),
            "sealed twin ": time_until(
                COACHDESK_SEALED, cache, str(fresh(sealed_twin, cache)), passphrase=passphrase
            ),
        }
        for prefix, marks in measured.items():
            for name in ("shown", "ready", "rss_mb"):
                found.setdefault(prefix + name, []).append(marks[name])
        found.setdefault("bare", []).append(time_until(BARE_WINDOW, cache)["shown"])
        found.setdefault("derivation", []).append(bench_encryption.derivation(sealed, 1)[0])
    return {name: statistics.median(values) for name, values in found.items()}


def responsiveness(journal: Path, cache: Path, passphrase: str = "") -> dict[str, float]:
    """tools/bench_responsive.py on a fresh copy: the 20 s after the start, and Ctrl+E."""
    result = subprocess.run(
        [
            sys.executable,
            str(Path(__file__).with_name("bench_responsive.py")),
            str(fresh(journal, cache)),
        ],
        check=True,
        capture_output=True,
        text=True,
        env=_environment(cache, passphrase),
        timeout=600,  # a window that never answers is a result too, but not a hang
    )
    return {k: float(v) for k, v in (line.split("=") for line in result.stdout.splitlines())}


def worst_responsiveness(journal: Path, sealed: Path, cache: Path, runs: int) -> dict[str, float]:
    """The worst of `runs` runs each, plain and encrypted, alternating (the freezes seen came
    in two of three tries): the longest step with when it came, and the slowest Ctrl+E."""
    found: dict[str, list[dict[str, float]]] = {"": [], "sealed ": []}
    for _ in range(runs):
        found[""].append(responsiveness(journal, cache))
        found["sealed "].append(responsiveness(sealed, cache, bench_encryption.PASSPHRASE))
    worst: dict[str, float] = {}
    for prefix, tries in found.items():
        for measure in ("step_max_ms", "ctrl_e_ms", "start_step_max_ms", "rss_mb"):
            slowest = max(tries, key=lambda t: t[measure])
            worst[prefix + measure] = slowest[measure]
            if measure == "step_max_ms":
                worst[prefix + "step_max_at_s"] = slowest["step_max_at_s"]
                worst[prefix + "steps_over_50ms"] = max(t["steps_over_50ms"] for t in tries)
            if measure == "ctrl_e_ms":
                worst[prefix + "ctrl_e_by_action"] = slowest["ctrl_e_by_action"]
    return worst
