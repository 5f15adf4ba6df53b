"""Pictures and files in the window: added by dialog, drop and paste, refused with the
store's reason, shown as thumbnails made off the UI thread, large on click, opened through
a private copy that goes when the journal locks or closes, removed after asking."""

from __future__ import annotations

import stat
import threading
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QMimeData, QPoint, QPointF, QStandardPaths, Qt, QUrl
from PySide6.QtGui import (
    QColor,
    QDragEnterEvent,
    QDropEvent,
    QGuiApplication,
    QImage,
    QKeyEvent,
)
from PySide6.QtWidgets import QApplication, QPushButton, QToolButton, QWidget
from pytestqt.qtbot import QtBot

from coachdesk.coaching.attachments import Attachment, Limits
from coachdesk.coaching.flows import FlowLibrary
from coachdesk.coaching.reflections import Answer
from coachdesk.storage import JournalStore, protection
from coachdesk.ui.attachments import adding, attachment_commands
from coachdesk.ui.attachments.attachment_commands import ConfirmRemove
from coachdesk.ui.attachments.image_viewer import ImageViewer
from coachdesk.ui.attachments.private_copies import PrivateCopies
from coachdesk.ui.journal.journal_view import JournalView
from tests.attachment_samples import HEIC, JPEG, PDF, png
from tests.ui.conftest import OpenWindow
from tests.ui.test_locking import PASSPHRASE, unlock

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
        "invoice.pdf is named as another kind of file than it holds (JPEG image)."
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


