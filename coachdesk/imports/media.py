"""The photos and files of an export (a zip or its unpacked folder), found by their path in
it and checked as the journal will check them: a kind it keeps, whole, not too large.

What passes comes along as a NewAttachment that reads its bytes again when the journal
writes them (so an export of many photos is never held in memory at once); what does not
(a video, a voice memo, a photo cut short or missing) is named as left out, with why.
"""

from __future__ import annotations

import zipfile
from collections.abc import Callable
from pathlib import Path, PurePosixPath

from coachdesk.coaching.attachments import LIMITS, NewAttachment, check_size, clean_name
from coachdesk.coaching.file_kinds import FileRefused, kind_of
from coachdesk.imports.model import LeftOut, SourceRead

# Why a file stays out, by FileRefused.reason, in a few words.
WHY = {
    "empty": "empty",
    "unknown": "not a kind of file coachdesk keeps",
    "unreadable": "damaged or cut short",
    "lies": "named as another kind than it is",
    "too-large": f"larger than {LIMITS.per_file // (1024 * 1024)} MB",
}
MISSING = "not in the export"
_ZIP_ERRORS = (zipfile.BadZipFile, OSError, EOFError, RuntimeError, ValueError, KeyError)


class Media:
    """The files of one export: `root` a folder, or a zip archive's path."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self._zip = not root.is_dir()
        self._names: dict[str, str] = {}  # lower-case path -> the path as stored
        if self._zip:
            try:
                with zipfile.ZipFile(root) as archive:
                    members = [i.filename for i in archive.infolist() if not i.is_dir()]
            except _ZIP_ERRORS:
                members = []
            self._names = {m.lower(): m for m in members}

    def _locate(self, inside: str) -> str | None:
        if self._zip:
            return self._names.get(inside.lower())
        path = self.root / inside
        if path.is_file():
            return inside
        folder = path.parent  # case differs between the list and the disk (Windows, macOS)
        if folder.is_dir():
            for found in folder.iterdir():
                if found.name.lower() == path.name.lower() and found.is_file():
                    return str(PurePosixPath(inside).parent / found.name)
        return None

    def _reader(self, stored: str) -> Callable[[], bytes]:
        root, limit = self.root, LIMITS.per_file + 1

        def from_zip() -> bytes:
            with zipfile.ZipFile(root) as archive, archive.open(stored) as member:
                return member.read(limit)

        def from_folder() -> bytes:
            with (root / stored).open("rb") as file:
                return file.read(limit)

        return from_zip if self._zip else from_folder

    def bring(
        self, inside: str, name: str, kind: str, read: SourceRead, day: str
    ) -> NewAttachment | None:
        """The file at path `inside` of the export, to be kept as `name`; None (and `name`
        named as left out, with why) when it is missing or refused."""
        stored = self._locate(inside)
        why = MISSING
        if stored is not None:
            reader = self._reader(stored)
            try:
                data = reader()
                check_size(name, len(data), 0, LIMITS)
                kind_of(clean_name(name), data)
            except FileRefused as refused:
                why = WHY.get(refused.reason, refused.reason)
            except _ZIP_ERRORS:
                why = WHY["unreadable"]
            else:
                return NewAttachment(name, _checked(reader, name), size=len(data))
        read.left_out.append(LeftOut(kind, name, day, why))
        return None


def _checked(reader: Callable[[], bytes], name: str) -> Callable[[], bytes]:
    def read() -> bytes:
        try:
            return reader()
        except _ZIP_ERRORS as error:  # gone or changed since it was checked
            raise FileRefused("unreadable", f"{name} cannot be read any more ({error})") from None

    return read
