"""Render the main views from the demo journal into PNGs (offscreen): `make screenshots`."""

from __future__ import annotations

import os
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from coachdesk.coaching.flows import FlowLibrary  # noqa: E402
from coachdesk.coaching.sessions import AgendaKind, ChartKey  # noqa: E402
from coachdesk.demo_journal import fill_demo
from coachdesk.environment import load_library  # noqa: E402
from coachdesk.settings import Settings  # noqa: E402
from coachdesk.storage import JournalStore  # noqa: E402
from coachdesk.ui import theme  # noqa: E402
from coachdesk.ui.checkin_dialog import CheckInDialog  # noqa: E402
from coachdesk.ui.coaching_hour import CoachingHour  # noqa: E402
from coachdesk.ui.cover_page import CoverPage  # noqa: E402
from coachdesk.ui.flow_chooser import FlowChooser  # noqa: E402
from coachdesk.ui.journal_view import JournalView  # noqa: E402
from coachdesk.ui.main_window import MainWindow  # noqa: E402
from coachdesk.ui.session_prep import SessionPrepDialog  # noqa: E402
from coachdesk.ui.unlock_page import UnlockPage  # noqa: E402

SIZE = (1280, 800)


def settle(app: QApplication) -> None:
    for _ in range(5):
        app.processEvents()
        time.sleep(0.005)


def save(widget: QWidget, folder: Path, name: str) -> None:
    path = folder / f"{name}.png"
    widget.grab().save(str(path))
    print(path)


def open_window(store: JournalStore, library: FlowLibrary, settings: Settings) -> MainWindow:
    frame = MainWindow(settings)
    frame.hold(JournalView(store, library, settings))
    frame.resize(*SIZE)
    frame.show()
    settle(QApplication.instance())  # type: ignore[arg-type]
    return frame


def main(folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    app = QApplication(sys.argv[:1])
    app.setApplicationName("coachdesk")
    theme.apply(app)
    library = load_library()
    with tempfile.TemporaryDirectory() as scratch:
        settings = Settings(QSettings(str(Path(scratch) / "s.ini"), QSettings.Format.IniFormat))

        empty = JournalStore.open(Path(scratch) / "empty.sqlite")
        frame = open_window(empty, library, settings)
        save(frame, folder, "welcome")
        locked = UnlockPage()
        frame.show_locked(locked)
        locked.secret.setText("not the passphrase")
        locked.refuse(locked.tr("That passphrase does not open this journal."))
        settle(app)
        save(frame, folder, "locked")
        frame.close()
        empty.close()

        store = JournalStore.open(Path(scratch) / "demo.sqlite")
        fill_demo(store, library, date.today())
        frame = open_window(store, library, settings)
        window = frame.journal
        assert window is not None
        window.show_this_week()  # what the demo opens on: something is due
        settle(app)
        save(frame, folder, "this-week")
        window.show_insights()
        settle(app)
        save(frame, folder, "insights")
        window.show_stories()
        settle(app)
        save(frame, folder, "stories")
        window.show_journal()
        debriefs = [
            s for s in store.timeline(0, 200) if s.flow_id == "deal-debrief" and not s.is_draft
        ]
        if debriefs:
            window.timeline.setCurrentIndex(
                window.timeline_model.index(window.timeline_model.row_of(debriefs[0].id))
            )
        settle(app)
        save(frame, folder, "timeline")

        window.library.finder.field.setText("price")
        for _ in range(200):  # results come from the search thread
            settle(app)
            if window.timeline_model.rowCount():
                break
        window.library.enter_list()
        settle(app)
        save(frame, folder, "search")
        window.library.finder.field.clear()
        settle(app)

        chooser = FlowChooser(library.flows, frame)
        chooser.show()
        settle(app)
        save(chooser, folder, "chooser")
        chooser.close()

        check_in = CheckInDialog(frame)
        check_in.rows["stress"].set_value("3")
        check_in.rows["energy"].set_value("4")
        check_in.show()
        settle(app)
        save(check_in, folder, "check-in")
        check_in.close()

        debrief = library.get("deal-debrief") or library.flows[0]
        reflection = store.start(debrief)
        turning = next((i for i, q in enumerate(debrief.questions) if q.id == "turning-point"), 0)
        window._enter_guided(reflection.id, at=turning)
        window.guided.text_editor().setPlainText(
            "In the second meeting, when their COO joined. I kept presenting the roadmap "
            "while she asked twice about the go-live in March. I heard it as a detail."
        )
        settle(app)
        save(frame, folder, "guided")
        window.guided.pause()
        coaching_session(app, frame, store, library, folder)
        frame.close()

        theme.apply(app, theme.DARK)  # the evening: the same views in dark
        frame = open_window(store, library, settings)
        main_views(app, frame, store, folder, "dark")
        frame.close()
        theme.apply(app)
        store.close()


def main_views(
    app: QApplication, frame: MainWindow, store: JournalStore, folder: Path, suffix: str
) -> None:
    """The timeline, insights and a question, saved as <name>-<suffix>.png."""
    window = frame.journal
    assert window is not None
    window.show_journal()
    debrief = next(s for s in store.timeline(0, 100) if s.flow_id == "deal-debrief")
    window.timeline.setCurrentIndex(
        window.timeline_model.index(window.timeline_model.row_of(debrief.id))
    )
    settle(app)
    save(frame, folder, f"timeline-{suffix}")
    window.show_insights()
    settle(app)
    save(frame, folder, f"insights-{suffix}")
    window.show_journal()
    window._enter_guided(debrief.id, at=3)
    settle(app)
    save(frame, folder, f"guided-{suffix}")
    window.guided.pause()


def coaching_session(
    app: QApplication, frame: MainWindow, store: JournalStore, library: FlowLibrary, folder: Path
) -> None:
    """The prep, the reading pane with a private answer, the coach view and the cover."""
    window = frame.journal
    assert window is not None
    prep = next(s for s in store.timeline(0, 50) if s.flow_id == "prepare-coaching")
    window.show_journal()
    window.timeline.setCurrentIndex(
        window.timeline_model.index(window.timeline_model.row_of(prep.id))
    )
    settle(app)
    save(frame, folder, "private-answer")

    brandsma = next(s for s in store.timeline(0, 50) if s.flow_id == "deal-debrief" and s.is_draft)
    dialog = SessionPrepDialog(store, frame)
    dialog.goal.setText("Clarity on Brandsma before anyone talks about price again")
    dialog.tick(
        lambda item: (
            (item.kind is AgendaKind.REFLECTION and item.ref == str(brandsma.id))
            or item.kind is AgendaKind.COMMITMENT
            and "Brandsma" in item.title
            or item.ref == ChartKey.STRESS_ENERGY
        )
    )
    dialog.show()
    settle(app)
    save(dialog, folder, "session-prep")
    plan = dialog.plan()
    dialog.close()

    hour = CoachingHour(store, library, plan, "F9", frame)
    frame.cover(CoverPage())
    hour.view.resize(*SIZE)
    hour.show()
    hour.view.notes.setPlainText(
        "Jan decides alone; Erik protects his budget.\nSietske is the way in."
    )
    hour.view.show_agreed(["Ask Sietske on Monday what her father needs to see"])
    settle(app)
    save(hour.view, folder, "coach-view")
    save(frame, folder, "session-cover")
    hour.stop()


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots"))
