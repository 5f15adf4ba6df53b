"""Day One: the JSON export (a .zip, its Journal.json, or the unpacked folder) and Day One
Classic (a NAME.dayone folder of .doentry property lists).

Each entry comes with its first line as the title (Day One shows it so), its text with
Markdown escapes undone and links to its own photos removed, its tags, `starred` as a tag,
and its place as the last line of the text ("— Place, Town, Country"). The date is the day
and time the entry was written, in its own time zone. Photos, videos, audio, PDFs and
sketches come along as the entry's attachments when the export holds them (photos/<md5>.<type>,
pdfs/<md5>.pdf) and coachdesk keeps their kind; the others (videos, audio, a photo that is
missing or cut short) are named as left out. Fields coachdesk does not know are passed over.
"""

from __future__ import annotations

import json
import plistlib
import struct
import zipfile
from collections.abc import Iterable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from xml.parsers.expat import ExpatError

from coachdesk.coaching.attachments import NewAttachment
from coachdesk.imports.files import open_zip, part_bytes, read_bytes, walk, zip_member
from coachdesk.imports.media import MISSING, WHY, Media
from coachdesk.imports.model import (
    NO_WATCH,
    STARRED,
    BadPart,
    ImportProblem,
    LeftOut,
    SourceRead,
    Watch,
    checked_entry,
    in_own_zone,
    title_and_body,
)
from coachdesk.imports.text import dayone_text

FORMAT = "dayone"
# What plistlib raises on a damaged file: its own error, expat's, and a few from the inside.
_PLIST_ERRORS = (
    plistlib.InvalidFileException,
    ExpatError,
    ValueError,
    TypeError,
    KeyError,
    IndexError,
    AttributeError,
    OverflowError,
    RecursionError,
    struct.error,
)
CLASSIC = "dayone-classic"
# The media lists of an entry, and the kind each is named as.
_MEDIA = {"photos": "photo", "videos": "video", "audios": "audio", "pdfAttachments": "pdf"}
# Where an export keeps the files of those that may come along, and their usual type.
_FOLDERS = {"photos": ("photos", "jpeg"), "pdfAttachments": ("pdfs", "pdf")}


def is_journal(data: object) -> bool:
    """True for a decoded Day One journal: {"metadata": …, "entries": [...]}."""
    return isinstance(data, dict) and isinstance(data.get("entries"), list)


def _place(location: object) -> str:
    if not isinstance(location, dict):
        return ""
    parts: list[str] = []
    for key in ("placeName", "Place Name", "localityName", "Locality", "country", "Country"):
        value = location.get(key)
        if isinstance(value, str) and value.strip() and value.strip() not in parts:
            parts.append(value.strip())
    return ", ".join(parts[:3])


def _media_name(item: dict[str, Any], kind: str) -> str:
    for key in ("pdfName", "title", "filename"):
        if isinstance(item.get(key), str) and item[key].strip():
            return str(item[key]).strip()
    stem = item.get("md5") or item.get("identifier") or "?"
    suffix = str(item.get("type") or item.get("format") or "").lstrip(".")
    return f"{stem}.{suffix}" if suffix else str(stem)


def _with_place(text: str, location: object) -> str:
    place = _place(location)
    return f"{text}\n\n— {place}" if place else text


def _brought(
    item: dict[str, Any], key: str, media: Media | None, read: SourceRead, day: str
) -> NewAttachment | None:
    """A photo or PDF of the entry from the export's folders, or None (named as left out)."""
    name = _media_name(item, _MEDIA[key])
    if media is None or key not in _FOLDERS or not item.get("md5"):
        why = "" if media is None else MISSING if key in _FOLDERS else WHY["unknown"]
        read.left_out.append(LeftOut(_MEDIA[key], name, day, why))
        return None
    folder, usual = _FOLDERS[key]
    suffix = str(item.get("type") or usual).lstrip(".")
    return media.bring(f"{folder}/{item['md5']}.{suffix}", name, _MEDIA[key], read, day)


def read_entry(
    entry: object, where: str, read: SourceRead, journal: str = "", media: Media | None = None
) -> None:
    """One entry of a Day One JSON journal into `read` (or a bad part saying why not);
    its photos and PDFs from `media`, the export's files, when given."""
    if not isinstance(entry, dict):
        read.bad.append(BadPart(where, "not an entry (no JSON object)"))
        return
    created = entry.get("creationDate")
    try:
        moment = datetime.fromisoformat(str(created).replace("Z", "+00:00"))
    except ValueError:
        read.bad.append(BadPart(where, f"no creation date it can read ({str(created)[:40]!r})"))
        return
    zone = entry.get("timeZone")
    when = in_own_zone(moment, zone if isinstance(zone, str) else None)
    day = when.date().isoformat()
    files: list[NewAttachment] = []
    for key in _MEDIA:
        items = entry.get(key)
        for item in items if isinstance(items, list) else []:
            if isinstance(item, dict) and (found := _brought(item, key, media, read, day)):
                files.append(found)
    raw = entry.get("text")
    text = dayone_text(raw) if isinstance(raw, str) else ""
    if not text.strip():
        read.notes.append(f"{where} ({day}) has no text; it was left out")
        return
    title, body = title_and_body(text)
    tags = [t for t in entry.get("tags") or [] if isinstance(t, str)]
    if entry.get("starred") is True:
        tags.append(STARRED)
    if journal:
        tags.append(journal)
    place = _with_place(body, entry.get("location"))
    # Two files of one entry with the same name are kept as "name (2).pdf" by the journal.
    checked_entry(when, title, place, tags, where, read, files)


