"""Render the views from the demo journal into PNGs (offscreen): `make screenshots`.

English and light into docs/screenshots/, the main views again in Dutch (nl/) and in
dark (dark/). What the demo user "types" on screen comes from SAMPLES, per language.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QSettings  # noqa: E402
from PySide6.QtGui import QColor, QImage, QPainter, QPen  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from coachdesk.coaching.commitments import Commitment  # noqa: E402
from coachdesk.coaching.conversation import steps  # noqa: E402
from coachdesk.coaching.deals import Subject, SubjectKind  # noqa: E402
from coachdesk.coaching.reflections import Answer  # noqa: E402
from coachdesk.coaching.sessions import AgendaKind, ChartKey  # noqa: E402
from coachdesk.coaching.takeaway import look_back  # noqa: E402
from coachdesk.demo_journal import fill_demo  # noqa: E402
from coachdesk.environment import load_library  # noqa: E402
from coachdesk.i18n import (
    install_translations,  # noqa: E402
    use_language,  # noqa: E402
)
from coachdesk.settings import Settings  # noqa: E402
from coachdesk.storage import JournalStore  # noqa: E402
from coachdesk.summary.export import PdfOptions  # noqa: E402
from coachdesk.summary.takeaway import takeaway_pdf  # noqa: E402
from coachdesk.ui.coaching_hour.coaching_hour import CoachingHour  # noqa: E402
from coachdesk.ui.coaching_hour.cover_page import CoverPage  # noqa: E402
from coachdesk.ui.coaching_hour.past_sessions import PastSessions  # noqa: E402
from coachdesk.ui.coaching_hour.session_prep import SessionPrepDialog  # noqa: E402
from coachdesk.ui.common import theme  # noqa: E402
from coachdesk.ui.journal.flow_chooser import FlowChooser  # noqa: E402
from coachdesk.ui.journal.journal_view import JournalView  # noqa: E402
from coachdesk.ui.loop.checkin_dialog import CheckInDialog  # noqa: E402
from coachdesk.ui.main_window import MainWindow  # noqa: E402
from coachdesk.ui.protection.unlock_page import UnlockPage  # noqa: E402

SIZE = (1280, 800)


@dataclass(frozen=True)
class Sample:
    """What the demo user types in the screenshots, in one language."""

    search: str
    answer: str
    goal: str
    notes: str
    agreed: str


SAMPLES = {
    "en": Sample(
        search="price",
        answer="In the second meeting, when their COO joined. I kept presenting the roadmap "
        "while she asked twice about the go-live in March. I heard it as a detail.",
        goal="Clarity on Brandsma before anyone talks about price again",
        notes="Jan decides alone; Erik protects his budget.\nSietske is the way in.",
        agreed="Ask Sietske on Monday what her father needs to see",
    ),
    "nl": Sample(
        search="prijs",
        answer="In het tweede gesprek, toen hun COO aanschoof. Ik bleef de roadmap "
        "presenteren terwijl zij twee keer naar de livegang in maart vroeg. Ik hoorde het "
        "als een detail.",
        goal="Helderheid over Brandsma voordat iemand weer over de prijs begint",
        notes="Jan beslist alleen; Erik bewaakt zijn budget.\nSietske is de ingang.",
        agreed="Maandag aan Sietske vragen wat haar vader wil zien",
    ),
}


def settle(app: QApplication) -> None:
    for _ in range(5):
        app.processEvents()
        time.sleep(0.005)


def save(widget: QWidget, folder: Path, name: str) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{name}.png"
    widget.grab().save(str(path))
    print(path)


class Shots:
    """One demo journal in one language and look, and the views to render from it."""

    def __init__(self, app: QApplication, scratch: Path, language: str) -> None:
        self.app = app
        self.sample = SAMPLES[language]
        self.language = language
        use_language(language)
        install_translations(app, language)
        self.library = load_library()
        self.settings = Settings(
            QSettings(str(scratch / f"{language}.ini"), QSettings.Format.IniFormat)
        )
        self.store = JournalStore.open(scratch / f"demo-{language}.sqlite")
        fill_demo(self.store, self.library, date.today())
        self.frame = self.open_window(self.store)

    def open_window(self, store: JournalStore) -> MainWindow:
        frame = MainWindow(self.settings)
        frame.hold(JournalView(store, self.library, self.settings))
        frame.resize(*SIZE)
        frame.show()
        settle(self.app)
        return frame

    @property
    def view(self) -> JournalView:
        assert self.frame.journal is not None
        return self.frame.journal

    def close(self) -> None:
        self.frame.close()
        self.store.close()

    def _select(self, reflection_id: int) -> None:
        model = self.view.timeline_model
        self.view.timeline.setCurrentIndex(model.index(model.row_of(reflection_id)))
        settle(self.app)

    def _first(self, flow_id: str, draft: bool) -> int:
        found = (
            s.id
            for s in self.store.timeline(0, 200)
            if s.flow_id == flow_id and s.is_draft == draft
        )
        return next(found)

    # The views -------------------------------------------------------------------------

    def main_views(self, folder: Path) -> None:
        """This week, insights, stories, the timeline, search, a question."""
        view = self.view
        view.show_this_week()  # what the demo opens on: something is due
        settle(self.app)
        save(self.frame, folder, "this-week")
        view.show_insights()
        settle(self.app)
        save(self.frame, folder, "insights")
        view.show_stories()
        settle(self.app)
        save(self.frame, folder, "stories")
        view.show_journal()
        self._select(self._first("deal-debrief", draft=False))
        save(self.frame, folder, "timeline")

        view.library.finder.field.setText(self.sample.search)
        for _ in range(200):  # results come from the search thread
            settle(self.app)
            if view.timeline_model.rowCount():
                break
        view.library.enter_list()
        settle(self.app)
        save(self.frame, folder, "search")
        view.library.finder.field.clear()
        settle(self.app)

        debrief = self.library.get("deal-debrief") or self.library.flows[0]
        practice = self.store.start(debrief)
        outcome = debrief.question("outcome")
        if outcome is not None and outcome.choices:  # a lost deal: the questions that fit it
            lost = next((c for c in outcome.choices if c.id == "lost"), outcome.choices[0])
            blank = Answer.blank(outcome, debrief.questions.index(outcome))
            self.store.save_answer(practice.id, replace(blank, choice=lost.id, text=lost.label))
        asked = steps(debrief, {a.question_id: a for a in self.store.get(practice.id).answers})
        turning = next((i for i, s in enumerate(asked) if s.question.id == "turning-point"), 0)
        view.enter_guided(practice.id, at=turning)
        view.guided.text_editor().setPlainText(self.sample.answer)
        settle(self.app)
        save(self.frame, folder, "guided")
        view.guided.pause()
        self.store.delete(practice.id)  # not part of the demo the other shots show
        view.timeline_model.reload()

    def dialogs(self, folder: Path) -> None:
        """The flow chooser and a check-in."""
        chooser = FlowChooser(self.library.flows, self.frame)
        chooser.show()
        settle(self.app)
        save(chooser, folder, "chooser")
        chooser.close()
        check_in = CheckInDialog(self.frame)
        check_in.rows["stress"].set_value("3")
        check_in.rows["energy"].set_value("4")
        check_in.show()
        settle(self.app)
        save(check_in, folder, "check-in")
        check_in.close()

    def coaching_session(self, folder: Path) -> None:
        """The reading pane with a private answer, the prep, the coach view, the cover."""
        self.view.show_journal()
        self._select(self._first("prepare-coaching", draft=False))
        save(self.frame, folder, "private-answer")

        brandsma = self._first("deal-debrief", draft=True)
        dialog = SessionPrepDialog(self.store, self.frame)
        dialog.goal.setText(self.sample.goal)
        dialog.tick(
            lambda item: (
                (item.kind is AgendaKind.REFLECTION and item.ref == str(brandsma))
                or (item.kind is AgendaKind.COMMITMENT and "Brandsma" in item.title)
                or item.ref == ChartKey.STRESS_ENERGY
            )
        )
        dialog.show()
        settle(self.app)
        save(dialog, folder, "session-prep")
        plan = dialog.plan()
        dialog.close()

        hour = CoachingHour(self.store, self.library, plan, "F9", self.frame)
        journal = self.frame.cover(CoverPage())
        hour.view.resize(*SIZE)
        hour.show()
        hour.view.notes.setPlainText(self.sample.notes)
        now = datetime.now().astimezone()
        monday = now.date() + timedelta(days=7 - now.weekday())
        hour.view.show_agreed([Commitment(0, self.sample.agreed, now, due=monday)])
        settle(self.app)
        save(hour.view, folder, "coach-view")
        save(self.frame, folder, "session-cover")
        hour.stop()
        if journal is not None:
            self.frame.hold(journal)

    def past_sessions(self, folder: Path) -> None:
        """Coaching → Past sessions on the demo's third weekly hour."""
        dialog = PastSessions(self.store, self.frame)
        dialog.resize(*SIZE)
        dialog.show()
        settle(self.app)
        save(dialog, folder, "past-sessions")
        dialog.close()

    def pictures(self, folder: Path) -> None:
        """A photo of the whiteboard kept with a deal debrief, in the reading pane."""
        debrief = self._first("deal-debrief", draft=False)
        kept = self.store.attach(debrief, "whiteboard.png", whiteboard_png())
        self.view.show_journal()
        self._select(debrief)
        for _ in range(100):  # the thumbnail comes from its thread
            settle(self.app)
        save(self.frame, folder, "pictures")
        self.store.remove_attachment(kept.id)  # not part of the demo the other shots show
        self._select(debrief)

    def spelling(self, folder: Path) -> None:
        """A free note with two slips of the pen, underlined."""
        note = self.library.get("free-note") or self.library.flows[0]
        practice = self.store.start(note)
        self.view.enter_guided(practice.id, at=0)
        self.view.guided.text_editor().setPlainText(TYPOS[self.language])
        self.view.guided.spelling.wait_until_loaded()
        for _ in range(60):
            settle(self.app)
        save(self.frame, folder, "spelling")
        self.view.guided.pause()
        self.store.delete(practice.id)
        self.view.timeline_model.reload()

    def deal_story(self, folder: Path) -> None:
        """One deal's whole story (Deals and customers) on the demo's Dekkerhof."""
        self.view.show_subject(Subject(SubjectKind.DEAL, "Dekkerhof"))
        settle(self.app)
        save(self.frame, folder, "deal")
        self.view.show_journal()

    def takeaway(self, folder: Path) -> None:
        """The one-page take-away of the demo's latest weekly hour, as pdftoppm shows it."""
        session = max(self.store.sessions(), key=lambda s: s.started_at)
        pdf, _pages = takeaway_pdf(look_back(self.store, session), PdfOptions())
        if shutil.which("pdftoppm") is None:
            print("no pdftoppm (poppler-utils): takeaway.png left as it was")
            return
        written = folder / "takeaway.pdf"
        written.write_bytes(pdf)
        subprocess.run(
            ["pdftoppm", "-png", "-r", "70", "-singlefile", str(written), str(folder / "takeaway")],
            check=True,
        )
        written.unlink()


