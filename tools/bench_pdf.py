"""`make bench`, PDF part: export 1 and 10 years of daily reflections the way Ctrl+E does
(a child `coachdesk export-pdf-warm`, started as the dialog opens, laying out the dialog's
choice ahead, with progress) and time it from the Export button; the same when the choice
changed at the last moment (nothing laid out ahead); a child started only at Export
(cold); with the longest the window's event loop went without running; and the export
itself, in this process, without the child's start-up.

Prints name=value lines for tools/bench.py. Usage: bench_pdf.py JOURNAL-1Y JOURNAL-10Y
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QElapsedTimer, QEventLoop, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from coachdesk.coaching.summary import SummaryRequest  # noqa: E402
from coachdesk.environment import load_library  # noqa: E402
from coachdesk.storage import JournalStore  # noqa: E402
from coachdesk.summary.export import PdfOptions, export_pdf  # noqa: E402
from coachdesk.summary.fonts import load_fonts  # noqa: E402
from coachdesk.summary.gather import read_summary  # noqa: E402
from coachdesk.ui.export.export_runner import ExportRunner  # noqa: E402

RUNS = int(os.environ.get("BENCH_PDF_RUNS", "3"))
END = date(2026, 11, 1)  # tools/synthetic.py ends its journals the day before


def export_once(
    store: JournalStore, years: int, target: Path, mode: str
) -> tuple[float, float, int]:
    """Seconds from Export (the dialog's button) to the file on disk; longest UI gap (ms);
    pages. `mode` "ahead": as Ctrl+E does, the child started when the dialog opened, two
    seconds before (a user choosing), laying out what is exported from then on; "warm":
    the same, but the choice changed at the last moment; "cold": a child started only at
    the button."""
    runner = ExportRunner(store)
    since = date(END.year - years, END.month, END.day)
    request = SummaryRequest(since, END)
    if mode != "cold":
        runner.warm_up()
        if mode == "ahead":
            runner.prepare(request, PdfOptions())
        pause = QEventLoop()
        QTimer.singleShot(2000, pause.quit)
        pause.exec()
    loop = QEventLoop()
    result: list[int] = []
    runner.finished.connect(lambda pages, _path: (result.append(pages), loop.quit()))
    runner.failed.connect(lambda why: (print(why, file=sys.stderr), loop.quit()))
    ticks = QElapsedTimer()
    gaps = [0.0]
    beat = QTimer()
    beat.setInterval(5)

    def on_beat() -> None:
        gaps.append(ticks.restart())

    beat.timeout.connect(on_beat)
    order = [f.id for f in load_library().flows]
    start = time.perf_counter()
    ticks.start()
    beat.start()
    runner.start(request, target, PdfOptions(), order, END)
    loop.exec()
    elapsed = time.perf_counter() - start
    beat.stop()
    runner.wait()
    return elapsed, max(gaps), result[0] if result else 0


def export_in_process(store: JournalStore, years: int, target: Path) -> float:
    """Seconds for reading and exporting alone (no child process to start)."""
    since = date(END.year - years, END.month, END.day)
    order = [f.id for f in load_library().flows]
    start = time.perf_counter()
    data = read_summary(store, SummaryRequest(since, END), END, order)
    export_pdf(data, target, PdfOptions())
    return time.perf_counter() - start


def main(paths: list[str]) -> None:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    load_fonts()
    for years, path in zip((1, 10), paths, strict=True):
        JournalStore.open(Path(path)).close()  # migrated once, as the app would
        store = JournalStore.open(Path(path))
        times, warm, cold, gaps, direct = [], [], [], [], []
        with tempfile.TemporaryDirectory() as folder:
            for _ in range(RUNS):
                elapsed, gap, pages = export_once(store, years, Path(folder) / "out.pdf", "ahead")
                times.append(elapsed)
                gaps.append(gap)
                elapsed, gap, _ = export_once(store, years, Path(folder) / "warm.pdf", "warm")
                warm.append(elapsed)
                gaps.append(gap)
                elapsed, gap, _ = export_once(store, years, Path(folder) / "cold.pdf", "cold")
                cold.append(elapsed)
                gaps.append(gap)
                direct.append(export_in_process(store, years, Path(folder) / "direct.pdf"))
            size = (Path(folder) / "out.pdf").stat().st_size / 1e6
        store.close()
        print(f"pdf_{years}y_direct_s={statistics.median(direct):.2f}")
        print(f"pdf_{years}y_s={statistics.median(times):.2f}")
        print(f"pdf_{years}y_warm_s={statistics.median(warm):.2f}")
        print(f"pdf_{years}y_cold_s={statistics.median(cold):.2f}")
        print(f"pdf_{years}y_pages={pages}")
        print(f"pdf_{years}y_mb={size:.1f}")
        print(f"pdf_{years}y_ui_gap_ms={max(gaps):.1f}")
    del app


if __name__ == "__main__":
    main(sys.argv[1:])
