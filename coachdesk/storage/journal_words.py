"""The user's own words for the spell check ("Add to my words"): names of customers and
colleagues among them, so they are kept inside the journal, encrypted and backed up with it
(a part of JournalStore, in its own module)."""

from __future__ import annotations

from collections.abc import Callable
from contextlib import AbstractContextManager
from datetime import datetime
from typing import TYPE_CHECKING

from coachdesk.storage.errors import reads
from coachdesk.storage.rows import to_text

if TYPE_CHECKING:
    from sqlite_utils import Database

MAX_WORD = 100  # characters: a word, not a paragraph pasted by mistake


class WordMethods:
    """Mixed into JournalStore, which provides the connection, the clock and transactions."""

    _db: Database
    _clock: Callable[[], datetime]

    def _writing(self) -> AbstractContextManager[None]:
        raise NotImplementedError  # JournalStore's

    @reads
    def own_words(self) -> list[str]:
        """The words added to the spell check, in alphabetical order."""
        rows = self._db.execute("select word from own_words order by word collate nocase")
        return [row[0] for row in rows]

    @reads
    def names(self) -> list[str]:
        """The customers and deals named in reflections' details (each once): the spell
        check counts their words as right without being told."""
        rows = self._db.execute(
            "select customer from reflections where customer != ''"
            " union select deal from reflections where deal != ''"
        )
        return [row[0] for row in rows]

    def add_own_word(self, word: str) -> None:
        """Count `word` as spelt right in this journal from now on."""
        word = word.strip()
        if not word or len(word) > MAX_WORD or any(c.isspace() for c in word):
            raise ValueError(f"not a single word: {word!r}")
        with self._writing():
            self._db.execute(
                "insert or ignore into own_words (word, added_at) values (?, ?)",
                [word, to_text(self._clock())],
            )

    def remove_own_word(self, word: str) -> None:
        """Take `word` off the list again."""
        with self._writing():
            self._db.execute("delete from own_words where word = ?", [word])
