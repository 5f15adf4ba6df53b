"""Row ids that follow time, so "newest first" is the order the search index already has.

FTS5 can walk its matches from the highest rowid down and stop after a page; that is only
"newest first" when a higher id means a later reflection. Imports and the demo write
reflections dated in the past, so insertion order is not enough: an id is the second the
reflection was made, shifted left by SLOT_BITS, plus the first free slot in that second.
An answer takes its id from its reflection's second, so it sorts with its reflection.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlite_utils import Database

SLOT_BITS = 20  # a million rows per second before spilling into the next second
SLOTS = 1 << SLOT_BITS


def second_of(moment: datetime) -> int:
    """The second (Unix time) a row made at `moment` is filed under."""
    return int(moment.timestamp())


def second_of_id(row_id: int) -> int:
    """The second an id was allocated in (an answer files under its reflection's)."""
    return row_id >> SLOT_BITS


def allocate(db: Database, table: str, second: int) -> int:
    """A free id in `table` that sorts by `second`."""
    base = second << SLOT_BITS
    while True:
        (highest,) = db.execute(
            f"select max(id) from {table} where id between ? and ?", [base, base + SLOTS - 1]
        ).fetchone()
        if highest is None:
            return base
        if highest < base + SLOTS - 1:
            return int(highest) + 1
        base += SLOTS  # this second is full: the next one keeps the order nearly right
