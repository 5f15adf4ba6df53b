"""JournalStore: the only place that speaks SQL; it hands out coaching dataclasses."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager, suppress
from datetime import UTC, datetime
from pathlib import Path

from sqlite_utils import Database

from coachdesk.coaching.flows import Flow, QuestionKind
from coachdesk.coaching.reflections import (
    Answer,
    NewReflection,
    Reflection,
    normalize_tags,
)
from coachdesk.storage import backups, keys, loop
from coachdesk.storage.connection import (
    LaterCheck,
    applied_migrations,
    check_version,
    is_empty,
    open_database,
    open_memory,
    open_reader,
)
from coachdesk.storage.errors import (
    DATABASE_ERRORS,
    DamagedJournalError,
    ReadOnlyJournalError,
    StorageUnavailable,
    UnstorableText,
    classify,
    reads,
)
from coachdesk.storage.journal_attachments import AttachmentMethods
from coachdesk.storage.journal_deals import DealMethods
from coachdesk.storage.journal_import import ImportMethods
from coachdesk.storage.journal_loop import LoopMethods
from coachdesk.storage.journal_reading import ReadingMethods
from coachdesk.storage.journal_words import WordMethods
from coachdesk.storage.migrations import MIGRATION_SET, known_migrations
from coachdesk.storage.rows import (
    from_text,
    to_text,
)

Clock = Callable[[], datetime]


def _inode(path: Path | None) -> tuple[int, int] | None:
    if path is None:
        return None
    try:
        found = os.stat(path)
    except OSError:
        return None
    return found.st_dev, found.st_ino


def _emptied(path: Path) -> bool:
    """An empty file where a journal with backups lived: lost, not new. (A crash while a
    journal is created also leaves an empty file, but never one with backups.)"""
    return is_empty(path) and bool(backups.backups_of(path))


def utc_now() -> datetime:
    """The current time, timezone-aware."""
    return datetime.now(UTC)


class JournalStore(
    ReadingMethods, LoopMethods, ImportMethods, DealMethods, AttachmentMethods, WordMethods
):
    """A journal: reflections and their answers in one SQLite file."""

    def __init__(
        self,
        db: Database,
        path: Path | None = None,
        clock: Clock = utc_now,
        key: bytes | None = None,
        unchecked: bool = False,
    ) -> None:
        self._db = db
        self.path = path
        self._clock = clock
        self._key = key  # kept to open readers; dropped when the store closes (locking)
        self._encrypted = key is not None
        self._inode = _inode(path)
        self._later = LaterCheck(path, key, unchecked)  # open's check_later
        self.read_only = False  # open_to_read: every write fails as StorageUnavailable
        self._data_version: int | None = None  # changed_elsewhere

    def check(self) -> None:
        """Run the quick check that opening left for later, once, on its own connection
        (safe from another thread); DamagedJournalError when it fails. Writes wait for it."""
        self._later.run()

    @property
    def check_pending(self) -> bool:
        """True while the quick check left for later has not run: a write would wait."""
        return self._later.pending

    def _check_still_there(self) -> None:
        # SQLite would go on writing into a file that is no longer the journal: a deleted
        # inode, or one a sync tool swapped away. Every save would then vanish.
        if self._moved():
            self._settle_moved()
            raise StorageUnavailable("moved")

    def _moved(self) -> bool:
        return self.path is not None and _inode(self.path) != self._inode

    def _settle_moved(self) -> None:
        # Once the file has moved, SQLite skips its checkpoint on close: the saves still in
        # the write-ahead log would stay beside the old path, missing from the moved journal
        # and laid over whatever file is put there next. Copy them into the file we have open.
        with suppress(*DATABASE_ERRORS):
            self._db.execute("PRAGMA wal_checkpoint(TRUNCATE)")

    @classmethod
    def open(
        cls,
        path: Path,
        key: bytes | None = None,
        clock: Clock = utc_now,
        check_later: bool = False,
    ) -> JournalStore:
        """Open or create the journal at `path` (encrypted when `key` is given); raises
        JournalError subclasses for users.

        SQLite's quick check reads every page; with `check_later` it may be left to `check`,
        run beside the window: the store reads at once, and its first write waits for the
        verdict. (Opening then writes nothing; see open_database.)"""

        def back_up(db: Database, migration: str) -> None:
            backups.make(db, path, f"before-{migration[:4]}", clock())

        if _emptied(path):
            raise DamagedJournalError("The journal is damaged (the file is empty; it has backups).")
        db, unchecked = open_database(path, key, back_up, check_later)
        return cls(db, path, clock, key, unchecked)

    @property
    def encrypted(self) -> bool:
        """True for a journal encrypted at rest (also once closed)."""
        return self._encrypted

    @property
    def key(self) -> bytes | None:
        """The journal's key while it is open (to reopen it after a change)."""
        return self._key

    @classmethod
    def open_read_only(
        cls, path: Path, key: bytes | None = None, clock: Clock = utc_now
    ) -> JournalStore:
        """A store that can only read, on a journal the app holds open and checked at its
        open (the export child reads through it): no check again, nothing written."""
        try:
            return cls(open_reader(path, key), path, clock, key)
        except DATABASE_ERRORS as error:
            found = classify(error) or DamagedJournalError(f"cannot read the journal ({error})")
            raise found from None

    @classmethod
    def open_to_read(
        cls, path: Path, key: bytes | None = None, clock: Clock = utc_now
    ) -> JournalStore:
        """A journal in a place that cannot be written (a read-only disk or folder): read
        as it is, or ReadOnlyJournalError when opening would have to write."""
        if not path.exists() or is_empty(path):
            raise ReadOnlyJournalError(path, "create")
        check_version(path, key)
        if set(known_migrations()) - set(applied_migrations(path, key)):
            raise ReadOnlyJournalError(path, "update")
        store = cls.open_read_only(path, key, clock)
        store.read_only = True
        return store

    def back_up(self, reason: str, now: datetime | None = None) -> backups.Backup:
        """A backup of this journal beside it ("manual", "daily", …); a reader will do."""
        if self.path is None:
            raise ValueError("an in-memory journal has no backups")
        return backups.make(self._db, self.path, reason, now or self._clock())

    @reads
    def changed_elsewhere(self) -> bool:
        """True when another connection (another program) wrote to the journal since this
        was last asked; cheap enough to ask every second or two."""
        version = self._db.execute("PRAGMA data_version").fetchone()[0]
        seen, self._data_version = self._data_version, version
        return seen is not None and version != seen

    def reader(self) -> JournalStore:
        """A read-only store on this journal, to be used from one other thread."""
        if self.path is None:
            raise ValueError("an in-memory journal has no second connection")
        return JournalStore(open_reader(self.path, self._key), self.path, self._clock, self._key)

    def interrupt(self) -> None:
        """Stop a query running on this store in another thread (it raises there)."""
        self._db.conn.interrupt()

    @classmethod
    def in_memory(cls, clock: Clock = utc_now) -> JournalStore:
        """A fresh journal that lives only in memory."""
        return cls(open_memory(), None, clock)

    def close(self) -> None:
        """Close the connection; the store cannot be used afterwards."""
        if self._moved():
            self._settle_moved()
        self._db.close()
        # Locking means no key left in coachdesk: not here, not in a check left for later.
        self._key = None
        self._later.forget_key()

    @property
    def schema_version(self) -> int:
        """How many schema migrations this journal has had."""
        rows = self._db.execute(
            "select count(*) from _sqlite_migrations where migration_set = ?", [MIGRATION_SET]
        )
        return int(rows.fetchone()[0])

    @contextmanager
    def _writing(self) -> Iterator[None]:
        """One transaction; storage failures become StorageUnavailable, nothing half-done."""
        try:
            self.check()  # nothing is written to a journal before it passed
        except DamagedJournalError:
            raise StorageUnavailable("damaged") from None
        self._check_still_there()
        try:
            with self._db.atomic():
                yield
        except DATABASE_ERRORS as error:
            user_error = classify(error)
            if user_error is None:
                raise
            raise user_error from error
        except UnicodeEncodeError:  # SQLite takes UTF-8; the transaction was rolled back
            raise UnstorableText() from None

    # Writing ---------------------------------------------------------------------------

    def start(self, flow: Flow, title: str = "", session_id: int | None = None) -> Reflection:
        """Begin a draft reflection on `flow` (made in a coaching session, if given)."""
        now = self._clock()
        draft = NewReflection(flow, (), now, title=title, finished=False)
        with self._writing():
            reflection_id = self._insert(draft)
            if session_id is not None:
                self._touch(reflection_id, now, session_id=session_id)
        return self.get(reflection_id)

    def add(self, reflection: NewReflection) -> int:
        """Store a whole reflection at once; returns its id."""
        return self.add_all([reflection])[0]

    def add_all(self, reflections: Sequence[NewReflection]) -> list[int]:
        """Store many reflections in one transaction: all of them, or none."""
        with self._writing():
            ids = [self._insert(r) for r in reflections]
            for new, reflection_id in zip(reflections, ids, strict=True):
                if new.finished:
                    loop.schedule_revisits(self._db, reflection_id, new.created_at)
            return ids

    def _insert(self, new: NewReflection) -> int:
        stamp = to_text(new.created_at)
        reflection_id = keys.allocate(self._db, "reflections", keys.second_of(new.created_at))
        self._db.execute(
            "insert into reflections (id, flow_id, flow_title, title, created_at, updated_at,"
            " finished_at, position, customer, deal) values (?, ?, ?, ?, ?, ?, ?, 0, ?, ?)",
            [
                reflection_id,
                new.flow.id,
                new.flow.title,
                new.title,
                stamp,
                stamp,
                stamp if new.finished else None,
                new.customer.strip(),
                new.deal.strip(),
            ],
        )
        for given in new.answers:
            self._upsert_answer(reflection_id, given, new.created_at)
        self._replace_tags(reflection_id, new.tags)
        self._attach_all(reflection_id, new.attachments)
        return reflection_id

    def save_answer(self, reflection_id: int, given: Answer) -> None:
        """Store (or replace) the answer to one question of a reflection."""
        now = self._clock()
        with self._writing():
            self._upsert_answer(reflection_id, given, now)
            self._touch(reflection_id, now)

    def _upsert_answer(self, reflection_id: int, given: Answer, now: datetime) -> None:
        self._db.execute(
            """
            insert into answers (id, reflection_id, question_id, position, prompt, kind, text,
              rating, stage, updated_at, role, private, choice, asked_because, why, follows)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            on conflict (reflection_id, question_id) do update set
              position = excluded.position, prompt = excluded.prompt, kind = excluded.kind,
              text = excluded.text, rating = excluded.rating, stage = excluded.stage,
              updated_at = excluded.updated_at, role = excluded.role,
              choice = excluded.choice
            """,
            [
                keys.allocate(self._db, "answers", keys.second_of_id(reflection_id)),
                reflection_id,
                given.question_id,
                given.position,
                given.prompt,
                given.kind.value,
                given.text,
                given.rating,
                given.stage,
                to_text(now),
                given.role.value,
                int(given.private),  # kept as marked when edited: the update leaves it
                given.choice,
                # What asked a follow-up stays as it was first written: editing its answer,
                # or the answer that called for it, does not rewrite it.
                given.asked_because,
                given.why or None,
                given.follows,
            ],
        )
        if given.kind is QuestionKind.COMMITMENT:
            loop.sync_commitment(self._db, reflection_id, given, now)

    def _touch(self, reflection_id: int, now: datetime, **changes: object) -> None:
        cursor = self._db.execute(
            "update reflections set updated_at = ?"
            + "".join(f", {column} = ?" for column in changes)
            + " where id = ?",
            [to_text(now), *changes.values(), reflection_id],
        )
        if cursor.rowcount != 1:
            raise KeyError(reflection_id)

    def _replace_tags(self, reflection_id: int, tags: Iterable[str]) -> None:
        self._db.execute("delete from reflection_tags where reflection_id = ?", [reflection_id])
        for tag in normalize_tags(tags):
            self._db.execute(
                "insert into reflection_tags (reflection_id, tag) values (?, ?)",
                [reflection_id, tag],
            )

    def set_details(
        self, reflection_id: int, customer: str, deal: str, tags: Iterable[str]
    ) -> None:
        """Who and what a reflection is about, and its tags."""
        with self._writing():
            self._touch(reflection_id, self._clock(), customer=customer.strip(), deal=deal.strip())
            self._replace_tags(reflection_id, tags)

    def set_private(self, reflection_id: int, question_id: str, private: bool) -> None:
        """Mark an answer private (never offered to a coach, never exported unasked)."""
        with self._writing():
            cursor = self._db.execute(
                "update answers set private = ? where reflection_id = ? and question_id = ?",
                [int(private), reflection_id, question_id],
            )
            if cursor.rowcount != 1:
                raise KeyError((reflection_id, question_id))

    def set_position(self, reflection_id: int, position: int) -> None:
        """Remember the question a draft should resume at."""
        with self._writing():
            self._touch(reflection_id, self._clock(), position=position)

    def finish(self, reflection_id: int) -> None:
        """Mark a reflection as complete (no longer a draft); finishing twice keeps the first."""
        now = self._clock()
        with self._writing():
            row = self._db.execute(
                "select finished_at from reflections where id = ?", [reflection_id]
            ).fetchone()
            finished = row[0] if row and row[0] else to_text(now)
            self._touch(reflection_id, now, finished_at=finished, position=0)
            loop.schedule_revisits(self._db, reflection_id, from_text(finished))

    def delete(self, reflection_id: int) -> None:
        """Remove a reflection with its answers and tags."""
        with self._writing():
            for table in ("answers", "reflection_tags", "commitments", "revisits", "attachments"):
                self._db.execute(f"delete from {table} where reflection_id = ?", [reflection_id])
            self._db.execute("delete from reflections where id = ?", [reflection_id])

    def now(self) -> datetime:
        """The store's clock (tests move it)."""
        return self._clock()
