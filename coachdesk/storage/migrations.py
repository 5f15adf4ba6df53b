"""The journal's schema, one sqlite-utils migration per change, never edited once released.

The schema version of a journal is the number of these migrations applied to it.
A journal that has a migration this list does not know came from a newer coachdesk.
"""

from __future__ import annotations

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

MIGRATION_SET = "coachdesk"
migrations = Migrations(MIGRATION_SET)

# The tokenizer folds case and strips diacritics, so "cafe" finds "café".
FTS_TOKENIZER = "unicode61 remove_diacritics 2"


@migrations(name="0001_reflections_and_answers")
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


@migrations(name="0002_answers_search")
def _answers_search(db: Database) -> None:
    db.table("answers").enable_fts(["text"], tokenize=FTS_TOKENIZER, create_triggers=True)


def known_migrations() -> list[str]:
    """The names of every migration this version knows, in order."""
    return [m.name for m in migrations.pending(Database(memory=True, execute_plugins=False))]
