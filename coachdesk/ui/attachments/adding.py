"""What can be added, read from where it comes from: files chosen or dropped, a picture or
files on the clipboard; and a refusal in the user's words."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QMimeData
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QFileDialog, QWidget

from coachdesk.coaching.attachments import MB
from coachdesk.coaching.file_kinds import FileKind, FileRefused
from coachdesk.storage.journal_attachments import read_file

PATTERNS = (
    "*.png *.jpg *.jpeg *.jpe *.jfif *.heic *.heif *.hif *.webp *.pdf *.eml *.msg"
    " *.docx *.xlsx *.pptx *.doc *.xls *.ppt *.odt *.ods *.odp"
)


def choose_files(parent: QWidget) -> list[Path]:
    """The file dialog: the pictures and files to add (none when cancelled)."""
    names, _ = QFileDialog.getOpenFileNames(
        parent,
        QCoreApplication.translate("AttachmentCommands", "Add pictures or files"),
        "",
        QCoreApplication.translate("AttachmentCommands", "Pictures and files (%1)").replace(
            "%1", PATTERNS
        )
        + ";;"
        + QCoreApplication.translate("AttachmentCommands", "All files (*)"),
    )
    return [Path(n) for n in names]


def dropped_files(mime: QMimeData) -> list[Path]:
    """The local files among dropped or pasted urls."""
    if not mime.hasUrls():
        return []
    return [Path(u.toLocalFile()) for u in mime.urls() if u.isLocalFile() and u.toLocalFile()]


def offers_something(mime: QMimeData | None) -> bool:
    """True when `mime` holds files or a picture to add."""
    return mime is not None and (bool(dropped_files(mime)) or mime.hasImage())


def png_bytes(image: QImage) -> bytes:
    """A picture from the clipboard as PNG, in memory (never on disk)."""
    array = QByteArray()
    buffer = QBuffer(array)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")  # type: ignore[call-overload]  # the stubs want bytes, Qt str
    buffer.close()
    return bytes(array.data())


def pasted_name(now: datetime) -> str:
    """The name of a picture pasted from the clipboard."""
    return QCoreApplication.translate("AttachmentCommands", "Pasted picture %1.png").replace(
        "%1", now.strftime("%Y-%m-%d %H.%M")
    )


def read_all(paths: list[Path]) -> list[tuple[str, bytes]]:
    """Each file's name and bytes; FileRefused for the first that cannot be read or is too
    large (read before anything is stored, so nothing is half-stored)."""
    return [(p.name, read_file(p)) for p in paths]


def kind_label(kind: FileKind | None, fallback: str = "") -> str:
    """What a kind of file is called in the user's language ("PDF document")."""
    if kind is None:
        return fallback
    labels = {
        "PNG image": QCoreApplication.translate("AttachmentCommands", "PNG image"),
        "JPEG image": QCoreApplication.translate("AttachmentCommands", "JPEG image"),
        "HEIC image": QCoreApplication.translate("AttachmentCommands", "HEIC image"),
        "WebP image": QCoreApplication.translate("AttachmentCommands", "WebP image"),
        "PDF document": QCoreApplication.translate("AttachmentCommands", "PDF document"),
        "e-mail": QCoreApplication.translate("AttachmentCommands", "e-mail"),
        "Outlook e-mail": QCoreApplication.translate("AttachmentCommands", "Outlook e-mail"),
        "Word document": QCoreApplication.translate("AttachmentCommands", "Word document"),
        "Excel workbook": QCoreApplication.translate("AttachmentCommands", "Excel workbook"),
        "PowerPoint presentation": QCoreApplication.translate(
            "AttachmentCommands", "PowerPoint presentation"
        ),
        "OpenDocument text": QCoreApplication.translate("AttachmentCommands", "OpenDocument text"),
        "OpenDocument spreadsheet": QCoreApplication.translate(
            "AttachmentCommands", "OpenDocument spreadsheet"
        ),
        "OpenDocument presentation": QCoreApplication.translate(
            "AttachmentCommands", "OpenDocument presentation"
        ),
    }
    return labels.get(kind.label, kind.label)


def _mb(size: int) -> str:
    return f"{size / MB:.1f}"


def refusal_text(error: FileRefused) -> str:
    """Why a file was not added, in the user's language."""
    name = error.name
    found = kind_label(error.found)
    texts = {
        "empty": QCoreApplication.translate(
            "AttachmentCommands", "%1 is empty: there is nothing to keep."
        ),
        "unknown": QCoreApplication.translate(
            "AttachmentCommands",
            "%1 is not a kind of file coachdesk keeps (pictures: PNG, JPEG, HEIC, WebP; "
            "files: PDF, e-mail, Word, Excel, PowerPoint, OpenDocument).",
        ),
        "unreadable": QCoreApplication.translate(
            "AttachmentCommands", "%1 cannot be read: it is damaged, cut short or not readable."
        ),
        "lies": QCoreApplication.translate(
            "AttachmentCommands",
            "%1 is named as another kind of file than it holds (%2).",
        ),
        "too-large": QCoreApplication.translate(
            "AttachmentCommands", "%1 is %2 MB; a file may be at most %3 MB."
        ),
        "full": QCoreApplication.translate(
            "AttachmentCommands",
            "%1 (%2 MB) does not fit: the journal's pictures and files may take %3 MB "
            "together, and %4 MB is left.",
        ),
    }
    text = texts.get(error.reason)
    if text is None:
        return str(error)
    return (
        text.replace("%1", name)
        .replace("%2", found if error.reason == "lies" else _mb(error.size))
        .replace("%3", str(error.limit // MB))
        .replace("%4", _mb(error.left))
    )
