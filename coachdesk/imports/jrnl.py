"""jrnl (jrnl.sh): a one-file journal, a folder journal (YYYY/MM/DD.txt), encrypted or not.

An entry starts at a line `[date] title`, the date in jrnl's `timeformat` (by default
`2020-08-29 11:11` or `2020-08-29 11:11:00 AM`); jrnl 1.x wrote the date without brackets.
The title is the first line (or sentence); @tags and #tags anywhere; ` *` after the title
stars it. A line of the body that starts with `[` but holds no date is body, as in jrnl.
Encryption: jrnl 1.x AES-CBC (the key is SHA-256 of the passphrase), 2.x Fernet (PBKDF2,
jrnl's fixed salt) and 3.x Fernet (PBKDF2, a salt in the file's header).
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import re
import struct
from datetime import date, datetime
from pathlib import Path

from coachdesk.imports.files import as_text, part_bytes, read_bytes, walk
from coachdesk.imports.model import (
    NO_WATCH,
    STARRED,
    BadPart,
    ImportProblem,
    NeedsPassphrase,
    SourceRead,
    Watch,
    WrongPassphrase,
    checked_entry,
    on_this_computer,
)

FORMAT = "jrnl"
_V2_SALT = b"\xf2\xd5q\x0e\xc1\x8d.\xde\xdc\x8e6t\x89\x04\xce\xf8"  # jrnl's own, fixed
_V3_MAGIC = b"JRNLv3"
_V2_MAGIC = b"gAAAAA"
_ROUNDS = 100_000

_ENTRY = re.compile(r"(?:^|\n)\[([^\]\n]{4,60})\](?: |(?=\n)|$)")
# A folder journal's file says the day; its stamps may hold the time alone (jrnl #2006).
_CLOCK = re.compile(r"(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\s*([AaPp])\.?[Mm]\.?)?$")
_LEGACY = re.compile(r"^(\d{4}-\d{2}-\d{2} \d{1,2}:\d{2}) ?(.*)$", re.M)
# The formats jrnl users keep, fast: 2020-08-29 11:11, with seconds, with AM/PM.
_ISO = re.compile(
    r"(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?(?:\s*([AaPp])\.?[Mm]\.?)?)?$"
)
_TAGS = re.compile(r"(?<!\S)[@#]([-+*#/\w]+)")
_SENTENCE = re.compile(r"[.!?\u2026\u203C\u203D\u2047\u2048\u2049][\'\u2019\"\u201D]?[\])]*\s+")
_YEAR = re.compile(r"\b\d{4}\b")


def looks_encrypted(data: bytes) -> bool:
    """True for the start of an encrypted jrnl journal (2.x or 3.x), or bytes that are no
    text and come in AES blocks (1.x)."""
    if data.startswith((_V3_MAGIC, _V2_MAGIC)):
        return True
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return len(data) >= 32 and len(data) % 16 == 0
    return False


def _fernet(token: bytes, key: bytes) -> bytes | None:
    from cryptography.fernet import Fernet, InvalidToken

    try:
        return Fernet(base64.urlsafe_b64encode(key)).decrypt(token.strip())
    except (InvalidToken, ValueError, TypeError):
        return None


def _pbkdf2(passphrase: str, salt: bytes) -> bytes:
    return hashlib.pbkdf2_hmac("sha256", passphrase.encode("utf-8"), salt, _ROUNDS, 32)


def _v1(data: bytes, passphrase: str) -> bytes | None:
    from cryptography.hazmat.primitives import padding
    from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

    key = hashlib.sha256(passphrase.encode("utf-8")).digest()
    decryptor = Cipher(algorithms.AES(key), modes.CBC(data[:16])).decryptor()
    try:
        padded = decryptor.update(data[16:]) + decryptor.finalize()
        if padded.endswith(b" "):  # the oldest jrnl padded with spaces
            return padded.rstrip(b" ")
        unpadder = padding.PKCS7(128).unpadder()
        return unpadder.update(padded) + unpadder.finalize()
    except ValueError:
        return None


def _v3(data: bytes, passphrase: str) -> bytes | None:
    try:
        (length,) = struct.unpack_from(">H", data, len(_V3_MAGIC))
        start = len(_V3_MAGIC) + 2
        field = data[start : start + length]
        try:
            header = json.loads(base64.b64decode(field, validate=True))
        except binascii.Error:
            header = json.loads(field)  # the first 3.x journals: the JSON as it is
        salt = base64.urlsafe_b64decode(header["salt"])
    except (struct.error, ValueError, KeyError, TypeError):
        raise WrongPassphrase("the jrnl journal's header is damaged") from None
    return _fernet(data[start + length :], _pbkdf2(passphrase, salt))


def decrypt(data: bytes, passphrase: str | None) -> tuple[str, bool]:
    """The journal's text, and whether it is jrnl 1.x's (dates without brackets)."""
    if not looks_encrypted(data):
        try:
            return data.decode("utf-8-sig"), False
        except UnicodeDecodeError as error:
            raise ImportProblem(
                f"not a jrnl journal: not UTF-8 text (byte {error.start + 1}), nor encrypted"
            ) from None
    if passphrase is None:
        raise NeedsPassphrase("this jrnl journal is encrypted: give its passphrase")
    if data.startswith(_V3_MAGIC):
        plain, legacy = _v3(data, passphrase), False
    elif data.startswith(_V2_MAGIC):
        plain, legacy = _fernet(data, _pbkdf2(passphrase, _V2_SALT)), False
    else:
        plain, legacy = _v1(data, passphrase), True
    if plain is not None:
        try:
            return plain.decode("utf-8"), legacy
        except UnicodeDecodeError:
            pass
    raise WrongPassphrase("the passphrase does not open this jrnl journal; nothing was imported")


def _hour(hour: str, half: str | None) -> int | None:
    h = int(hour)
    if half is None:
        return h
    return h % 12 + (12 if half in "Pp" else 0) if 1 <= h <= 12 else None


def parse_stamp(stamp: str, clock_only: bool = False) -> datetime | None:
    """A jrnl date as written between the brackets, or None when it is none; with
    `clock_only`, a time alone too (on 1 January 1900: the caller sets the day)."""
    if clock_only and (clock := _CLOCK.match(stamp.strip())) is not None:
        hour = _hour(clock.group(1), clock.group(4))
        try:
            return None if hour is None else datetime(1900, 1, 1, hour, int(clock.group(2)))
        except ValueError:
            return None
    found = _ISO.match(stamp.strip())
    try:
        if found is not None:
            year, month, day, hh, minute, second, half = found.groups()
            h = _hour(hh or "9", half)  # 9: jrnl's default_hour for a date alone
            if h is None:
                return None
            return datetime(int(year), int(month), int(day), h, int(minute or 0), int(second or 0))
    except ValueError:
        return None
    if not _YEAR.search(stamp):  # "[Tuesday]", "[see 3]": body, not a date
        return None
    from dateutil.parser import ParserError
    from dateutil.parser import parse as fuzzy

    try:  # another timeformat: read as jrnl reads it (dateutil), 31.12.2020 day first
        return fuzzy(stamp, dayfirst="." in stamp, default=datetime(2000, 1, 1, 9, 0))
    except (ParserError, ValueError, OverflowError):
        return None


def split_title(text: str) -> tuple[str, str]:
    """jrnl's split: the first line, or the first sentence of a lone line, is the title."""
    text = text.strip()
    first, newline, rest = text.partition("\n")
    if newline:
        return first.strip(), rest.strip()
    sentence = _SENTENCE.search(text)
    if sentence is None:
        return text, ""
    return text[: sentence.end()].strip(), text[sentence.end() :].strip()