def read_journal(
    data: bytes,
    name: str,
    read: SourceRead,
    watch: Watch,
    tag: str = "",
    media: Media | None = None,
) -> None:
    """One Journal.json: every entry, in order."""
    try:
        journal = json.loads(data.decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError) as error:
        raise ImportProblem(f"{name} is not a Day One journal (not JSON: {error})") from None
    if not is_journal(journal):
        raise ImportProblem(f"{name} is not a Day One journal (no list of entries)")
    entries = journal["entries"]
    for number, entry in enumerate(entries, start=1):
        read_entry(entry, f"{name}, entry {number}", read, tag, media)
        if number % 100 == 0 or number == len(entries):
            watch.step(number, len(entries))


def _journals_in_zip(archive: zipfile.ZipFile) -> list[zipfile.ZipInfo]:
    return [
        info
        for info in archive.infolist()
        if info.filename.lower().endswith(".json")
        and "/" not in info.filename.strip("/")
        and not info.filename.startswith("__MACOSX")
    ]


def _tag_for(names: list[str], name: str) -> str:
    # A Day One export of several journals: each entry keeps its journal's name as a tag.
    return Path(name).stem if len(names) > 1 else ""


def read(path: Path, passphrase: str | None = None, watch: Watch = NO_WATCH) -> SourceRead:
    """The Day One JSON export: a .zip, a Journal.json, or the unpacked folder."""
    del passphrase  # Day One's exports are not encrypted
    read_ = SourceRead(FORMAT)
    if path.is_dir():
        files = [f for f in sorted(path.iterdir()) if f.suffix.lower() == ".json" and f.is_file()]
        names = [f.name for f in files]
        for file in files:
            read_journal(
                read_bytes(file, file.name),
                file.name,
                read_,
                watch,
                _tag_for(names, file.name),
                Media(path),
            )
    elif zipfile.is_zipfile(path):
        with open_zip(path) as archive:
            members = _journals_in_zip(archive)
            if not members:
                raise ImportProblem(f"{path.name} holds no Day One journal (no .json at its top)")
            names = [m.filename for m in members]
            for info in members:
                read_journal(
                    zip_member(archive, info),
                    info.filename,
                    read_,
                    watch,
                    _tag_for(names, info.filename),
                    Media(path),
                )
    else:  # a Journal.json on its own, or in its unpacked folder with photos/ beside it
        read_journal(read_bytes(path), path.name, read_, watch, media=Media(path.parent))
    return read_


# Day One Classic ----------------------------------------------------------------------


def entries_folder(path: Path) -> Path | None:
    """The `entries` folder of a Day One Classic journal given as itself, its NAME.dayone
    folder, or the folder holding NAME.dayone."""
    for candidate in (path, path / "entries", *sorted(path.glob("*.dayone/entries"))):
        if candidate.is_dir() and any(candidate.glob("*.doentry")):
            return candidate
    return None


def _classic_entry(
    plist: dict[str, Any], name: str, read: SourceRead, photos: Iterable[str], media: Media
) -> None:
    created = plist.get("Creation Date")
    if not isinstance(created, datetime):
        read.bad.append(BadPart(name, "no Creation Date"))
        return
    zone = plist.get("Time Zone")
    when = in_own_zone(
        created.replace(tzinfo=created.tzinfo or UTC), zone if isinstance(zone, str) else None
    )
    day = when.date().isoformat()
    files = [
        f for photo in photos if (f := media.bring(f"photos/{photo}", photo, "photo", read, day))
    ]
    raw = plist.get("Entry Text")
    text = dayone_text(raw) if isinstance(raw, str) else ""
    if not text.strip():
        read.notes.append(f"{name} ({day}) has no text; it was left out")
        return
    title, body = title_and_body(text)
    tags = [t for t in plist.get("Tags") or [] if isinstance(t, str)]
    if plist.get("Starred") is True:
        tags.append(STARRED)
    place = _with_place(body, plist.get("Location"))
    checked_entry(when, title, place, tags, name, read, files)


def read_classic(path: Path, passphrase: str | None = None, watch: Watch = NO_WATCH) -> SourceRead:
    """A Day One Classic journal: one property list per entry; a broken one is a bad part."""
    del passphrase
    read_ = SourceRead(CLASSIC)
    folder = entries_folder(path)
    if folder is None:
        raise ImportProblem(f"{path} holds no Day One Classic entries (entries/*.doentry)")
    photos: dict[str, list[str]] = {}
    for photo in walk(folder.parent / "photos") if (folder.parent / "photos").is_dir() else []:
        photos.setdefault(photo.stem.upper(), []).append(photo.name)
    media = Media(folder.parent)
    files = sorted(folder.glob("*.doentry"))
    for number, file in enumerate(files, start=1):
        name = f"entries/{file.name}"
        data = part_bytes(file, name, read_.bad)
        if data is not None:
            try:
                plist = plistlib.loads(data)
            except _PLIST_ERRORS as error:
                read_.bad.append(
                    BadPart(name, f"not a property list it can read ({type(error).__name__})")
                )
            else:
                if isinstance(plist, dict):
                    uuid = str(plist.get("UUID") or file.stem).upper()
                    _classic_entry(plist, name, read_, photos.get(uuid, []), media)
                else:
                    read_.bad.append(BadPart(name, "not a Day One entry"))
        watch.step(number, len(files))
    return read_