def test_a_thumbnail_clicked_shows_the_picture_large_never_enlarged_and_esc_closes_it(
    qtbot: QtBot,
    open_window: OpenWindow,
    written: int,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    view = open_window()
    choose(monkeypatch, picture_file(tmp_path, width=300))
    view.actions_["attach"].trigger()
    (thumb,) = thumbnails(view)
    thumb.click()
    viewer = view.findChild(ImageViewer)
    assert viewer is not None
    qtbot.waitExposed(viewer)
    assert viewer.accessibleName() == "Picture whiteboard.png"
    assert viewer.shown_size().width() == 300  # room for more, but never enlarged
    qtbot.keyClick(viewer, Qt.Key.Key_Escape)
    assert not viewer.isVisible()


def opened_copy(view: JournalView, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    offer = tmp_path / "Offer.pdf"
    offer.write_bytes(PDF)
    choose(monkeypatch, offer)
    view.actions_["attach"].trigger()
    urls: list[QUrl] = []
    view.attachment_commands.open_url = urls.append
    (line,) = view.reading.attachments.items().values()
    line.click()
    (url,) = urls
    return Path(url.toLocalFile())


def test_a_file_opens_through_a_private_copy_that_goes_when_the_journal_closes(
    open_window: OpenWindow,
    written: int,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    private_base: Path,
) -> None:
    view = open_window()
    copy = opened_copy(view, tmp_path, monkeypatch)
    assert copy.read_bytes() == PDF and copy.name == "Offer.pdf"
    assert copy.is_relative_to(private_base)
    assert stat.S_IMODE(copy.stat().st_mode) == 0o600
    for folder in (private_base, *copy.relative_to(private_base).parents):
        assert stat.S_IMODE((private_base / folder).stat().st_mode) == 0o700
    assert "is open in its own program" in view._notice.text()
    view.shut_down()  # what closing the journal does
    assert not copy.exists() and list(private_base.iterdir()) == []


def test_the_private_copy_goes_when_the_journal_locks(
    qtbot: QtBot,
    opened,  # type: ignore[no-untyped-def]
    written: int,
    journal_path: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    protection.encrypt(journal_path, PASSPHRASE)
    one = opened(journal_path)
    unlock(qtbot, one)
    view = one.view
    view.select_row(0)
    copy = opened_copy(view, tmp_path, monkeypatch)
    assert copy.exists()
    one.session.lock()
    assert one.window.journal is None
    assert not copy.exists()


def test_what_a_crash_left_behind_is_removed_at_the_next_start(
    open_window: OpenWindow,
    written: int,
    private_base: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    left = private_base / "p1234" / "7"
    left.mkdir(parents=True)
    (left / "Offer.pdf").write_bytes(PDF)
    monkeypatch.setattr(attachment_commands, "_leftovers_checked", False)
    open_window()
    assert not (private_base / "p1234").exists()


def test_removing_asks_first_and_keeps_it_when_the_answer_is_no(
    open_window: OpenWindow,
    written: int,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    view = open_window()
    choose(monkeypatch, picture_file(tmp_path))
    view.actions_["attach"].trigger()
    asked: list[str] = []

    def no(parent: QWidget, attachment: Attachment) -> bool:
        asked.append(attachment.name)
        return False

    monkeypatch.setattr(ConfirmRemove, "ask", no)
    (thumb,) = thumbnails(view)
    thumb.setFocus()
    QApplication.sendEvent(
        thumb, QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Delete, Qt.KeyboardModifier.NoModifier)
    )
    assert asked == ["whiteboard.png"] and len(view.store.attachments(written)) == 1
    assert view.store.count() == 1  # Delete on a picture is not Delete reflection
    monkeypatch.setattr(ConfirmRemove, "ask", lambda parent, a: True)
    view.attachment_commands.remove(thumb.property("attachment"))
    assert view.store.attachments(written) == []
    assert not view.reading.attachments.isVisibleTo(view)
    assert view._notice.text() == "Removed whiteboard.png."


def test_in_the_answer_being_written_a_drop_or_a_pasted_picture_is_kept_with_that_answer(
    qtbot: QtBot, open_window: OpenWindow, written: int, tmp_path: Path
) -> None:
    view = open_window()
    view.reflection_commands.open_current()
    assert view.in_guided_mode()
    question = view.guided.current_question()
    assert question is not None
    field = view.guided.text_editor()
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(picture_file(tmp_path)))])
    assert drop(field.viewport(), mime).isAccepted()
    assert field.toPlainText() == "Debrief"  # no path typed into the answer
    image = QImage(64, 48, QImage.Format.Format_RGB32)
    image.fill(QColor("#339966"))
    QGuiApplication.clipboard().setImage(image)
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    QGuiApplication.clipboard().setText("plain words")
    qtbot.keyClick(field, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    kept = view.store.attachments(written)
    assert [a.question_id for a in kept] == [question.id, question.id]
    assert kept[0].name == "whiteboard.png" and kept[1].name.startswith("Pasted picture")
    assert field.toPlainText().endswith("plain words")  # text is still pasted as text
    assert view._notice.text().startswith("Kept with this answer: Pasted picture")
    QGuiApplication.clipboard().clear()


def test_a_private_answers_picture_is_marked_private(
    qtbot: QtBot, open_window: OpenWindow, written: int, tmp_path: Path
) -> None:
    view = open_window()
    question = view.store.get(written).answers[0].question_id
    view.store.attach(written, "board.png", png(8, 8), question)
    view.store.set_private(written, question, True)
    view.select_reflection(written)
    (thumb,) = thumbnails(view)
    prompt = view.store.get(written).answers[0].prompt
    assert thumb.toolTip() == f"board.png\nWith the answer to: {prompt}"
    assert thumb.text().startswith("Private · ")
    assert "Private: never shown to your coach." in thumb.accessibleName()


def test_no_byte_of_a_picture_shown_opened_or_pasted_is_written_outside_the_journal(
    qtbot: QtBot,
    open_window: OpenWindow,
    written: int,
    tmp_path: Path,
    private_base: Path,
    journal_path: Path,
) -> None:
    """The journal holds the picture; the window writes none of it anywhere else: not as a
    thumbnail, not when shown large (only a file opened in its own program gets a copy)."""
    view = open_window()
    source = tmp_path / "source" / "board.png"
    source.parent.mkdir()
    source.write_bytes(png(64, 64, text=MARKER))
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(source))])
    drop(view.reading, mime)
    source.unlink()
    (thumb,) = thumbnails(view)
    qtbot.waitUntil(lambda: not thumb.icon().isNull())
    thumb.click()
    viewer = view.findChild(ImageViewer)
    assert viewer is not None
    viewer.grab()
    viewer.close()
    view.grab()
    journal = {journal_path.name, journal_path.name + "-wal", journal_path.name + "-shm"}
    view.shut_down()
    cache = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.CacheLocation)
    for root in (tmp_path, private_base, Path(cache)):
        for path in root.rglob("*") if root.exists() else ():
            if path.is_file() and not (path.parent == journal_path.parent and path.name in journal):
                assert MARKER not in path.read_bytes(), path
    kept = [journal_path.parent / n for n in journal if (journal_path.parent / n).exists()]
    assert MARKER in b"".join(p.read_bytes() for p in kept)  # the marker can be found


