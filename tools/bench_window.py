"""Measures inside a real main window (run by bench.py in its own process).

Prints name=value lines: search latency per keystroke (from the key to the results
painted), the longest single step the UI thread took meanwhile, opening reflections,
and the peak RSS after scrolling the whole timeline.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import threading
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from peak_memory import peak_rss_mb  # noqa: E402
from PySide6.QtCore import QEventLoop, QModelIndex, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from coachdesk.app import run_app  # noqa: E402
from coachdesk.ui.journal.journal_view import JournalView  # noqa: E402
from coachdesk.ui.protection.unlock_page import UnlockPage  # noqa: E402


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(share * (len(ordered) - 1))))]


class Typist:
    """Types prefixes into the search field and times each one until painted."""

    def __init__(self, window: JournalView) -> None:
        self.window = window
        self.steps: list[float] = []  # every UI-thread step, ms
        model = window.timeline_model
        original = model._on_runner_results_ready

        def timed(request: object, hits: object) -> None:
            start = time.perf_counter()
            original(request, hits)  # type: ignore[arg-type]
            self.steps.append((time.perf_counter() - start) * 1000)

        window.library.runner.results_ready.disconnect(model._on_runner_results_ready)
        window.library.runner.results_ready.connect(timed)

    def keystroke(self, text: str) -> tuple[float, float]:
        """Milliseconds from the key until the results are in the list, and until painted."""
        field = self.window.library.finder.field
        model = self.window.timeline_model
        loop = QEventLoop()
        arrived: list[str] = []

        def done(searched: str) -> None:
            arrived.append(searched)
            loop.quit()

        model.searched.connect(done)
        start = time.perf_counter()
        field.setText(text)
        self.steps.append((time.perf_counter() - start) * 1000)
        if model.searching and not arrived:
            QTimer.singleShot(5000, loop.quit)
            loop.exec()
        paint = time.perf_counter()
        self.window.timeline.viewport().repaint()
        painted = time.perf_counter()
        self.steps.append((painted - paint) * 1000)
        model.searched.disconnect(done)
        return (paint - start) * 1000, (painted - start) * 1000


def measure(words: list[str]) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    frame = next(w for w in app.topLevelWidgets() if getattr(w, "journal", None))
    window = getattr(frame, "journal", None)
    assert isinstance(window, JournalView)
    frame.resize(1280, 800)
    app.processEvents()
    # The check and the daily backup run beside the window at opening (DailyCare): let
    # them end, so plain and encrypted are measured alike, at rest.
    for thread in threading.enumerate():
        if thread.name == "daily-care":
            thread.join()
    typist = Typist(window)
    for word in words:  # warm-up: the journal's pages come into the cache once
        typist.keystroke(word)
    typist.steps.clear()
    ready: list[float] = []
    painted: list[float] = []
    for _ in range(3):
        for word in words:
            for end in range(1, len(word) + 1):
                in_list, on_screen = typist.keystroke(word[:end])
                ready.append(in_list)
                painted.append(on_screen)
            typist.keystroke("")
    if os.environ.get("BENCH_VERBOSE"):
        print(" ".join(f"{t:.0f}" for t in painted), file=sys.stderr)
    for name, values in (("search", ready), ("painted", painted)):
        print(f"{name}_p50={percentile(values, 0.5):.2f}")
        print(f"{name}_p95={percentile(values, 0.95):.2f}")
    print(f"ui_block_max={max(typist.steps):.2f}")

    window.library.finder._order.setCurrentIndex(1)  # best match
    best = [typist.keystroke(w[:end])[0] for w in words for end in range(2, len(w) + 1)]
    print(f"best_p95={percentile(best, 0.95):.2f}")
    window.library.finder._order.setCurrentIndex(0)
    typist.keystroke("")

    model = window.timeline_model
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    opens = []
    for row in range(0, model.rowCount(), max(1, model.rowCount() // 60)):
        start = time.perf_counter()
        window.timeline.setCurrentIndex(model.index(row))
        window.reading.repaint()
        opens.append((time.perf_counter() - start) * 1000)
    print(f"open_median={statistics.median(opens):.2f}")
    print(f"open_max={max(opens):.2f}")
    peak = peak_rss_mb()
    print(f"peak_rss_mb={peak:.1f}", flush=True)
    frame.close()


def unlock_then_measure(words: list[str]) -> None:
    """An encrypted journal opens on the unlock page: type the passphrase first."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    page = next((w for w in app.allWidgets() if isinstance(w, UnlockPage)), None)
    if page is not None:
        page.unlock_requested.emit(os.environ["BENCH_PASSPHRASE"], False)
        app.processEvents()
    measure(words)


def main() -> None:
    args = argparse.Namespace(journal=Path(sys.argv[1]), demo=False)
    run_app(args, when_ready=lambda: unlock_then_measure(sys.argv[2:]))


if __name__ == "__main__":
    main()
