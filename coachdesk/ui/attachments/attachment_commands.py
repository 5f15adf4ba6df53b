"""What is done with a reflection's pictures and files: add them (dialog, drop, paste),
look at a picture large, open a file in its own program, remove one after asking. The
reading pane and the answer field show; this acts."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QMimeData, QObject, Qt, QUrl, Slot
from PySide6.QtGui import (
    QDesktopServices,
    QDragEnterEvent,
    QDropEvent,
    QGuiApplication,
    QImage,
    QKeyEvent,
    QKeySequence,
    QShortcut,
)
from PySide6.QtWidgets import QMessageBox, QWidget

from coachdesk.coaching.attachments import Attachment, is_private
from coachdesk.coaching.file_kinds import FileRefused
from coachdesk.coaching.reflections import Reflection
from coachdesk.storage import JournalError, JournalStore, StorageUnavailable
from coachdesk.ui.attachments import adding
from coachdesk.ui.attachments.image_viewer import ImageViewer
from coachdesk.ui.attachments.private_copies import PrivateCopies
from coachdesk.ui.attachments.thumbnails import Thumbnails, decode
from coachdesk.ui.common.busy import run_busy
from coachdesk.ui.common.messages import damage_found, describe

if TYPE_CHECKING:
    from coachdesk.ui.journal.journal_view import JournalView

_LARGE = 4096  # pixels: the longest side a picture is shown at (a 48 MP photo is 8,000)
_leftovers_checked = False


class ConfirmRemove:
    """Ask before a picture or file is removed from its reflection."""

    @classmethod
    def ask(cls, parent: QWidget, attachment: Attachment) -> bool:
        """True when the user chose Remove."""
        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(QCoreApplication.translate("ConfirmRemove", "Remove"))
        box.setText(
            QCoreApplication.translate("ConfirmRemove", "Remove %1 from this reflection?").replace(
                "%1", attachment.name
            )
        )
        box.setInformativeText(
            QCoreApplication.translate(
                "ConfirmRemove", "It is gone from the journal; backups still hold it."
            )
        )
        remove = box.addButton(
            QCoreApplication.translate("ConfirmRemove", "Remove"),
            QMessageBox.ButtonRole.DestructiveRole,
        )
        keep = box.addButton(
            QCoreApplication.translate("ConfirmRemove", "Keep it"),
            QMessageBox.ButtonRole.RejectRole,
        )
        remove.setAccessibleName(
            QCoreApplication.translate("ConfirmRemove", "Remove %1").replace("%1", attachment.name)
        )
        keep.setAccessibleName(QCoreApplication.translate("ConfirmRemove", "Keep it"))
        box.setDefaultButton(keep)
        box.exec()
        return box.clickedButton() is remove


class AttachmentCommands(QObject):
    """The pictures and files of the reflection on show, or of the answer being written."""

    def __init__(self, view: JournalView, store: JournalStore) -> None:
        super().__init__(view)
        self._view = view
        self._store = store
        self._reflection: Reflection | None = None
        self._answer = view.guided.text_editor()
        self._shown: dict[int, Attachment] = {}
        self.thumbnails = Thumbnails(store, self)
        self.copies = PrivateCopies()
        self.open_url: Callable[[QUrl], object] = QDesktopServices.openUrl  # tests replace it
        self.now: Callable[[], datetime] = datetime.now
        strip = view.reading.attachments
        strip.view_requested.connect(self.view_picture)
        strip.open_requested.connect(self.open_file)
        strip.remove_requested.connect(self.remove)
        strip.add_requested.connect(self.add_from_dialog)
        view.reading.reflection_shown.connect(self._on_reading_reflection_shown)
        self.thumbnails.made.connect(strip.set_thumbnail)
        # Dropped on the reading pane (its read-only text takes no drops: they come here).
        view.reading.setAcceptDrops(True)
        view.reading.installEventFilter(self)
        paste = QShortcut(QKeySequence(QKeySequence.StandardKey.Paste), view.reading)
        paste.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        paste.activated.connect(self.paste)
        # Dropped or pasted into the answer being written: kept with that answer.
        self._answer.installEventFilter(self)
        self._answer.viewport().installEventFilter(self)
        global _leftovers_checked
        if not _leftovers_checked:  # once a run: what a crash left behind goes
            _leftovers_checked = True
            self.copies.remove_leftovers()

    # Showing -------------------------------------------------------------------------------

    @Slot(object)
    def _on_reading_reflection_shown(self, reflection: Reflection) -> None:
        if reflection is self._reflection:
            return  # the same page drawn again (new colours): its strip stands as it is
        self._reflection = reflection
        try:
            attachments = self._store.attachments(reflection.id)
        except JournalError:
            attachments = []
        self._shown = {a.id: a for a in attachments}
        private = {a.id for a in attachments if is_private(a, reflection)}
        strip = self._view.reading.attachments
        strip.set_read_only(self._store.read_only)
        questions = {a.question_id: a.prompt for a in reflection.answers}
        strip.show_attachments(attachments, private, questions)
        pictures = [a for a in attachments if a.is_image]
        for picture in pictures:
            cached = self.thumbnails.cached(picture)
            if cached is not None:
                strip.set_thumbnail(picture.id, cached)
        self.thumbnails.request(pictures)

    def _show_again(self) -> None:
        shown = self._view.reading.reflection
        self._reflection = None
        if shown is not None:
            self._on_reading_reflection_shown(shown)

    # Adding --------------------------------------------------------------------------------

    def _target(self) -> tuple[int, str | None] | None:
        """The reflection (and answer) things are added to: the answer being written in
        guided mode, else the reflection on show."""
        if self._view.in_guided_mode():
            reflection_id = self._view.guided.reflection_id
            question = self._view.guided.current_question()
            if reflection_id is None:
                return None
            return reflection_id, question.id if question is not None else None
        if self._view.current_page() is not self._view.reading.parentWidget():
            return None  # This week, insights…: no reflection on show
        shown = self._view.reading.reflection
        return (shown.id, None) if shown is not None else None

    @Slot()
    def add_from_dialog(self) -> None:
        """Reflection → Add picture or file…: the file dialog, then add what was chosen."""
        if self._target() is None or not self._view.writable():
            return
        paths = adding.choose_files(self._view)
        self._view.activateWindow()
        if paths:
            self._add(lambda: adding.read_all(paths))

    def add_mime(self, mime: QMimeData) -> bool:
        """Add the files or the picture in `mime` (dropped or pasted); False if none."""
        paths = adding.dropped_files(mime)
        if paths:
            self._add(lambda: adding.read_all(paths))
            return True
        if mime.hasImage():
            image = QImage(mime.imageData())
            if image.isNull():
                return False
            name = adding.pasted_name(self.now())
            self._add(lambda: [(name, adding.png_bytes(image))])
            return True
        return False

    @Slot()
    def paste(self) -> None:
        """Ctrl+V on the reading pane: a picture or files from the clipboard."""
        mime = QGuiApplication.clipboard().mimeData()
        if self._target() is None or not self._view.writable():
            return
        if not adding.offers_something(mime) or not self.add_mime(mime):
            self._view.show_notice(
                self.tr("The clipboard holds no picture or file to add."), warning=False
            )

    def _add(self, read: Callable[[], list[tuple[str, bytes]]]) -> None:
        target = self._target()
        if target is None or not self._view.writable():
            return
        reflection_id, question_id = target
        try:
            files = read()
            added = self._store.attach_many(reflection_id, files, question_id)
        except FileRefused as error:
            self._view.show_notice(adding.refusal_text(error))
            return
        except StorageUnavailable as error:
            self._view.show_notice(describe(error))
            return
        except KeyError:  # the reflection was deleted meanwhile
            return
        names = ", ".join(a.name for a in added)
        said = (
            self.tr("Kept with this answer: %1")
            if question_id is not None
            else self.tr("Kept with this reflection: %1")
        )
        self._view.show_notice(said.replace("%1", names), warning=False)
        if question_id is not None:
            self._view.guided.show_kept()
        self._show_again()

    # Looking and opening -------------------------------------------------------------------

    def _data(self, attachment_id: int) -> bytes | None:
        try:
            return self._store.attachment_data(attachment_id)
        except KeyError:
            self._show_again()
            return None
        except JournalError:
            self._view.show_notice(damage_found())
            return None

    @Slot(int)
    def view_picture(self, attachment_id: int) -> None:
        """A picture, large (decoded on a thread: a phone photo takes a moment)."""
        attachment = self._shown.get(attachment_id)
        data = self._data(attachment_id)
        if attachment is None or data is None:
            return
        image = run_busy(self._view, self.tr("Opening the picture…"), lambda: decode(data, _LARGE))
        if image.isNull():
            self.open_file(attachment_id)  # a HEIC this Qt cannot draw: the system's viewer
            return
        ImageViewer.show_picture(self._view, image, attachment.name)

    @Slot(int)
    def open_file(self, attachment_id: int) -> None:
        """A file in the program this computer uses for it, through a private copy that is
        removed when the journal locks or closes."""
        attachment = self._shown.get(attachment_id)
        data = self._data(attachment_id)
        if attachment is None or data is None:
            return
        try:
            path = self.copies.write(attachment.id, attachment.name, data)
        except OSError as error:
            self._view.show_notice(
                self.tr("%1 could not be opened: %2")
                .replace("%1", attachment.name)
                .replace("%2", error.strerror or str(error))
            )
            return
        self.open_url(QUrl.fromLocalFile(str(path)))
        self._view.show_notice(
            self.tr(
                "%1 is open in its own program; its copy is removed when you lock or quit."
            ).replace("%1", attachment.name),
            warning=False,
        )

    @Slot(int)
    def remove(self, attachment_id: int) -> None:
        """Remove a picture or file, after asking."""
        attachment = self._shown.get(attachment_id)
        if attachment is None or not self._view.writable():
            return
        if not ConfirmRemove.ask(self._view, attachment):
            return
        try:
            self._store.remove_attachment(attachment_id)
        except StorageUnavailable as error:
            self._view.show_notice(describe(error))
            return
        except KeyError:
            pass
        self._view.show_notice(self.tr("Removed %1.").replace("%1", attachment.name), warning=False)
        self._show_again()

    # Drops and pastes ----------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove) and isinstance(
            event, QDragEnterEvent | QDropEvent
        ):
            if (
                adding.offers_something(event.mimeData())
                and not self._store.read_only
                and self._target() is not None
            ):
                event.acceptProposedAction()
                return True
            return False
        if kind == QEvent.Type.Drop and isinstance(event, QDropEvent):
            if adding.offers_something(event.mimeData()) and self._target() is not None:
                event.acceptProposedAction()
                self.add_mime(event.mimeData())
                return True
            return False
        if (
            watched is self._answer
            and kind == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
        ):
            if event.matches(QKeySequence.StandardKey.Paste):
                mime = QGuiApplication.clipboard().mimeData()
                # Text (also a copied file's path as text) is pasted as text; a picture or
                # files copied in a file manager are kept with the answer.
                if mime is not None and (mime.hasImage() or adding.dropped_files(mime)):
                    return self.add_mime(mime)
        return super().eventFilter(watched, event)

    # Closing -------------------------------------------------------------------------------

    def shut_down(self) -> None:
        """The journal locks or closes: thumbnails forgotten, a picture shown large closed,
        private copies removed."""
        for viewer in self._view.findChildren(ImageViewer):
            viewer.close()
            viewer.deleteLater()
        self.thumbnails.forget()
        self.copies.remove_all()
