"""Journey: its export is a zip of one JSON file per entry (and the photos beside them).

An entry: date_journal (milliseconds since 1970, UTC), timezone (IANA), text (HTML, or
Markdown in older exports), tags, favourite, address, photos. The date is the day and time
it was written, in its own time zone; the first line is the title; the place goes at the
end of the text as for Day One; its photos come along from beside it in the export (one
that is missing or not a picture coachdesk keeps is named as left out).
"""

from __future__ import annotations

import json
import zipfile
from datetime import UTC, datetime
from pathlib import Path, PurePosixPath
from typing import Any

from coachdesk.imports.files import open_zip, part_bytes, walk, zip_member
from coachdesk.imports.media import Media
from coachdesk.imports.model import (
    NO_WATCH,
    STARRED,
    BadPart,
    LeftOut,
    SourceRead,
    Watch,
    checked_entry,
    in_own_zone,
    title_and_body,
)
from coachdesk.imports.text import html_to_text

FORMAT = "journey"


def is_entry(data: object) -> bool:
    """True for a decoded Journey entry."""
    return isinstance(data, dict) and "date_journal" in data and "text" in data


def read_entry(data: bytes, name: str, read: SourceRead, media: Media | None = None) -> None:
    """One entry file into `read`, or a bad part naming it; its photos from `media`, the
    export's files, when given (they lie beside the entry's file)."""
    try:
        entry: Any = json.loads(data.decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError):
        read.bad.append(BadPart(name, "not JSON it can read"))
        return
    if not is_entry(entry):
        read.bad.append(BadPart(name, "not a Journey entry (no date_journal and text)"))
        return
    stamp = entry.get("date_journal")
    try:
        moment = datetime.fromtimestamp(float(stamp) / 1000, UTC)
    except (TypeError, ValueError, OverflowError, OSError):
        read.bad.append(BadPart(name, f"no date it can read ({str(stamp)[:40]!r})"))
        return
    zone = entry.get("timezone")
    when = in_own_zone(moment, zone if isinstance(zone, str) else None)
    day = when.date().isoformat()
    files = []
    for photo in entry.get("photos") or []:
        if not isinstance(photo, str):
            continue
        if media is None:
            read.left_out.append(LeftOut("photo", photo, day))
        elif found := media.bring(_beside(name, photo), photo, "photo", read, day):
            files.append(found)
    raw = entry.get("text") if isinstance(entry.get("text"), str) else ""
    text = html_to_text(raw) if entry.get("type", "html") == "html" else raw
    if not text.strip():
        read.notes.append(f"{name} ({day}) has no text; it was left out")
        return
    title, body = title_and_body(text)
    address = entry.get("address")
    if isinstance(address, str) and address.strip():
        body = f"{body}\n\n— {address.strip()}"
    tags = [t for t in entry.get("tags") or [] if isinstance(t, str)]
    if entry.get("favourite") is True:
        tags.append(STARRED)
    checked_entry(when, title, body, tags, name, read, files)


def _beside(entry_file: str, photo: str) -> str:
    folder = PurePosixPath(entry_file.replace("\\", "/")).parent
    return (
        PurePosixPath(photo).name if folder.name == "" else str(folder / PurePosixPath(photo).name)
    )


def read(path: Path, passphrase: str | None = None, watch: Watch = NO_WATCH) -> SourceRead:
    """The export zip (or the folder it was unpacked into)."""
    del passphrase
    read_ = SourceRead(FORMAT)
    media = Media(path)
    if path.is_dir():
        files = [f for f in walk(path) if f.suffix.lower() == ".json"]
        for number, file in enumerate(files, start=1):
            name = str(file.relative_to(path))
            data = part_bytes(file, name, read_.bad)
            if data is not None:
                read_entry(data, name, read_, media)
            watch.step(number, len(files))
        return read_
    with open_zip(path) as archive:
        members = [
            info
            for info in archive.infolist()
            if info.filename.lower().endswith(".json") and not info.filename.startswith("__MACOSX")
        ]
        for number, info in enumerate(members, start=1):
            read_entry(zip_member(archive, info), info.filename, read_, media)
            watch.step(number, len(members))
    return read_


def is_export(archive: zipfile.ZipFile) -> bool:
    """True when the first JSON file of `archive` is a Journey entry."""
    for info in archive.infolist():
        if info.filename.lower().endswith(".json") and info.file_size < 16 * 1024 * 1024:
            try:
                return is_entry(json.loads(archive.read(info).decode("utf-8-sig")))
            except (ValueError, UnicodeDecodeError, zipfile.BadZipFile, RecursionError):
                return False
    return False
