"""Pictures and files in the window: added by dialog, drop and paste, refused with the
store's reason, shown as thumbnails made off the UI thread, large on click, opened through
a private copy that goes when the journal locks or closes, removed after asking."""

from __future__ import annotations

import threading
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QColor, QDragEnterEvent, QDropEvent, QGuiApplication, QImage
from PySide6.QtWidgets import QApplication, QToolButton, QWidget
from pytestqt.qtbot import QtBot

from coachdesk.coaching.attachments import Limits
from coachdesk.coaching.flows import FlowLibrary
from coachdesk.coaching.reflections import Answer
from coachdesk.storage import JournalStore
from coachdesk.ui.attachments import adding, attachment_commands
from coachdesk.ui.attachments.private_copies import PrivateCopies
from coachdesk.ui.journal.journal_view import JournalView
from tests.attachment_samples import JPEG, PDF
from tests.ui.conftest import OpenWindow

MARKER = b"WHITEBOARD-MARKER-7731"


@pytest.fixture
def written(journal_path: Path, library: FlowLibrary) -> int:
    """A journal with one finished reflection; its id."""
    journal_path.parent.mkdir(parents=True, exist_ok=True)
    store = JournalStore.open(journal_path)
    flow = library.flows[0]
    reflection = store.start(flow)
    store.save_answer(reflection.id, replace(Answer.blank(flow.questions[0], 0), text="Debrief"))
    store.finish(reflection.id)
    store.close()
    return reflection.id


@pytest.fixture(autouse=True)
def private_base(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The private copies' folder, inside the test's own folder."""
    base = tmp_path / "runtime" / "coachdesk-open-test"
    base.parent.mkdir()
    monkeypatch.setattr(attachment_commands, "PrivateCopies", lambda: PrivateCopies(base))
    return base


def picture_file(folder: Path, name: str = "whiteboard.png", width: int = 640) -> Path:
    image = QImage(width, width // 2, QImage.Format.Format_RGB32)
    image.fill(QColor("#3366cc"))
    path = folder / name
    image.save(str(path), "PNG")
    return path


def choose(monkeypatch: pytest.MonkeyPatch, *paths: Path) -> None:
    monkeypatch.setattr(adding, "choose_files", lambda parent: list(paths))


def thumbnails(view: JournalView) -> list[QToolButton]:
    return [w for w in view.reading.attachments.items().values() if isinstance(w, QToolButton)]


def test_a_picture_added_by_dialog_shows_as_a_thumbnail_made_off_the_ui_thread(
    qtbot: QtBot,
    open_window: OpenWindow,
    written: int,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    view = open_window()
    choose(monkeypatch, picture_file(tmp_path))
    view.actions_["attach"].trigger()
    (kept,) = view.store.attachments(written)
    assert kept.name == "whiteboard.png" and kept.media_type == "image/png"
    (thumb,) = thumbnails(view)
    qtbot.waitUntil(lambda: not thumb.icon().isNull())
    assert thumb.iconSize().width() == 120
    made = view.attachment_commands.thumbnails
    assert made.ran_on and threading.main_thread().name not in made.ran_on
    assert "whiteboard.png" in thumb.accessibleName()
    assert "Kept with this reflection: whiteboard.png" in view._notice.text()


def drop(widget: QWidget, mime: QMimeData) -> QDropEvent:
    """Drag `mime` over `widget` and let go (what Qt sends when a file manager drops)."""
    entering = QDragEnterEvent(
        QPoint(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(widget, entering)
    assert entering.isAccepted()
    event = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(widget, event)
    return event


def test_files_dropped_on_the_reading_pane_are_kept_all_together(
    open_window: OpenWindow, written: int, tmp_path: Path
) -> None:
    view = open_window()
    offer = tmp_path / "Offer v2.pdf"
    offer.write_bytes(PDF)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(picture_file(tmp_path))), QUrl.fromLocalFile(str(offer))])
    assert view.reading.acceptDrops()
    event = drop(view.reading, mime)
    assert event.isAccepted()
    names = [a.name for a in view.store.attachments(written)]
    assert names == ["whiteboard.png", "Offer v2.pdf"]
    (line,) = [
        w for w in view.reading.attachments.items().values() if not isinstance(w, QToolButton)
    ]
    assert line.text().startswith("Offer v2.pdf  ·  PDF") and line.text().endswith("KB")
    assert line.accessibleName().startswith("Open Offer v2.pdf (PDF")


def test_a_picture_on_the_clipboard_is_pasted_into_the_reflection(
    qtbot: QtBot, open_window: OpenWindow, written: int
) -> None:
    view = open_window()
    image = QImage(200, 100, QImage.Format.Format_RGB32)
    image.fill(QColor("#cc6633"))
    QGuiApplication.clipboard().setImage(image)
    view.reading.setFocus()
    qtbot.keyClick(
        view.reading.focusWidget() or view.reading,
        Qt.Key.Key_V,
        Qt.KeyboardModifier.ControlModifier,
    )
    (kept,) = view.store.attachments(written)
    assert kept.media_type == "image/png" and kept.name.startswith("Pasted picture ")
    stored = QImage.fromData(view.store.attachment_data(kept.id))
    assert (stored.width(), stored.height()) == (200, 100)
    QGuiApplication.clipboard().clear()


def test_a_refused_file_says_why_and_nothing_of_the_batch_is_kept(
    open_window: OpenWindow, written: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    view = open_window()
    lying = tmp_path / "invoice.pdf"
    lying.write_bytes(JPEG)
    choose(monkeypatch, picture_file(tmp_path), lying)
    view.actions_["attach"].trigger()
    assert view.store.attachments(written) == []
    assert view._notice.text() == (
        "invoice.pdf is named as another kind of file than it is: it holds a JPEG image."
    )
    assert view._notice.property("role") == "warning"
    assert not view.reading.attachments.isVisibleTo(view)


def test_a_file_past_the_journals_room_is_refused_with_the_room_left(
    open_window: OpenWindow, written: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    view = open_window()
    monkeypatch.setattr(JournalStore, "attachment_limits", Limits(per_journal=1000))
    choose(monkeypatch, picture_file(tmp_path))
    view.actions_["attach"].trigger()
    assert view.store.attachments(written) == []
    assert (
        "does not fit: the journal's pictures and files may take 0 MB together, and 0.0 MB is left"
        in view._notice.text()
    )
