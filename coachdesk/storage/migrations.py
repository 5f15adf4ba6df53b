"""The journal's schema, one sqlite-utils migration per change, never edited once released.

The schema version of a journal is the number of these migrations applied to it.
A journal that has a migration this list does not know came from a newer coachdesk.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING

from coachdesk.storage import keys

if TYPE_CHECKING:
    from sqlite_utils import Database
    from sqlite_utils.migrations import Migrations

MIGRATION_SET = "coachdesk"
Step = Callable[["Database"], None]
# In order, named as they are recorded in a journal. sqlite-utils gets them only when a
# journal is opened for writing (migration_set): the command line's reading commands check
# a journal's version against these names without loading sqlite-utils (~100 ms).
_STEPS: list[tuple[str, Step]] = []


def _migration(name: str) -> Callable[[Step], Step]:
    def record(step: Step) -> Step:
        _STEPS.append((name, step))
        return step

    return record


@functools.cache
def migration_set() -> Migrations:
    """Every migration, as sqlite-utils applies them."""
    from sqlite_utils.migrations import Migrations

    found = Migrations(MIGRATION_SET)
    for name, step in _STEPS:
        found(name=name)(step)
    return found


def __getattr__(name: str) -> Migrations:
    # `migrations`, the set as this module used to make it at import (tests apply a part).
    if name == "migrations":
        return migration_set()
    raise AttributeError(name)


# The tokenizer folds case and strips diacritics, so "cafe" finds "café".
FTS_TOKENIZER = "unicode61 remove_diacritics 2"


@_migration("0001_reflections_and_answers")
def _reflections_and_answers(db: Database) -> None:
    db.table("reflections").create(
        {
            "id": int,
            "flow_id": str,
            "flow_title": str,  # as it was when the reflection was made
            "title": str,
            "created_at": str,  # ISO 8601, UTC, so text order is time order
            "updated_at": str,
            "finished_at": str,  # NULL while a draft
            "position": int,  # the question a draft resumes at
        },
        pk="id",
        not_null={"flow_id", "flow_title", "title", "created_at", "updated_at", "position"},
        defaults={"title": "", "position": 0},
        strict=True,
    )
    db.table("reflections").create_index(["created_at"], index_name="reflections_created_at")
    db.table("answers").create(
        {
            "id": int,
            "reflection_id": int,
            "question_id": str,
            "position": int,
            "prompt": str,  # the question as it was asked
            "kind": str,
            "text": str,
            "rating": int,
            "stage": str,
            "updated_at": str,
        },
        pk="id",
        not_null={"reflection_id", "question_id", "position", "prompt", "kind", "text"},
        defaults={"text": ""},
        foreign_keys=[("reflection_id", "reflections", "id")],
        strict=True,
    )
    db.table("answers").create_index(
        ["reflection_id", "question_id"], index_name="answers_question", unique=True
    )
    db.table("answers").create_index(["reflection_id", "position"], index_name="answers_position")


@_migration("0002_answers_search")
def _answers_search(db: Database) -> None:
    db.table("answers").enable_fts(["text"], tokenize=FTS_TOKENIZER, create_triggers=True)


@_migration("0003_customers_deals_tags")
def _customers_deals_tags(db: Database) -> None:
    reflections = db.table("reflections")
    # Who and what a reflection is about: aliases the user chooses, '' when not given.
    reflections.add_column("customer", str, not_null_default="")
    reflections.add_column("deal", str, not_null_default="")
    reflections.create_index(["customer"], index_name="reflections_customer")
    reflections.create_index(["deal"], index_name="reflections_deal")
    db.table("reflection_tags").create(
        {"reflection_id": int, "tag": str},
        pk=("reflection_id", "tag"),
        not_null={"reflection_id", "tag"},
        foreign_keys=[("reflection_id", "reflections", "id")],
        strict=True,
    )
    db.table("reflection_tags").create_index(["tag"], index_name="reflection_tags_tag")
    # Titles (imported notes have them), customers and deals are found by search too.
    reflections.enable_fts(
        ["title", "customer", "deal"], tokenize=FTS_TOKENIZER, create_triggers=True
    )


@_migration("0004_ids_follow_time")
def _ids_follow_time(db: Database) -> None:
    # See keys.py: ids become time-ordered so search can stop after the newest page.
    # Ids are renumbered in place; foreign keys are checked once, at commit.
    db.execute("pragma defer_foreign_keys = on")
    reflections = db.execute("select id, created_at from reflections order by created_at, id")
    for old_id, created in reflections.fetchall():
        new_id = keys.allocate(db, "reflections", keys.second_of(datetime.fromisoformat(created)))
        db.execute("update reflections set id = ? where id = ?", [new_id, old_id])
        for table in ("answers", "reflection_tags"):
            db.execute(
                f"update {table} set reflection_id = ? where reflection_id = ?", [new_id, old_id]
            )
        answers = db.execute(
            "select id from answers where reflection_id = ? order by position", [new_id]
        )
        for (answer_id,) in answers.fetchall():
            db.execute(
                "update answers set id = ? where id = ?",
                [keys.allocate(db, "answers", keys.second_of_id(new_id)), answer_id],
            )


@_migration("0005_coaching_loop")
def _coaching_loop(db: Database) -> None:
    # What a question did in the loop, kept with the answer like the prompt is.
    db.table("answers").add_column("role", str, not_null_default="")
    db.table("commitments").create(
        {
            "id": int,
            "text": str,
            "created_at": str,
            "due": str,  # an ISO date, or NULL
            "state": str,  # open | done | let-go
            "closed_at": str,
            "outcome": str,  # what happened, told when closing it
            "reflection_id": int,  # NULL when added by hand
            "question_id": str,
        },
        pk="id",
        not_null={"text", "created_at", "state", "outcome"},
        defaults={"state": "open", "outcome": ""},
        foreign_keys=[("reflection_id", "reflections", "id")],
        strict=True,
    )
    db.table("commitments").create_index(
        ["reflection_id", "question_id"], index_name="commitments_answer", unique=True
    )
    db.table("commitments").create_index(["state"], index_name="commitments_state")
    db.table("check_ins").create(
        {
            "id": int,
            "created_at": str,
            "stress": int,
            "energy": int,
            "confidence": int,
            "attention": int,  # 0 = all on the customer .. 100 = all on the target
            "note": str,
        },
        pk="id",
        not_null={"created_at", "stress", "energy", "confidence", "attention", "note"},
        defaults={"note": ""},
        strict=True,
    )
    db.table("check_ins").create_index(["created_at"], index_name="check_ins_created_at")
    db.table("revisits").create(
        {
            "id": int,
            "reflection_id": int,
            "weeks": int,
            "due": str,  # an ISO date
            "state": str,  # pending | answered | dismissed | skipped
            "answer": str,
            "answered_at": str,
        },
        pk="id",
        not_null={"reflection_id", "weeks", "due", "state", "answer"},
        defaults={"state": "pending", "answer": ""},
        foreign_keys=[("reflection_id", "reflections", "id")],
        strict=True,
    )
    db.table("revisits").create_index(
        ["reflection_id", "weeks"], index_name="revisits_return", unique=True
    )


@_migration("0006_coach_sessions")
def _coach_sessions(db: Database) -> None:
    # An answer marked private is never offered to a coach and never exported unasked.
    db.table("answers").add_column("private", int, not_null_default=0)
    db.table("sessions").create(
        {
            "id": int,
            "started_at": str,
            "ended_at": str,  # NULL while it runs
            "goal": str,  # what the user wants from the hour
            "agenda": str,  # JSON: the items chosen, in order
            "notes": str,
        },
        pk="id",
        not_null={"started_at", "goal", "agenda", "notes"},
        defaults={"goal": "", "agenda": "[]", "notes": ""},
        strict=True,
    )
    db.table("reflections").add_column("session_id", int)
    db.table("commitments").add_column("session_id", int)


# Emoji as letters of words, so they can be searched for: unicode61 (Unicode 6.1) takes
# most emoji of its day (😀 👍 ❤ flags) for separators. These are Unicode's
# Extended_Pictographic code points (the arrows and those among punctuation, Latin-1 and
# letter-like symbols, such as © ‼ ™, excepted: they stay between words), with what joins
# them into one emoji: ZWJ, variation selectors, the keycap, skin tones (U+1F3FB..U+1F3FF)
# and regional indicators (in U+1F000..U+1FAFF), and the tags of subdivision flags.
# Frozen with migration 0007: a new list needs a new migration.
EMOJI_TOKENCHARS = "".join(
    chr(code)
    for first, last in (
        (0x200D, 0x200D),  # zero width joiner
        (0x20E3, 0x20E3),  # combining enclosing keycap
        (0xFE0E, 0xFE0F),  # text and emoji variation selectors
        (0x231A, 0x231B),
        (0x2328, 0x2328),
        (0x23CF, 0x23CF),
        (0x23E9, 0x23F3),
        (0x23F8, 0x23FA),
        (0x24C2, 0x24C2),
        (0x25AA, 0x25AB),
        (0x25B6, 0x25B6),
        (0x25C0, 0x25C0),
        (0x25FB, 0x25FE),
        (0x2600, 0x2605),
        (0x2607, 0x2612),
        (0x2614, 0x2685),
        (0x2690, 0x2705),
        (0x2708, 0x2712),
        (0x2714, 0x2714),
        (0x2716, 0x2716),
        (0x271D, 0x271D),
        (0x2721, 0x2721),
        (0x2728, 0x2728),
        (0x2733, 0x2734),
        (0x2744, 0x2744),
        (0x2747, 0x2747),
        (0x274C, 0x274C),
        (0x274E, 0x274E),
        (0x2753, 0x2755),
        (0x2757, 0x2757),
        (0x2763, 0x2767),
        (0x2795, 0x2797),
        (0x27A1, 0x27A1),
        (0x27B0, 0x27B0),
        (0x27BF, 0x27BF),
        (0x2B1B, 0x2B1C),
        (0x2B50, 0x2B50),
        (0x2B55, 0x2B55),
        (0x3297, 0x3297),
        (0x3299, 0x3299),
        (0x1F000, 0x1FAFF),  # the emoji planes: faces, people, flags, skin tones, objects
        (0xE0020, 0xE007F),  # tags (🏴 and tags: the flag of England, Scotland, Wales)
    )
    for code in range(first, last + 1)
)
EMOJI_TOKENIZER = f"{FTS_TOKENIZER} tokenchars '{EMOJI_TOKENCHARS}'"


def _search_index(db: Database, table: str, columns: list[str], tokenizer: str) -> None:
    """The FTS5 index of `table` and its triggers, made again, as sqlite-utils' enable_fts
    makes them (same names, same triggers) but one statement at a time: sqlite-utils splits
    a script character by character, which took a third of a second over this tokenizer."""
    fts = f"{table}_fts"
    for suffix in ("ai", "ad", "au"):
        db.execute(f'DROP TRIGGER IF EXISTS "{table}_{suffix}"')
    db.execute(f'DROP TABLE IF EXISTS "{fts}"')
    names = ", ".join(f'"{c}"' for c in columns)
    new = ", ".join(f'new."{c}"' for c in columns)
    old = ", ".join(f'old."{c}"' for c in columns)
    quoted = tokenizer.replace("'", "''")
    db.execute(
        f'CREATE VIRTUAL TABLE "{fts}" USING FTS5 ({names}, '
        f"tokenize='{quoted}', content=\"{table}\")"
    )
    db.execute(f'INSERT INTO "{fts}" (rowid, {names}) SELECT rowid, {names} FROM "{table}"')
    add = f'INSERT INTO "{fts}" (rowid, {names}) VALUES (new.rowid, {new});'
    remove = f'INSERT INTO "{fts}" ("{fts}", rowid, {names}) VALUES(\'delete\', old.rowid, {old});'
    for suffix, when, body in (
        ("ai", "INSERT", add),
        ("ad", "DELETE", remove),
        ("au", "UPDATE", f"{remove}\n  {add}"),
    ):
        db.execute(
            f'CREATE TRIGGER "{table}_{suffix}" AFTER {when} ON "{table}" BEGIN\n  {body}\nEND'
        )


@_migration("0007_emoji_in_search")
def _emoji_in_search(db: Database) -> None:
    # Both indexes are made again with the new tokenizer, their triggers with them, inside
    # the migration's transaction: a failure leaves the old ones as they were.
    _search_index(db, "answers", ["text"], EMOJI_TOKENIZER)
    _search_index(db, "reflections", ["title", "customer", "deal"], EMOJI_TOKENIZER)


@_migration("0008_commitments_kept")
def _commitments_kept(db: Database) -> None:
    # "Still on your list?" is asked once of a commitment without a date: the day it was
    # kept is remembered so it is not asked again (coaching/due.py).
    db.table("commitments").add_column("kept_on", str)  # an ISO date; NULL until kept


@_migration("0009_listening")
def _listening(db: Database) -> None:
    # A choice question's answer (a deal's outcome), and a follow-up's origin: the rule
    # that asked it, the line that said why, and the answer that called for it.
    for column in ("choice", "asked_because", "why", "follows"):
        db.table("answers").add_column(column, str)


@_migration("0010_attachments")
def _attachments(db: Database) -> None:
    # Pictures and files kept inside the journal, so they are encrypted and backed up with
    # it. The bytes come last in the row: listing what a reflection holds reads the columns
    # before them and never the pages the bytes overflow into.
    db.table("attachments").create(
        {
            "id": int,
            "reflection_id": int,
            "question_id": str,  # NULL: the reflection's as a whole, not one answer's
            "name": str,  # the file's name, unique within its reflection
            "media_type": str,  # as the bytes show it (coaching/file_kinds.py)
            "size": int,
            "sha256": str,  # hex
            "created_at": str,
            "data": bytes,
        },
        pk="id",
        not_null={"reflection_id", "name", "media_type", "size", "sha256", "created_at", "data"},
        foreign_keys=[("reflection_id", "reflections", "id")],
        strict=True,
    )
    db.table("attachments").create_index(
        ["reflection_id", "name"], index_name="attachments_name", unique=True
    )
    # Counts per reflection and the journal's total size, read without touching the bytes.
    db.table("attachments").create_index(
        ["reflection_id", "size"], index_name="attachments_reflection_size"
    )


@_migration("0011_own_words")
def _own_words(db: Database) -> None:
    # The words the spell check should count as right ("Add to my words"): customers' and
    # colleagues' names among them, so they live inside the journal, encrypted with it.
    db.table("own_words").create(
        {"word": str, "added_at": str}, pk="word", not_null={"added_at"}, strict=True
    )


def known_migrations() -> list[str]:
    """The names of every migration this version knows, in order."""
    return [name for name, _ in _STEPS]
