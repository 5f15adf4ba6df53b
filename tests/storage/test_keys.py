"""Ids follow time, so the search index's own order is newest first."""

from __future__ import annotations

from datetime import UTC, datetime

from coachdesk.storage import JournalStore, keys


def test_ids_in_one_second_take_the_next_free_slot(store: JournalStore) -> None:
    second = keys.second_of(datetime(2026, 1, 1, tzinfo=UTC))
    first = keys.allocate(store._db, "reflections", second)
    assert first == second << keys.SLOT_BITS
    store._db.execute(
        "insert into reflections (id, flow_id, flow_title, created_at, updated_at)"
        " values (?, 'f', 'F', '2026-01-01T00:00:00+00:00', '2026-01-01T00:00:00+00:00')",
        [first],
    )
    assert keys.allocate(store._db, "reflections", second) == first + 1
    assert keys.second_of_id(first + 1) == second


def test_a_full_second_spills_into_the_next(store: JournalStore) -> None:
    second = 1_000
    last_slot = (second << keys.SLOT_BITS) + keys.SLOTS - 1
    store._db.execute(
        "insert into reflections (id, flow_id, flow_title, created_at, updated_at)"
        " values (?, 'f', 'F', 'x', 'x')",
        [last_slot],
    )
    assert keys.allocate(store._db, "reflections", second) == (second + 1) << keys.SLOT_BITS
