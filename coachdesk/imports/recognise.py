"""Which app a file or folder comes from, told by its name and its first bytes."""

from __future__ import annotations

import json
import re
import zipfile
from pathlib import Path

from coachdesk.imports import dayone, journey, jrnl, markdown, rednotebook
from coachdesk.imports.daylio import is_export as is_daylio_header
from coachdesk.imports.files import MAX_FILE_BYTES, walk
from coachdesk.imports.model import ImportProblem, UnknownFormat

_PEEK = 64 * 1024
_JRNL_START = re.compile(r"\A\s*(?:\[[^\]\n]{7,60}\]|\d{4}-\d{2}-\d{2} \d{1,2}:\d{2} )")


def _head(path: Path) -> bytes:
    try:
        with path.open("rb") as file:
            return file.read(_PEEK)
    except OSError as error:
        raise ImportProblem(f"cannot read {path}: {error.strerror or error}") from None


def _json(data: bytes) -> object:
    try:
        return json.loads(data.decode("utf-8-sig"))
    except (ValueError, RecursionError):
        return None


def _zip_format(path: Path) -> list[str]:
    try:
        with zipfile.ZipFile(path) as archive:
            if journey.is_export(archive):
                return [journey.FORMAT]
            for info in archive.infolist():
                top = "/" not in info.filename.strip("/")
                if (
                    top
                    and info.filename.lower().endswith(".json")
                    and info.file_size < MAX_FILE_BYTES
                ):
                    if dayone.is_journal(_json(archive.read(info))):
                        return [dayone.FORMAT]
    except (zipfile.BadZipFile, OSError, ValueError, RuntimeError):
        return []
    return []


def _file_formats(path: Path) -> list[str]:
    suffix = path.suffix.lower()
    if suffix in (".jsonl", ".ndjson"):
        return ["jsonl"]
    head = _head(path)
    if head.startswith(b"PK\x03\x04"):
        return _zip_format(path)
    if suffix == ".json":
        found = _json(path.read_bytes()) if path.stat().st_size < MAX_FILE_BYTES else None
        if dayone.is_journal(found):
            return [dayone.FORMAT]
        if journey.is_entry(found):
            return [journey.FORMAT]
    if head.lstrip().startswith(b"{"):
        return ["jsonl"]
    if suffix in (".md", ".markdown"):
        return [markdown.FORMAT]
    if rednotebook.month_of(path) is not None and not _JRNL_START.match(
        head.decode("utf-8", "replace")
    ):
        return [rednotebook.FORMAT]
    text = head.decode("utf-8-sig", "replace")
    if suffix in (".csv", ".tsv") or "," in text.split("\n", 1)[0]:
        header = text.split("\n", 1)[0].strip().split(",")
        if is_daylio_header(header):
            return ["daylio"]
    if head.startswith((b"JRNLv3", b"gAAAAA")) or _JRNL_START.match(text):
        return [jrnl.FORMAT]
    try:
        head.decode("utf-8")
    except UnicodeDecodeError as error:
        # Bytes that are no text, in AES blocks: a journal of jrnl 1.x, encrypted.
        if error.start < len(head) - 4 and path.stat().st_size % 16 == 0:
            return [jrnl.FORMAT]
    return []


def _folder_formats(path: Path) -> list[str]:
    found: list[str] = []
    if dayone.entries_folder(path) is not None:
        found.append(dayone.CLASSIC)
    tops = sorted(f for f in path.iterdir() if f.is_file())
    jsons = [f for f in tops if f.suffix.lower() == ".json" and f.stat().st_size < MAX_FILE_BYTES]
    if any(dayone.is_journal(_json(f.read_bytes())) for f in jsons[:5]):
        found.append(dayone.FORMAT)
    elif jsons and journey.is_entry(_json(jsons[0].read_bytes())):
        found.append(journey.FORMAT)
    if any(rednotebook.month_of(f) for f in tops):
        found.append(rednotebook.FORMAT)
    files = list(walk(path))
    if any(jrnl.is_day_file(f, path) for f in files):
        found.append(jrnl.FORMAT)
    if any(markdown.is_note(f) and markdown.named_day(f, path) for f in files):
        found.append(markdown.FORMAT)
    return found


def recognise(path: Path) -> str:
    """The format of `path`; UnknownFormat when it is none or could be several."""
    if not path.exists():
        raise ImportProblem(f"cannot read {path}: No such file or directory")
    try:
        found = _folder_formats(path) if path.is_dir() else _file_formats(path)
    except OSError as error:
        raise ImportProblem(f"cannot read {path}: {error.strerror or error}") from None
    if len(found) == 1:
        return found[0]
    if found:
        raise UnknownFormat(f"{path} could be {' or '.join(found)}: say which", tuple(found))
    raise UnknownFormat(f"coachdesk cannot tell what {path} was written by: say which")