# Two slips of the pen each, for the spell check's picture.
TYPOS = {
    "en": "Spoke with Marloes about the proposel. It went beter than I expected, "
    "and she wants Jeroen at the next meeting. ",
    "nl": "Gesproken met Marloes over de offrte. Het ging beeter dan verwacht, "
    "en ze wil Jeroen bij het volgende gesprek. ",
}


def whiteboard_png() -> bytes:
    """A drawn "photo" of a whiteboard: who decides at Oosterveld (no real photo in git)."""
    image = QImage(1200, 800, QImage.Format.Format_RGB32)
    image.fill(QColor("#f4f1ea"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(QColor("#2d4a6b"), 6))
    font = painter.font()
    font.setPointSize(40)
    painter.setFont(font)
    painter.drawText(80, 120, "Oosterveld: who decides?")
    for x, y, name in ((120, 300, "Karin"), (520, 300, "Mehmet"), (920, 300, "finance")):
        painter.drawEllipse(x - 20, y - 60, 220, 120)
        painter.drawText(x + 10, y + 15, name)
    painter.setPen(QPen(QColor("#b0413e"), 6))
    painter.drawLine(320, 300, 500, 300)
    painter.drawLine(720, 300, 900, 300)
    painter.drawText(420, 600, "budget?")
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")  # type: ignore[call-overload]  # the stubs lack QIODevice
    return bytes(data.data())


def welcome_and_locked(app: QApplication, scratch: Path, folder: Path) -> None:
    """An empty journal, and the locked window."""
    library = load_library()
    settings = Settings(QSettings(str(scratch / "empty.ini"), QSettings.Format.IniFormat))
    empty = JournalStore.open(scratch / "empty.sqlite")
    frame = MainWindow(settings)
    frame.hold(JournalView(empty, library, settings))
    frame.resize(*SIZE)
    frame.show()
    settle(app)
    save(frame, folder, "welcome")
    locked = UnlockPage()
    frame.show_locked(locked)
    locked.secret.setText("not the passphrase")
    wrong = QCoreApplication.translate(
        "JournalSession", "That passphrase does not open this journal."
    )
    locked.refuse(wrong)
    settle(app)
    save(frame, folder, "locked")
    frame.close()
    empty.close()


def main(folder: Path) -> None:
    app = QApplication(sys.argv[:1])
    app.setApplicationName("coachdesk")
    theme.apply(app)
    with tempfile.TemporaryDirectory() as scratch_name:
        scratch = Path(scratch_name)
        shots = Shots(app, scratch, "en")
        welcome_and_locked(app, scratch, folder)
        shots.main_views(folder)
        shots.dialogs(folder)
        shots.takeaway(folder)  # of the demo's third hour, before the shots add one
        shots.past_sessions(folder)
        shots.coaching_session(folder)
        shots.deal_story(folder)
        shots.pictures(folder)
        shots.spelling(folder)

        theme.apply(app, theme.DARK)  # the evening: the same views in dark
        dark = shots.open_window(shots.store)
        shots.frame.close()
        shots.frame = dark
        shots.main_views(folder / "dark")
        shots.past_sessions(folder / "dark")
        shots.coaching_session(folder / "dark")
        theme.apply(app)
        shots.close()

        dutch = Shots(app, scratch, "nl")
        welcome_and_locked(app, scratch, folder / "nl")
        dutch.main_views(folder / "nl")
        dutch.dialogs(folder / "nl")
        dutch.past_sessions(folder / "nl")
        dutch.coaching_session(folder / "nl")
        dutch.deal_story(folder / "nl")
        dutch.spelling(folder / "nl")
        dutch.close()


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots"))
