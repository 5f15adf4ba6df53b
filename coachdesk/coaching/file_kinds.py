"""What a file is, told by its bytes, not by its name: the kinds of file a journal keeps.

Pure Python (no Qt, no imaging library): the first bytes, and for containers their
structure (a zip's list of members, a compound file's directory), say what a file is.
A file whose name claims another kind than its bytes show is refused, and so is one that
is cut short or not what any kept kind looks like (`FileRefused`, with a sentence for the
user). Images are recognised here; whether Qt can draw one (HEIC) is the window's concern.
"""

from __future__ import annotations

import io
import re
import struct
import zipfile
from dataclasses import dataclass
from pathlib import PurePath


@dataclass(frozen=True)
class FileKind:
    """A kind of file a journal keeps."""

    media_type: str
    label: str  # in English, for the command line; the window words its own
    extensions: tuple[str, ...]  # the first is the usual one
    image: bool = False

    @property
    def a_label(self) -> str:
        """The label with its article: "a PDF document", "an Excel workbook"."""
        return f"{'an' if self.label[0] in 'AEIOU' or self.label[0] == 'e' else 'a'} {self.label}"


PNG = FileKind("image/png", "PNG image", (".png",), image=True)
JPEG = FileKind("image/jpeg", "JPEG image", (".jpg", ".jpeg", ".jpe", ".jfif"), image=True)
HEIC = FileKind("image/heic", "HEIC image", (".heic", ".heif", ".hif"), image=True)
WEBP = FileKind("image/webp", "WebP image", (".webp",), image=True)
PDF = FileKind("application/pdf", "PDF document", (".pdf",))
EML = FileKind("message/rfc822", "e-mail", (".eml",))
MSG = FileKind("application/vnd.ms-outlook", "Outlook e-mail", (".msg",))
DOCX = FileKind(
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "Word document",
    (".docx",),
)
XLSX = FileKind(
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "Excel workbook",
    (".xlsx",),
)
PPTX = FileKind(
    "application/vnd.openxmlformats-officedocument.presentationml.presentation",
    "PowerPoint presentation",
    (".pptx",),
)
DOC = FileKind("application/msword", "Word document", (".doc",))
XLS = FileKind("application/vnd.ms-excel", "Excel workbook", (".xls",))
PPT = FileKind("application/vnd.ms-powerpoint", "PowerPoint presentation", (".ppt",))
ODT = FileKind("application/vnd.oasis.opendocument.text", "OpenDocument text", (".odt",))
ODS = FileKind(
    "application/vnd.oasis.opendocument.spreadsheet", "OpenDocument spreadsheet", (".ods",)
)
ODP = FileKind(
    "application/vnd.oasis.opendocument.presentation", "OpenDocument presentation", (".odp",)
)
KINDS = (PNG, JPEG, HEIC, WEBP, PDF, EML, MSG, DOCX, XLSX, PPTX, DOC, XLS, PPT, ODT, ODS, ODP)
BY_MEDIA_TYPE = {kind.media_type: kind for kind in KINDS}


class FileRefused(ValueError):
    """A file the journal does not take; the message says why, in a sentence for the user.

    `reason` is one of "empty", "unknown", "unreadable", "lies", "too-large", "full", and
    `name`, `found` (the kind the bytes show, when they lie), `size`, `limit` and `left`
    (bytes) say the rest, so that the window can word it in the user's language."""

    def __init__(
        self,
        reason: str,
        message: str,
        name: str = "",
        found: FileKind | None = None,
        size: int = 0,
        limit: int = 0,
        left: int = 0,
    ) -> None:
        super().__init__(message)
        self.reason = reason
        self.name = name
        self.found = found
        self.size, self.limit, self.left = size, limit, left


