"""The coach view offers the pictures of a reflection on the agenda, shows one large only
when asked, never offers a private answer's, and drops it behind the curtain."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

import pytest
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from coachdesk.coaching.flows import FlowLibrary
from coachdesk.coaching.reflections import Answer, NewReflection
from coachdesk.coaching.sessions import AgendaItem, AgendaKind
from coachdesk.storage import JournalStore
from coachdesk.ui.attachments.adding import png_bytes
from coachdesk.ui.coaching_hour.coach_view import CoachView
from tests.attachment_samples import PDF


def picture(width: int, height: int) -> bytes:
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("#3366cc"))
    return png_bytes(image)


@pytest.fixture
def agenda_store(store: JournalStore, library: FlowLibrary) -> tuple[JournalStore, int, str, str]:
    """A reflection with a whiteboard photo of the whole, a PDF, and a private answer's
    napkin; its two answers' question ids (shared, private)."""
    flow = library.get("deal-debrief")
    assert flow is not None
    answers = [
        replace(Answer.blank(q, i), text=f"Answer {i}") for i, q in enumerate(flow.questions[:2])
    ]
    made = store.add(NewReflection(flow, tuple(answers), datetime(2026, 11, 2, 17).astimezone()))
    shared, secret = answers[0].question_id, answers[1].question_id
    store.attach(made, "whiteboard.png", picture(900, 600))
    store.attach(made, "Proposal.pdf", PDF)
    store.attach(made, "shared answer.png", picture(40, 40), shared)
    store.attach(made, "napkin-SECRET.png", picture(300, 300), secret)
    store.set_private(made, secret, True)
    return store, made, shared, secret


def coach_on(qtbot: QtBot, store: JournalStore, *agenda: AgendaItem) -> CoachView:
    coach = CoachView(store, agenda, lambda key, parent: QWidget(parent), 60)
    qtbot.addWidget(coach)
    coach.show()
    QApplication.processEvents()
    return coach


def words_on_screen(coach: CoachView) -> str:
    return "\n".join(
        " ".join((w.accessibleName(), getattr(w, "text", lambda: "")() or ""))
        for w in coach.findChildren(QWidget)
        if w.isVisible()
    )


def test_the_coach_is_offered_the_reflections_pictures_but_never_a_private_answers(
    qtbot: QtBot, agenda_store: tuple[JournalStore, int, str, str]
) -> None:
    store, made, _, _ = agenda_store
    coach = coach_on(qtbot, store, AgendaItem(AgendaKind.REFLECTION, str(made), "Debrief"))
    offered = [b.text() for b in coach.pictures.buttons()]
    assert offered == ["Show whiteboard.png", "Show shared answer.png"]
    assert "SECRET" not in words_on_screen(coach)
    assert coach.pages.currentWidget() is coach.content  # nothing shown until asked
    coach.pictures.buttons()[0].click()
    assert coach.pages.currentWidget() is coach.pictures.page
    shown = coach.pictures.page.picture.pixmap()
    assert shown is not None and not shown.isNull()
    assert shown.width() <= 900 and shown.width() / shown.height() == pytest.approx(1.5, 0.02)
    assert coach.pictures.page.caption.text() == "whiteboard.png"
    coach.toggle_curtain()  # F9: nothing of it stays behind the curtain
    assert coach.pictures.page.picture.pixmap().isNull()
    coach.toggle_curtain()
    assert coach.pages.currentWidget() is coach.content


def test_an_answer_on_the_agenda_offers_only_its_own_pictures(
    qtbot: QtBot, agenda_store: tuple[JournalStore, int, str, str]
) -> None:
    store, made, shared, secret = agenda_store
    coach = coach_on(
        qtbot,
        store,
        AgendaItem(AgendaKind.ANSWER, f"{made}/{shared}", "One answer"),
        AgendaItem(AgendaKind.ANSWER, f"{made}/{secret}", "The private one"),
    )
    assert [b.text() for b in coach.pictures.buttons()] == ["Show shared answer.png"]
    coach.next()
    assert coach.pictures.buttons() == [] and not coach.pictures.isVisible()
    assert "SECRET" not in words_on_screen(coach)
