"""Pictures and files kept inside the journal (a part of JournalStore, in its own module).

The bytes live in the journal itself, so they are encrypted and backed up with it. A file
is checked whole before anything is written (its kind by its bytes, its size against the
limits); then it is stored in one transaction with its name, kind, size and SHA-256, or
not at all. Listing never reads the bytes: they come last in the row, on their own pages.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterator, Sequence
from contextlib import AbstractContextManager
from datetime import datetime
from pathlib import Path, PurePath
from typing import TYPE_CHECKING, Any

from coachdesk.coaching.attachments import (
    LIMITS,
    Attachment,
    Limits,
    NewAttachment,
    check_size,
    clean_name,
    unique_name,
)
from coachdesk.coaching.file_kinds import FileRefused, kind_of
from coachdesk.storage.errors import DamagedJournalError, reads
from coachdesk.storage.rows import from_text, to_text

if TYPE_CHECKING:
    from sqlite_utils import Database

_COLUMNS = "id, reflection_id, question_id, name, media_type, size, sha256, created_at"
_CHUNK = 400  # ids per query: under SQLite's limit of host parameters


def _attachment(row: Sequence[Any]) -> Attachment:
    return Attachment(
        id=row[0],
        reflection_id=row[1],
        question_id=row[2],
        name=row[3],
        media_type=row[4],
        size=row[5],
        sha256=row[6],
        created_at=from_text(row[7]),
    )


def read_file(path: Path, limits: Limits = LIMITS) -> bytes:
    """A file's bytes for attaching; FileRefused when it cannot be read or is larger than
    a file may be (found before it is read whole)."""
    try:
        with path.open("rb") as file:
            data = file.read(limits.per_file + 1)
    except OSError as error:
        reason = error.strerror or str(error)
        message = f"{path.name} cannot be read: {reason}"
        raise FileRefused("unreadable", message, path.name) from None
    check_size(path.name, len(data), 0, limits)
    return data


class AttachmentMethods:
    """Mixed into JournalStore, which provides the connection and transactions."""

    _db: Database
    _clock: Callable[[], datetime]
    # The sizes a file, and all of a journal's files, may have (tests make them smaller).
    attachment_limits: Limits = LIMITS

    def _writing(self) -> AbstractContextManager[None]:
        raise NotImplementedError  # JournalStore's

    # Reading -------------------------------------------------------------------------

    @reads
    def attachments(self, reflection_id: int) -> list[Attachment]:
        """The reflection's pictures and files (without their bytes), in the order added."""
        rows = self._db.execute(
            f"select {_COLUMNS} from attachments where reflection_id = ? order by id",
            [reflection_id],
        )
        return [_attachment(row) for row in rows.fetchall()]

    @reads
    def attachment(self, attachment_id: int) -> Attachment:
        """One attachment (without its bytes); KeyError when there is none."""
        row = self._db.execute(
            f"select {_COLUMNS} from attachments where id = ?", [attachment_id]
        ).fetchone()
        if row is None:
            raise KeyError(attachment_id)
        return _attachment(row)

    @reads
    def attachment_data(self, attachment_id: int) -> bytes:
        """The attachment's bytes, checked against its SHA-256; KeyError when there is none,
        DamagedJournalError when they are not what was stored."""
        row = self._db.execute(
            "select data, sha256 from attachments where id = ?", [attachment_id]
        ).fetchone()
        if row is None:
            raise KeyError(attachment_id)
        data, sha256 = bytes(row[0]), row[1]
        if hashlib.sha256(data).hexdigest() != sha256:
            raise DamagedJournalError("The journal is damaged (an attachment's bytes changed).")
        return data

    @reads
    def attachment_counts(self, reflection_ids: Sequence[int]) -> dict[int, int]:
        """How many attachments each of these reflections has (those without none are left
        out); read from an index, so a timeline page can ask cheaply."""
        counts: dict[int, int] = {}
        ids = list(reflection_ids)
        for start in range(0, len(ids), _CHUNK):
            chunk = ids[start : start + _CHUNK]
            rows = self._db.execute(
                "select reflection_id, count(*) from attachments"
                f" where reflection_id in ({', '.join('?' * len(chunk))}) group by reflection_id",
                chunk,
            )
            counts.update((rid, n) for rid, n in rows.fetchall())
        return counts

    @reads
    def attachments_size(self) -> int:
        """How many bytes all of the journal's attachments take together."""
        return self._used()

    @reads
    def all_attachments(self) -> list[Attachment]:
        """Every attachment of the journal (without bytes), by reflection, in the order added."""
        rows = self._db.execute(
            f"select {_COLUMNS} from attachments order by reflection_id, id"
        ).fetchall()
        return [_attachment(row) for row in rows]

    @reads
    def changed_attachments(self) -> list[Attachment]:
        """The attachments whose bytes no longer match their SHA-256 (a bit flipped on
        disk: SQLite's own check cannot see it); read one at a time."""
        changed = []
        for attachment in self.all_attachments():
            row = self._db.execute(
                "select data from attachments where id = ?", [attachment.id]
            ).fetchone()
            if hashlib.sha256(bytes(row[0])).hexdigest() != attachment.sha256:
                changed.append(attachment)
        return changed

    def every_attachment(self) -> Iterator[tuple[Attachment, bytes]]:
        """Every attachment with its bytes, as all_attachments orders them (an export); one
        at a time, so memory holds one file."""
        for attachment in self.all_attachments():
            yield attachment, self.attachment_data(attachment.id)

    # Writing -------------------------------------------------------------------------

    def attach(
        self, reflection_id: int, name: str, data: bytes, question_id: str | None = None
    ) -> Attachment:
        """Keep `data` (a file called `name`) with the reflection, or with its answer to
        `question_id`. FileRefused when it is of no kind kept, damaged, named as another
        kind, too large or past the journal's limit; KeyError when the reflection is gone.
        The same bytes under the same name come back as the attachment already kept; another
        file of a name already taken is kept as "name (2).ext"."""
        with self._writing():
            return self._attach(reflection_id, name, data, question_id)

    def attach_many(
        self,
        reflection_id: int,
        files: Sequence[tuple[str, bytes]],
        question_id: str | None = None,
    ) -> list[Attachment]:
        """`attach` for several files (name, bytes) at once: all of them, or none when one
        is refused (FileRefused names that one)."""
        with self._writing():
            return [self._attach(reflection_id, n, d, question_id) for n, d in files]

    def attach_file(
        self, reflection_id: int, path: Path, question_id: str | None = None
    ) -> Attachment:
        """`attach` for a file on disk, under its own name."""
        data = read_file(path, self.attachment_limits)
        return self.attach(reflection_id, path.name, data, question_id)

    def _attach(
        self, reflection_id: int, name: str, data: bytes, question_id: str | None
    ) -> Attachment:
        name = clean_name(name)
        kind = kind_of(name, data)
        if PurePath(name).suffix.lower() not in kind.extensions:
            name += kind.extensions[0]  # opened with the system's app, a file needs one
        sha256 = hashlib.sha256(data).hexdigest()
        exists = self._db.execute("select 1 from reflections where id = ?", [reflection_id])
        if exists.fetchone() is None:
            raise KeyError(reflection_id)
        same = self._db.execute(
            f"select {_COLUMNS} from attachments where reflection_id = ? and name = ?"
            " and sha256 = ? and question_id is ?",
            [reflection_id, name, sha256, question_id],
        ).fetchone()
        if same is not None:
            return _attachment(same)
        check_size(name, len(data), self._used(), self.attachment_limits)
        taken = self._db.execute(
            "select name from attachments where reflection_id = ?", [reflection_id]
        )
        name = unique_name(name, [n for (n,) in taken.fetchall()])
        cursor = self._db.execute(
            "insert into attachments (reflection_id, question_id, name, media_type, size,"
            " sha256, created_at, data) values (?, ?, ?, ?, ?, ?, ?, ?)",
            [
                reflection_id,
                question_id,
                name,
                kind.media_type,
                len(data),
                sha256,
                to_text(self._clock()),
                data,
            ],
        )
        return self.attachment(int(cursor.lastrowid or 0))

    def _attach_all(self, reflection_id: int, files: Sequence[NewAttachment]) -> None:
        """Inside a transaction: keep each of `files` with a reflection being written."""
        for file in files:
            self._attach(reflection_id, file.name, file.read(), file.question_id)

    def _used(self) -> int:
        (total,) = self._db.execute("select coalesce(sum(size), 0) from attachments").fetchone()
        return int(total)

    def detach(self, reflection_id: int, name: str) -> Attachment:
        """Remove the reflection's attachment called `name` (as `attachments` lists it;
        case does not matter); KeyError when it has none of that name."""
        with self._writing():
            found = [a for a in self.attachments(reflection_id) if a.name == name] or [
                a for a in self.attachments(reflection_id) if a.name.casefold() == name.casefold()
            ]
            if len(found) != 1:
                raise KeyError(name)
            self._db.execute("delete from attachments where id = ?", [found[0].id])
            return found[0]

    def remove_attachment(self, attachment_id: int) -> None:
        """Remove one attachment; KeyError when there is none."""
        with self._writing():
            cursor = self._db.execute("delete from attachments where id = ?", [attachment_id])
            if cursor.rowcount != 1:
                raise KeyError(attachment_id)