# HEIF brands of HEIC (HEVC) images and of image collections; AVIF (av01) is not kept.
_HEIC_BRANDS = {b"heic", b"heix", b"hevc", b"hevx", b"heim", b"heis", b"hevm", b"hevs"}
_HEIF_BRANDS = {b"mif1", b"msf1"}
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ODF = {
    "application/vnd.oasis.opendocument." + k.media_type.rsplit(".", 1)[1]: k
    for k in (ODT, ODS, ODP)
}
# An e-mail's first header line, and the headers a message has (RFC 5322 needs From and Date).
_HEADER = re.compile(rb"^[!-9;-~]+:[ \t]")
_EXTENSION = re.compile(r"^\.(?=[0-9a-z]*[a-z])[0-9a-z]{1,5}$")
_MAIL_HEADERS = (b"from", b"date", b"subject", b"to", b"message-id", b"received", b"mime-version")


def _png(data: bytes) -> bool:
    # The signature, the IHDR chunk first, and the IEND chunk at the end (cut short: no IEND).
    return (
        data.startswith(b"\x89PNG\r\n\x1a\n")
        and data[12:16] == b"IHDR"
        and b"IEND\xaeB`\x82" in data[-64:]
    )


def _jpeg(data: bytes) -> bool:
    # The segments up to the start of the picture data, then its end-of-image marker, which
    # cameras may follow with data of their own. (An end marker before the picture data is
    # the EXIF thumbnail's: it says nothing about the photo being whole.)
    position = 2
    while position + 4 <= len(data) and data[position] == 0xFF:
        marker = data[position + 1]
        if marker == 0xFF:  # fill bytes before a marker
            position += 1
            continue
        if marker == 0x01 or 0xD0 <= marker <= 0xD8:
            position += 2
            continue
        (length,) = struct.unpack_from(">H", data, position + 2)
        if marker == 0xDA:
            return b"\xff\xd9" in data[position + 2 + length :]
        position += 2 + length
    return False


def _heif_brands(data: bytes) -> set[bytes]:
    if data[4:8] != b"ftyp" or len(data) < 16:
        return set()
    (length,) = struct.unpack(">I", data[:4])
    if not 16 <= length <= min(len(data), 4096):
        return set()
    return {data[8:12]} | {data[i : i + 4] for i in range(16, length - 3, 4)}


def _heic(data: bytes) -> bool:
    brands = _heif_brands(data)
    return bool(brands & _HEIC_BRANDS) or (bool(brands & _HEIF_BRANDS) and b"avif" not in brands)


def _webp(data: bytes) -> bool:
    if not (data.startswith(b"RIFF") and data[8:12] == b"WEBP"):
        return False
    length: int = struct.unpack("<I", data[4:8])[0]
    return length + 8 <= len(data)  # cut short otherwise


def _pdf(data: bytes) -> bool:
    # The header within the first kilobyte and the end marker within the last (as readers
    # look for them); a PDF cut short has no end marker.
    return b"%PDF-" in data[:1024] and b"%%EOF" in data[-1024:]


def _eml(data: bytes) -> bool:
    head = data[:65536]  # long chains of Received: lines come before From:
    if not _HEADER.match(head):
        return False
    block = re.split(rb"\r?\n\r?\n", head, maxsplit=1)[0]
    names = {line.split(b":", 1)[0].strip().lower() for line in block.splitlines() if b":" in line}
    return b"from" in names and len(names & set(_MAIL_HEADERS)) >= 2