def test_the_pictures_and_files_are_reached_with_tab_after_the_text_and_all_are_named(
    qtbot: QtBot,
    open_window: OpenWindow,
    written: int,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    view = open_window()
    offer = tmp_path / "Offer.pdf"
    offer.write_bytes(PDF)
    choose(monkeypatch, picture_file(tmp_path), offer)
    view.actions_["attach"].trigger()
    strip = view.reading.attachments
    wanted = [*strip.items().values()]
    for widget in [*wanted, *strip.findChildren(QPushButton)]:
        assert widget.accessibleName(), widget
    view.reading._text.setFocus()
    reached = []
    for _ in range(12):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        reached.append(QApplication.focusWidget())
    positions = [reached.index(w) for w in wanted]
    assert positions == sorted(positions)  # the picture, then the file, in reading order


def test_the_timeline_reads_no_picture_only_the_reflection_on_show_has_its_thumbnails_read(
    qtbot: QtBot,
    journal_path: Path,
    library: FlowLibrary,
    open_window: OpenWindow,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    journal_path.parent.mkdir(parents=True, exist_ok=True)
    store = JournalStore.open(journal_path)
    flow = library.flows[0]
    ids = []
    for n in range(12):
        made = store.start(flow)
        store.save_answer(made.id, replace(Answer.blank(flow.questions[0], 0), text=f"Day {n}"))
        store.finish(made.id)
        store.attach(made.id, f"photo {n}.png", png(16, 16, rgb=bytes([n, 90, 200])))
        ids.append(made.id)
    store.close()
    read: list[int] = []
    original = JournalStore.attachment_data

    def counted(self: JournalStore, attachment_id: int) -> bytes:
        read.append(attachment_id)
        return original(self, attachment_id)

    monkeypatch.setattr(JournalStore, "attachment_data", counted)
    view = open_window()
    shown = view.reading.reflection
    assert shown is not None
    (thumb,) = thumbnails(view)
    qtbot.waitUntil(lambda: not thumb.icon().isNull())
    assert read == [a.id for a in view.store.attachments(shown.id)]  # that one, once


def test_the_key_is_in_the_reflection_menu_and_in_the_list_of_shortcuts(
    open_window: OpenWindow, written: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    view = open_window()
    action = view.actions_["attach"]
    assert action.shortcut().toString() == "Ctrl+Shift+A"
    assert action in view.actions() and action.isEnabled()  # F1 lists the view's actions
    # In the answer being written, the key adds to that answer.
    view.reflection_commands.open_current()
    choose(monkeypatch, picture_file(tmp_path))
    action.trigger()
    (kept,) = view.store.attachments(written)
    assert kept.question_id == view.guided.current_question().id  # type: ignore[union-attr]


def test_a_heic_this_qt_cannot_draw_gets_a_quiet_tile_and_opens_in_the_systems_viewer(
    qtbot: QtBot, open_window: OpenWindow, written: int, tmp_path: Path
) -> None:
    view = open_window()
    view.store.attach(written, "IMG_0042.heic", HEIC)
    view.select_reflection(written)
    (thumb,) = thumbnails(view)
    qtbot.waitUntil(lambda: not thumb.icon().isNull())
    assert "cannot show this picture" in thumb.toolTip()
    urls: list[QUrl] = []
    view.attachment_commands.open_url = urls.append
    thumb.click()
    (url,) = urls
    assert Path(url.toLocalFile()).read_bytes() == HEIC
    view.shut_down()
    assert not Path(url.toLocalFile()).exists()


def test_in_an_encrypted_journal_no_byte_of_a_shown_picture_is_readable_on_disk(
    qtbot: QtBot,
    opened,  # type: ignore[no-untyped-def]
    written: int,
    journal_path: Path,
    tmp_path: Path,
    private_base: Path,
) -> None:
    """Added by drop, shown as a thumbnail and large, then locked: every file in the test's
    folder (the journal's own included), the private copies' and Qt's cache is searched."""
    protection.encrypt(journal_path, PASSPHRASE)
    one = opened(journal_path)
    unlock(qtbot, one)
    view = one.view
    view.select_reflection(written)
    source = tmp_path / "board.png"
    source.write_bytes(png(64, 64, text=MARKER))
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(source))])
    drop(view.reading, mime)
    source.unlink()
    (thumb,) = thumbnails(view)
    qtbot.waitUntil(lambda: not thumb.icon().isNull())  # through the reader, with the key
    thumb.click()
    viewer = view.findChild(ImageViewer)
    assert viewer is not None and viewer.shown_size().width() == 64
    one.session.lock()
    assert not viewer.isVisible()
    cache = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.CacheLocation)
    searched = 0
    for root in (tmp_path, private_base, Path(cache)):
        for path in root.rglob("*") if root.exists() else ():
            if path.is_file():
                searched += 1
                assert MARKER not in path.read_bytes(), path
    assert searched >= 2  # the journal and its key file at least


def test_a_new_note_with_only_a_picture_is_kept_when_left(
    open_window: OpenWindow, written: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A quick note whose only content is the whiteboard photo: Esc (continue later) must
    # not throw it away as an empty draft, photo and all.
    view = open_window()
    view.reflection_commands.quick_note()
    assert view.in_guided_mode()
    draft = view.guided.reflection_id
    assert draft is not None
    choose(monkeypatch, picture_file(tmp_path))
    view.actions_["attach"].trigger()
    kept_line = view.guided._kept  # under the answer: where the picture went
    assert kept_line.isVisibleTo(view.guided)
    assert kept_line.text() == "With this answer: whiteboard.png"
    view.guided.pause()
    assert not view.in_guided_mode()
    (kept,) = view.store.attachments(draft)
    assert kept.name == "whiteboard.png"
    view.shut_down()
