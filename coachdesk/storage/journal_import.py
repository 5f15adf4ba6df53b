"""Importing many reflections at once, all or nothing, and recognising those the journal
holds already (a part of JournalStore, kept in its own module)."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Self

from sqlite_utils import Database

from coachdesk.coaching.attachments import Limits
from coachdesk.coaching.reflections import Answer, NewReflection
from coachdesk.storage import loop
from coachdesk.storage.connection import configure, connect
from coachdesk.storage.errors import reads
from coachdesk.storage.rows import to_text

# Called now and then while writing, with how many are done of how many; it may raise
# (a cancel): the transaction is rolled back and nothing is written.
Progress = Callable[[int, int], None]
_EVERY = 50  # reflections between two calls of Progress
_CHUNK = 400  # moments per query: under SQLite's limit of host parameters


@dataclass(frozen=True)
class ImportOutcome:
    """What an import added, how many it found in the journal already, and the pictures
    and files left out because the journal had no room for them."""

    added: tuple[int, ...]
    already: int
    no_room: tuple[str, ...] = ()


def identity_text(answers: Iterable[Answer]) -> str:
    """What "the same text" compares: the written answers, trimmed, in their order."""
    return "\n".join(t for a in sorted(answers, key=lambda a: a.position) if (t := a.text.strip()))


class ImportMethods:
    """Mixed into JournalStore, which provides the connection and transactions."""

    _db: Database
    _clock: Callable[[], datetime]
    _key: bytes | None
    path: Path | None
    attachment_limits: Limits

    if TYPE_CHECKING:  # AttachmentMethods', after this one in JournalStore's order

        def _used(self) -> int: ...

    def _writing(self) -> AbstractContextManager[None]:
        raise NotImplementedError  # JournalStore's

    def _insert(self, new: NewReflection) -> int:
        raise NotImplementedError  # JournalStore's

    def _known(self, reflections: Sequence[NewReflection]) -> set[tuple[str, str]]:
        """The moments and texts of the journal's reflections written at any of the
        moments of `reflections`."""
        moments = sorted({to_text(r.created_at) for r in reflections})
        texts: dict[int, tuple[str, list[tuple[int, str]]]] = {}
        for start in range(0, len(moments), _CHUNK):
            chunk = moments[start : start + _CHUNK]
            rows = self._db.execute(
                "select r.id, r.created_at, a.position, a.text from reflections r"
                " left join answers a on a.reflection_id = r.id"
                f" where r.created_at in ({', '.join('?' * len(chunk))})",
                chunk,
            )
            for reflection_id, created, position, text in rows.fetchall():
                found = texts.setdefault(reflection_id, (created, []))
                if text is not None:
                    found[1].append((position, text))
        return {
            (created, "\n".join(t for _, text in sorted(answers) if (t := text.strip())))
            for created, answers in texts.values()
        }

    @reads
    def count_known(self, reflections: Sequence[NewReflection]) -> int:
        """How many of `reflections` the journal holds already: the same moment (to the
        second) and the same text. A dry run asks this; nothing is written."""
        known = self._known(reflections)
        return sum((to_text(r.created_at), identity_text(r.answers)) in known for r in reflections)

    def import_new(
        self, reflections: Sequence[NewReflection], progress: Progress | None = None
    ) -> ImportOutcome:
        """Store those of `reflections` the journal does not hold yet (count_known's rule),
        all in one transaction: all of them, or none when anything fails or `progress`
        raises. Their pictures and files come along while the journal has room for them
        (attachment_limits); those that do not fit are left out and named (`no_room`)."""
        added: list[int] = []
        no_room: list[str] = []
        with self._writing():
            room = self.attachment_limits.per_journal - self._used()
            known = self._known(reflections)
            for done, new in enumerate(reflections):
                if progress is not None and done % _EVERY == 0:
                    progress(done, len(reflections))
                if (to_text(new.created_at), identity_text(new.answers)) in known:
                    continue
                if new.attachments:
                    fits = []
                    for file in new.attachments:
                        if file.size > room:
                            no_room.append(file.name)
                        else:
                            fits.append(file)
                            room -= file.size
                    new = replace(new, attachments=tuple(fits))
                reflection_id = self._insert(new)
                if new.finished:
                    loop.schedule_revisits(self._db, reflection_id, new.created_at)
                added.append(reflection_id)
            if progress is not None:
                progress(len(reflections), len(reflections))
        return ImportOutcome(tuple(added), len(reflections) - len(added), tuple(no_room))

    def writer(self) -> Self:
        """A second store on this journal that writes, for one other thread (an import from
        the window): its own connection, made in the thread that calls this. The journal
        was checked when it was opened; SQLite keeps the two connections' writes apart."""
        if self.path is None:
            raise ValueError("an in-memory journal has no second connection")
        db = Database(connect(self.path, self._key), execute_plugins=False)
        configure(db)
        return type(self)(db, self.path, self._clock, self._key)  # type: ignore[call-arg]