def _zip_kind(data: bytes) -> FileKind | None:
    """A zip's kind by its members; raises FileRefused when it cannot be read."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = set(archive.namelist())
            if "mimetype" in names:
                with archive.open("mimetype") as member:  # a few bytes, never a zip bomb
                    mimetype = member.read(100).decode("ascii", "replace").strip()
                return _ODF.get(mimetype)
    except (zipfile.BadZipFile, OSError, EOFError, ValueError, KeyError):
        raise FileRefused("unreadable", "it is damaged or cut short") from None
    if "[Content_Types].xml" not in names:
        return None
    for folder, kind in (("word/", DOCX), ("xl/", XLSX), ("ppt/", PPTX)):
        if any(name.startswith(folder) for name in names):
            return kind
    return None


def _ole_names(data: bytes) -> set[str]:
    """The names in a compound file's directory (Word, Excel, PowerPoint, Outlook);
    raises FileRefused when the structure cannot be followed."""
    damaged = FileRefused("unreadable", "it is damaged or cut short")
    try:
        shift = struct.unpack_from("<H", data, 30)[0]
        if shift not in (9, 12):
            raise damaged
        size = 1 << shift
        fat_count, first_dir = struct.unpack_from("<II", data, 44)
        difat_first, difat_count = struct.unpack_from("<II", data, 68)
        sectors = len(data) // size
        if fat_count > sectors or difat_count > sectors:  # no file has more than it holds
            raise damaged
        fat_sectors = list(struct.unpack_from("<109I", data, 76))[:fat_count]
        sector = difat_first
        for _ in range(difat_count):  # the rest of the FAT's sectors, when it is long
            offset = (sector + 1) * size
            entries = struct.unpack_from(f"<{size // 4}I", data, offset)
            fat_sectors += list(entries[:-1])
            sector = entries[-1]
        fat: list[int] = []
        for fat_sector in fat_sectors[:fat_count]:
            fat += struct.unpack_from(f"<{size // 4}I", data, (fat_sector + 1) * size)
        names: set[str] = set()
        sector, seen = first_dir, 0
        while sector < 0xFFFFFFFA:
            seen += 1
            if seen > len(fat):
                raise damaged  # a loop in the chain
            offset = (sector + 1) * size
            if offset + size > len(data):
                raise damaged
            for entry in range(offset, offset + size, 128):
                length = struct.unpack_from("<H", data, entry + 64)[0]
                if 2 <= length <= 64:
                    names.add(data[entry : entry + length - 2].decode("utf-16-le", "replace"))
            sector = fat[sector]
    except (struct.error, IndexError):
        raise damaged from None
    return names


def _ole_kind(data: bytes) -> FileKind | None:
    names = _ole_names(data)
    if "WordDocument" in names:
        return DOC
    if "Workbook" in names or "Book" in names:
        return XLS
    if "PowerPoint Document" in names:
        return PPT
    if "__properties_version1.0" in names or any(n.startswith("__substg1.0_") for n in names):
        return MSG
    return None


def _content_kind(data: bytes) -> FileKind | None:
    """The kind the bytes show, or None; FileRefused when they start as a kind but are
    damaged or cut short."""
    for kind, test, start in (
        (PNG, _png, data.startswith(b"\x89PNG")),
        (JPEG, _jpeg, data.startswith(b"\xff\xd8\xff")),
        (WEBP, _webp, data.startswith(b"RIFF") and data[8:12] == b"WEBP"),
        (PDF, _pdf, b"%PDF-" in data[:1024]),
    ):
        if start:
            if test(data):
                return kind
            message = f"it starts as {kind.a_label} but is damaged or cut short"
            raise FileRefused("unreadable", message, found=kind)
    if _heif_brands(data):
        return HEIC if _heic(data) else None
    if data.startswith(b"PK\x03\x04"):
        return _zip_kind(data)
    if data.startswith(_OLE_MAGIC):
        return _ole_kind(data)
    if _eml(data):
        return EML
    return None


def kind_of(name: str, data: bytes) -> FileKind:
    """The kind of the file `name` holding `data`; FileRefused when it is none the journal
    keeps, is damaged, or is named as another kind than it is (a file without an extension
    is taken for what it is)."""
    if not data:
        raise FileRefused("empty", f"{name} is empty", name)
    try:
        found = _content_kind(data)
    except FileRefused as refused:
        message = f"{name} cannot be read: {refused}"
        raise FileRefused(refused.reason, message, name, refused.found) from None
    if found is None:
        raise FileRefused(
            "unknown",
            f"{name} is not a kind of file coachdesk keeps (pictures: PNG, JPEG, HEIC, WebP; "
            "files: PDF, e-mail, Word, Excel, PowerPoint, OpenDocument)",
            name,
        )
    extension = PurePath(name).suffix.lower()
    # "v2.1" or "Q3 report v1.0" end in a number, not in a kind; "invoice.exe" claims one.
    if _EXTENSION.match(extension) and extension not in found.extensions:
        raise FileRefused(
            "lies", f"{name} is named as a {extension} file but holds {found.a_label}", name, found
        )
    return found
