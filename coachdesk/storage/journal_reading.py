"""The journal's reading: whole reflections, the timeline, drafts, search and the values in
use (a part of JournalStore, kept in its own module beside the coaching loop's)."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

from coachdesk.coaching.filters import TimelineFilter
from coachdesk.coaching.reflections import Reflection, ReflectionSummary, SearchHit
from coachdesk.storage import finding
from coachdesk.storage.errors import reads
from coachdesk.storage.rows import SUMMARY_SQL, summary, whole_reflections

if TYPE_CHECKING:
    from sqlite_utils import Database

NO_FILTER = TimelineFilter()
_BATCH = 500  # reflections read together; well under SQLite's limit on parameters


class FindingMethods:
    """Counting, paging and searching reflections: the store's, and the command line's
    quick reader's (quick_read.py), over whichever connection they hold."""

    _db: finding.Database

    @reads
    def count(self, chosen: TimelineFilter = NO_FILTER) -> int:
        """How many reflections the journal holds (within the filter), drafts included."""
        return finding.count(self._db, chosen)

    @reads
    def timeline(
        self, offset: int = 0, limit: int = 100, chosen: TimelineFilter = NO_FILTER
    ) -> list[ReflectionSummary]:
        """Reflections newest first, a page at a time, optionally filtered."""
        return finding.timeline(self._db, offset, limit, chosen)

    @reads
    def search(
        self,
        text: str,
        chosen: TimelineFilter = NO_FILTER,
        best: bool = False,
        limit: int = 50,
        offset: int = 0,
    ) -> list[SearchHit]:
        """Reflections whose answers, title, customer or deal match what was typed."""
        return finding.search(self._db, text, chosen, best, limit, offset)

    @reads
    def search_count(self, text: str, chosen: TimelineFilter = NO_FILTER) -> int:
        """How many reflections `search` would find in all."""
        return finding.search_count(self._db, text, chosen)


class ReadingMethods(FindingMethods):
    """Mixed into JournalStore, which provides the connection."""

    _db: Database

    @reads
    def get(self, reflection_id: int) -> Reflection:
        """The whole reflection with its answers in question order; KeyError if gone."""
        found = self.get_many([reflection_id])
        if not found:
            raise KeyError(reflection_id)
        return found[0]

    @reads
    def get_many(self, reflection_ids: Sequence[int]) -> list[Reflection]:
        """Whole reflections, in the order asked, leaving out any that are gone: three
        queries per hundreds, not three per reflection (a ten-year summary reads 3650)."""
        found: dict[int, Reflection] = {}
        for start in range(0, len(reflection_ids), _BATCH):
            found.update(whole_reflections(self._db, reflection_ids[start : start + _BATCH]))
        return [found[i] for i in reflection_ids if i in found]

    @reads
    def drafts(self) -> list[ReflectionSummary]:
        """Unfinished reflections, the most recently touched first."""
        rows = self._db.query(
            SUMMARY_SQL + " where r.finished_at is null order by r.updated_at desc, r.id desc"
        )
        return [summary(row) for row in rows]

    @reads
    def facets(self) -> dict[str, list[str]]:
        """The tags, customers and deals in use, for completion and filter lists."""
        return {
            "tag": [
                t
                for (t,) in self._db.execute(
                    "select distinct tag from reflection_tags order by tag"
                )
            ],
            "customer": [
                c
                for (c,) in self._db.execute(
                    "select distinct customer from reflections where customer != ''"
                    " order by customer collate nocase"
                )
            ],
            "deal": [
                d
                for (d,) in self._db.execute(
                    "select distinct deal from reflections where deal != ''"
                    " order by deal collate nocase"
                )
            ],
        }

    def every_reflection(self) -> Iterator[Reflection]:
        """Every reflection with its answers, oldest first, without holding them all."""
        ids = [
            rid for (rid,) in self._db.execute("select id from reflections order by created_at, id")
        ]
        for reflection_id in ids:
            yield self.get(reflection_id)