def _add(read: SourceRead, when: datetime, raw: str, where: str) -> None:
    title_line, newline, body = raw.partition("\n")
    starred = title_line.rstrip().endswith("*")
    if starred:
        title_line = title_line.strip().strip("*").strip()
    title, rest = split_title(title_line + newline + body)
    tags = [tag.rstrip("*").lower() for tag in _TAGS.findall(raw)]
    if starred:
        tags.append(STARRED)
    checked_entry(on_this_computer(when), title, rest, tags, where, read)


def parse(
    text: str, read: SourceRead, where: str, legacy: bool = False, day: date | None = None
) -> int:
    """Add the entries of one journal text to `read` (`day`: a folder journal's file, whose
    path says the date); returns how many."""
    before = len(read.entries) + len(read.bad)
    starts: list[tuple[int, int, datetime]] = []  # where the stamp starts, the text starts
    if not legacy:
        for found in _ENTRY.finditer(text):
            when = parse_stamp(found.group(1), clock_only=day is not None)
            if when is not None:
                starts.append((found.start(), found.end(), when))
        if not starts and _LEGACY.match(text.lstrip("\ufeff\n")):
            legacy = True
    if legacy:
        for found in _LEGACY.finditer(text):
            when = parse_stamp(found.group(1))
            if when is not None:
                starts.append((found.start(), found.start(2), when))
    line, counted = 1, 0  # the line an entry starts on, counted on from the last one
    for number, (_, begin, when) in enumerate(starts):
        end = starts[number + 1][0] if number + 1 < len(starts) else len(text)
        if day is not None:
            when = when.replace(year=day.year, month=day.month, day=day.day)
        line += text.count("\n", counted, begin)
        counted = begin
        _add(read, when, text[begin:end].strip("\n"), f"{where}, line {line}")
    return len(read.entries) + len(read.bad) - before


def _day_of(path: Path, folder: Path) -> date | None:
    parts = path.relative_to(folder).parts
    if len(parts) != 3 or not path.name.endswith(".txt"):
        return None
    year, month, name = parts
    if not (len(year) == 4 and len(month) == 2 and len(name) == 6):
        return None
    try:
        return date(int(year), int(month), int(name[:2]))
    except ValueError:
        return None


def is_day_file(path: Path, folder: Path) -> bool:
    """True for a folder journal's YYYY/MM/DD.txt."""
    return _day_of(path, folder) is not None


def read(path: Path, passphrase: str | None = None, watch: Watch = NO_WATCH) -> SourceRead:
    """A one-file or folder journal; other files in a folder are left alone."""
    read_ = SourceRead(FORMAT)
    if not path.is_dir():
        text, legacy = decrypt(read_bytes(path), passphrase)
        parse(text, read_, path.name, legacy)
        watch.step(1, 1)
        return read_
    files = list(walk(path))
    found = [(f, _day_of(f, path)) for f in files]
    days = [(f, day) for f, day in found if day is not None]
    if len(found) > len(days):
        read_.notes.append(
            f"not read: {len(found) - len(days)} other files in the folder (not YYYY/MM/DD.txt)"
        )
    for number, (file, day) in enumerate(days, start=1):
        name = str(file.relative_to(path))
        data = part_bytes(file, name, read_.bad)
        content = None if data is None else as_text(data, name, read_.bad)
        if content is not None and not parse(content, read_, name, day=day) and content.strip():
            read_.bad.append(BadPart(name, "no jrnl entry in it (no [date] line)"))
        watch.step(number, len(days))
    return read_
