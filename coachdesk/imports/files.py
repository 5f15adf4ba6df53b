"""Reading a source's files: whole, within limits, and with errors that name the file."""

from __future__ import annotations

import os
import zipfile
from collections.abc import Iterator
from pathlib import Path

from coachdesk.imports.model import BadPart, ImportProblem

MB = 1024 * 1024
# The most one file of a source may hold: a 30-year jrnl file is about 25 MB, and a Day
# One journal without its photos rarely more than 100 MB.
MAX_FILE_BYTES = 512 * MB
# Folders that belong to the app, not to the notes (Obsidian's settings, Logseq's backups,
# version control, the trash).
SKIPPED_FOLDERS = {".obsidian", ".trash", ".git", ".hg", ".svn", "bak", ".recycle", "__MACOSX"}


def read_bytes(path: Path, name: str | None = None) -> bytes:
    """The whole file; ImportProblem naming it when it cannot be read or is too large."""
    shown = name or str(path)
    try:
        with path.open("rb") as file:
            data = file.read(MAX_FILE_BYTES + 1)
    except OSError as error:
        raise ImportProblem(f"cannot read {shown}: {error.strerror or error}") from None
    if len(data) > MAX_FILE_BYTES:
        raise ImportProblem(f"{shown} is larger than {MAX_FILE_BYTES // MB} MB")
    return data


def part_bytes(path: Path, name: str, bad: list[BadPart]) -> bytes | None:
    """A file of a folder, or None with the reason added to `bad`."""
    try:
        return read_bytes(path, name)
    except ImportProblem as problem:
        bad.append(BadPart(name, str(problem).removeprefix(f"cannot read {name}: ")))
        return None


def as_text(data: bytes, name: str, bad: list[BadPart]) -> str | None:
    """UTF-8 text (a byte-order mark dropped), or None with the reason added to `bad`."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        bad.append(BadPart(name, f"not UTF-8 text (byte {error.start + 1})"))
        return None


def walk(folder: Path) -> Iterator[Path]:
    """Every file under `folder`, in a stable order, without the apps' own folders."""
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if d not in SKIPPED_FOLDERS and not d.startswith("."))
        for name in sorted(files):
            if not name.startswith("."):
                yield Path(root) / name


def zip_member(archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> bytes:
    """One member of an archive, read in memory (nothing unpacked on disk)."""
    if info.file_size > MAX_FILE_BYTES:
        raise ImportProblem(f"{info.filename} is larger than {MAX_FILE_BYTES // MB} MB")
    try:
        with archive.open(info) as member:
            data = member.read(MAX_FILE_BYTES + 1)
    except (zipfile.BadZipFile, OSError, EOFError, RuntimeError, ValueError) as error:
        raise ImportProblem(f"{info.filename} in the archive cannot be read ({error})") from None
    if len(data) > MAX_FILE_BYTES:
        raise ImportProblem(f"{info.filename} is larger than {MAX_FILE_BYTES // MB} MB")
    return data


def open_zip(path: Path) -> zipfile.ZipFile:
    """A zip archive; ImportProblem when it is not one or cannot be read."""
    try:
        return zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError, ValueError) as error:
        reason = getattr(error, "strerror", None) or "not a readable zip archive"
        raise ImportProblem(f"cannot read {path}: {reason}") from None
