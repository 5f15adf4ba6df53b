"""Small real files of every kind a journal keeps, made in code (no binary fixtures): a PNG,
JPEG and WebP that Qt draws, a HEIC header, a PDF, an e-mail, Office and OpenDocument
files, and compound files (Word 97, Outlook) as those programs lay them out."""

from __future__ import annotations

import base64
import io
import struct
import zipfile
import zlib

# 4 x 4 pixels, written by Qt 6 (QImage.save).
JPEG = base64.b64decode(
    "/9j/4AAQSkZJRgABAQEAYABgAAD/2wBDAAgGBgcGBQgHBwcJCQgKDBQNDAsLDBkSEw8UHRofHh0aHBwgJC4nICIs"
    "IxwcKDcpLDAxNDQ0Hyc5PTgyPC4zNDL/2wBDAQkJCQwLDBgNDRgyIRwhMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIy"
    "MjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjL/wAARCAAEAAQDASIAAhEBAxEB/8QAHwAAAQUBAQEBAQEAAAAAAAAA"
    "AAECAwQFBgcICQoL/8QAtRAAAgEDAwIEAwUFBAQAAAF9AQIDAAQRBRIhMUEGE1FhByJxFDKBkaEII0KxwRVS0fAk"
    "M2JyggkKFhcYGRolJicoKSo0NTY3ODk6Q0RFRkdISUpTVFVWV1hZWmNkZWZnaGlqc3R1dnd4eXqDhIWGh4iJipKT"
    "lJWWl5iZmqKjpKWmp6ipqrKztLW2t7i5usLDxMXGx8jJytLT1NXW19jZ2uHi4+Tl5ufo6erx8vP09fb3+Pn6/8QA"
    "HwEAAwEBAQEBAQEBAQAAAAAAAAECAwQFBgcICQoL/8QAtREAAgECBAQDBAcFBAQAAQJ3AAECAxEEBSExBhJBUQdh"
    "cRMiMoEIFEKRobHBCSMzUvAVYnLRChYkNOEl8RcYGRomJygpKjU2Nzg5OkNERUZHSElKU1RVVldYWVpjZGVmZ2hp"
    "anN0dXZ3eHl6goOEhYaHiImKkpOUlZaXmJmaoqOkpaanqKmqsrO0tba3uLm6wsPExcbHyMnK0tPU1dbX2Nna4uPk"
    "5ebn6Onq8vP09fb3+Pn6/9oADAMBAAIRAxEAPwDBooor7U8E/9k="
)
WEBP = base64.b64decode(
    "UklGRjYAAABXRUJQVlA4ICoAAADQAQCdASoEAAQAAgA0JaACdLoB+AADsAD+7L2P/PTNeYP8nP+3Jl5tsAA="
)


def _chunk(kind: bytes, body: bytes) -> bytes:
    return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))


def png(width: int = 4, height: int = 4, text: bytes = b"", rgb: bytes = b"\x33\x66\xcc") -> bytes:
    """A PNG of one colour; `text` goes into a tEXt chunk as it is (a planted marker)."""
    rows = b"".join(b"\x00" + rgb * width for _ in range(height))
    return (
        b"\x89PNG\r\n\x1a\n"
        + _chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
        + (_chunk(b"tEXt", b"Comment\x00" + text) if text else b"")
        + _chunk(b"IDAT", zlib.compress(rows))
        + _chunk(b"IEND", b"")
    )


PNG = png()
HEIC = struct.pack(">I", 24) + b"ftypheic" + b"\x00\x00\x00\x00" + b"mif1heic" + b"\x00" * 40

PDF = b"""%PDF-1.4
1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj
2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj
3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >> endobj
trailer << /Root 1 0 R >>
%%EOF
"""

EML = (
    b"From: Anna de Vries <anna@example.com>\r\n"
    b"To: me@example.com\r\n"
    b"Subject: Your proposal\r\n"
    b"Date: Mon, 3 Mar 2025 10:00:00 +0100\r\n"
    b"Message-ID: <1@example.com>\r\n"
    b"\r\n"
    b"We would like to go ahead.\r\n"
)


def office(folder: str, extra: dict[str, bytes] | None = None) -> bytes:
    """An Office Open XML file: [Content_Types].xml and a part in `folder` (word, xl, ppt)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr(f"{folder}/document.xml", "<document/>")
        for name, data in (extra or {}).items():
            archive.writestr(name, data)
    return buffer.getvalue()


def opendocument(kind: str) -> bytes:
    """An OpenDocument file ("text", "spreadsheet", "presentation")."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("mimetype", f"application/vnd.oasis.opendocument.{kind}")
        archive.writestr("content.xml", "<office:document-content/>")
    return buffer.getvalue()


DOCX, XLSX, PPTX = office("word"), office("xl"), office("ppt")
ODT = opendocument("text")


NONE = 0xFFFFFFFF


def _entry(name: str, kind: int, right: int = NONE, child: int = NONE) -> bytes:
    encoded = (name + "\x00").encode("utf-16-le")
    return (
        encoded.ljust(64, b"\x00")
        + struct.pack("<HBB", len(encoded), kind, 1)
        + struct.pack("<III", NONE, right, child)  # siblings as a chain to the right
        + b"\x00" * 36
        + struct.pack("<II", 0xFFFFFFFE, 0)
        + b"\x00" * 4
    )


def compound(*streams: str) -> bytes:
    """A compound file (OLE2, as Word 97 and Outlook write) whose directory names `streams`:
    the header, one FAT sector and one directory sector of 512 bytes."""
    header = (
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
        + b"\x00" * 16
        + struct.pack("<HHHHH", 0x3E, 3, 0xFFFE, 9, 6)
        + b"\x00" * 6
        + struct.pack("<IIII", 0, 1, 1, 0)  # directory sectors, FAT sectors, first dir, txn
        + struct.pack("<IIIII", 4096, 0xFFFFFFFE, 0, 0xFFFFFFFE, 0)
        + struct.pack("<I", 0)  # DIFAT: the FAT is sector 0
        + struct.pack("<I", 0xFFFFFFFF) * 108
    )
    fat = struct.pack("<II", 0xFFFFFFFD, 0xFFFFFFFE) + struct.pack("<I", 0xFFFFFFFF) * 126
    named = streams[:3]
    entries = [_entry("Root Entry", 5, child=1 if named else NONE)] + [
        _entry(name, 2, right=n + 2 if n + 1 < len(named) else NONE) for n, name in enumerate(named)
    ]
    directory = b"".join(entries).ljust(512, b"\x00")
    assert len(header) == 512
    return header + fat + directory


DOC = compound("WordDocument", "1Table")
XLS = compound("Workbook")
MSG = compound("__properties_version1.0", "__substg1.0_0037001F")

# Every kind, by a name it may have.
SAMPLES = {
    "whiteboard.png": PNG,
    "napkin.jpg": JPEG,
    "IMG_0001.HEIC": HEIC,
    "chart.webp": WEBP,
    "proposal.pdf": PDF,
    "reply.eml": EML,
    "reply.msg": MSG,
    "offer.docx": DOCX,
    "figures.xlsx": XLSX,
    "pitch.pptx": PPTX,
    "old offer.doc": DOC,
    "old figures.xls": XLS,
    "notes.odt": ODT,
}
