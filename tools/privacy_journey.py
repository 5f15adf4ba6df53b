"""A whole session in the app, offscreen, for the privacy checks (make privacy-check).

Opens a demo journal, writes a reflection, searches, checks in, opens every page, then
quits; prints the network-capable modules that were loaded (there must be none).
"""

from __future__ import annotations

import argparse
import os
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication  # noqa: E402

from coachdesk.app import run_app  # noqa: E402
from coachdesk.ui.journal.journal_view import JournalView  # noqa: E402

NETWORK_MODULES = (
    "PySide6.QtNetwork",
    "PySide6.QtWebEngineCore",
    "http.client",
    "urllib.request",
    "requests",
    "httpx",
    "ssl",
)


def settle(seconds: float = 0.2) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        QApplication.processEvents()
        time.sleep(0.01)


def journey() -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    frame = next(w for w in app.topLevelWidgets() if getattr(w, "journal", None))
    view = frame.journal  # type: ignore[attr-defined]
    assert isinstance(view, JournalView)
    store = view.store
    flow = view._library.flows[0]
    reflection = store.start(flow)
    view.enter_guided(reflection.id, at=0)
    view.guided.text_editor().setPlainText("A private thought about a lost deal.")
    view.guided.go_forward()
    view.guided.pause()
    view.show_journal()
    view.library.finder.field.setText("deal")
    settle()
    view.library.finder.field.clear()
    store.add_check_in(3, 4, 3, 40, "calm week")
    for show in (view.show_this_week, view.show_insights, view.show_stories, view.show_journal):
        show()
        settle(0.1)
    frame.close()
    loaded = sorted(m for m in NETWORK_MODULES if m in sys.modules)
    print("network modules loaded:", ", ".join(loaded) if loaded else "none", flush=True)


def main() -> None:
    run_app(argparse.Namespace(journal=None, demo=True), when_ready=journey)


if __name__ == "__main__":
    main()
