"""Finding reflections again: the timeline, its filters and full-text search, as SQL.

Through sqlite-utils in the store, and through a bare read-only connection in the command
line's quick reader (quick_read.py): both only need to run SQL and get rows as dicts.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta
from typing import Any, Protocol

from coachdesk.coaching.filters import TimelineFilter, same_days
from coachdesk.coaching.reflections import ReflectionSummary, SearchHit
from coachdesk.storage.query_text import Terms, parse, snippet
from coachdesk.storage.rows import SUMMARY_SQL, local_day_start, summary


class Database(Protocol):
    """What the queries here need of a connection (sqlite-utils' Database has it)."""

    def execute(self, sql: str, parameters: Any = None, /) -> Any:
        """Run one statement; a cursor."""

    def query(self, sql: str, params: Any = None, /) -> Iterable[dict[str, Any]]:
        """Run one select; its rows as dicts."""


def filter_sql(chosen: TimelineFilter) -> tuple[str, dict[str, Any]]:
    """A SQL condition on `reflections r` with named parameters ('1' when nothing is chosen)."""
    parts: list[str] = []
    params: dict[str, Any] = {}
    if chosen.flow_id:
        parts.append("r.flow_id = :f_flow")
        params["f_flow"] = chosen.flow_id
    if chosen.tag:
        parts.append(
            "exists (select 1 from reflection_tags t"
            " where t.reflection_id = r.id and t.tag = :f_tag)"
        )
        params["f_tag"] = chosen.tag
    if chosen.customer:
        parts.append("r.customer = :f_customer")
        params["f_customer"] = chosen.customer
    if chosen.deal:
        parts.append("r.deal = :f_deal")
        params["f_deal"] = chosen.deal
    if chosen.date_from:
        parts.append("r.created_at >= :f_from")
        params["f_from"] = local_day_start(chosen.date_from)
    if chosen.date_to:
        parts.append("r.created_at < :f_to")
        params["f_to"] = local_day_start(chosen.date_to + timedelta(days=1))
    if chosen.on_this_day:
        days = {
            f"f_day{i}": f"{m:02d}-{d:02d}"
            for i, (m, d) in enumerate(same_days(chosen.on_this_day))
        }
        # SQLite's 'localtime' and Python's local time both come from the C library.
        parts.append(
            f"strftime('%m-%d', r.created_at, 'localtime') in ({', '.join(':' + k for k in days)})"
        )
        parts.append("r.created_at < :f_year")
        params.update(days)
        params["f_year"] = local_day_start(date(chosen.on_this_day.year, 1, 1))
    return (" and ".join(parts) or "1"), params


def count(db: Database, chosen: TimelineFilter) -> int:
    """How many reflections there are within the filter, drafts included."""
    condition, params = filter_sql(chosen)
    sql = f"select count(*) from reflections r where {condition}"
    return int(db.execute(sql, params).fetchone()[0])


def timeline(
    db: Database, offset: int, limit: int, chosen: TimelineFilter
) -> list[ReflectionSummary]:
    """Reflections newest first, a page at a time, within the filter."""
    condition, params = filter_sql(chosen)
    rows = db.query(
        f"{SUMMARY_SQL} where {condition}"
        " order by r.created_at desc, r.id desc limit :limit offset :offset",
        {**params, "limit": limit, "offset": offset},
    )
    return [summary(row) for row in rows]


# Walking an index from its newest match down: ids follow time (keys.py), so the
# first rows are the newest and the walk stops after a page.
_ANSWER_WALK = """
select f.rowid, a.reflection_id from answers_fts f
  join answers a on a.id = f.rowid
  join reflections r on r.id = a.reflection_id
where answers_fts match :q and f.rowid < :below and {condition}
order by f.rowid desc limit :batch
"""
_REFLECTION_WALK = """
select f.rowid, f.rowid from reflections_fts f
  join reflections r on r.id = f.rowid
where reflections_fts match :q and f.rowid < :below and {condition}
order by f.rowid desc limit :batch
"""
_NO_LIMIT = 1 << 62


def _walk(db: Database, sql: str, params: dict[str, Any], need: int) -> dict[int, int]:
    """The first `need` distinct reflections a walk meets, with the row that matched."""
    found: dict[int, int] = {}
    below = _NO_LIMIT
    batch = max(64, need * 2)
    while len(found) < need:
        rows = db.execute(sql, {**params, "below": below, "batch": batch}).fetchall()
        for row_id, reflection_id in rows:
            found.setdefault(reflection_id, row_id)
        if len(rows) < batch:
            break
        below = rows[-1][0]
    return found


def _newest(
    db: Database, terms: Terms, chosen: TimelineFilter, need: int
) -> list[tuple[int, int | None]]:
    """(reflection id, matching answer id or None) for the newest `need` matches."""
    condition, params = filter_sql(chosen)
    params = {**params, "q": terms.fts()}
    by_answer = _walk(db, _ANSWER_WALK.format(condition=condition), params, need)
    by_details = _walk(db, _REFLECTION_WALK.format(condition=condition), params, need)
    newest = sorted(by_answer.keys() | by_details.keys(), reverse=True)[:need]
    return [(rid, by_answer.get(rid)) for rid in newest]


def _best(
    db: Database, terms: Terms, chosen: TimelineFilter, need: int
) -> list[tuple[int, int | None]]:
    """The same, best match first: every match is ranked, so slower on common words."""
    condition, params = filter_sql(chosen)
    rows = db.execute(
        f"""
        with scored as (
          select a.reflection_id as rid, a.id as aid, f.rank as score
            from answers_fts f join answers a on a.id = f.rowid where answers_fts match :q
          union all
          select rowid, null, rank from reflections_fts where reflections_fts match :q
        ), best as (select rid, aid, min(score) as score from scored group by rid)
        select best.rid, best.aid from best join reflections r on r.id = best.rid
        where {condition} order by best.score, r.created_at desc limit :need
        """,
        {**params, "q": terms.fts(), "need": need},
    ).fetchall()
    return [(rid, aid) for rid, aid in rows]


def search(
    db: Database,
    text: str,
    chosen: TimelineFilter = TimelineFilter(),  # noqa: B008 (frozen, never changed)
    best: bool = False,
    limit: int = 50,
    offset: int = 0,
) -> list[SearchHit]:
    """Reflections matching `text`, newest first (or best match first), with snippets."""
    terms = parse(text)
    if terms is None:
        return []
    matches = (_best if best else _newest)(db, terms, chosen, offset + limit)[offset:]
    if not matches:
        return []
    ids = ", ".join(str(int(rid)) for rid, _ in matches)
    summaries = {s.id: s for s in map(summary, db.query(f"{SUMMARY_SQL} where r.id in ({ids})"))}
    answer_ids = ", ".join(str(int(aid)) for _, aid in matches if aid is not None)
    answers = {
        row["id"]: row
        for row in db.query(f"select id, question_id, text from answers where id in ({answer_ids})")
    }
    hits = []
    for rid, aid in matches:
        found = summaries[rid]
        if aid is not None and aid in answers:
            row = answers[aid]
            hits.append(SearchHit(found, row["question_id"], snippet(row["text"], terms)))
        else:
            details = " · ".join(p for p in (found.title, found.customer) if p)
            hits.append(SearchHit(found, None, snippet(details or found.preview, terms)))
    return hits


def search_count(db: Database, text: str, chosen: TimelineFilter = TimelineFilter()) -> int:  # noqa: B008
    """How many reflections match `text` within the filter (reads every match)."""
    terms = parse(text)
    if terms is None:
        return 0
    condition, params = filter_sql(chosen)
    sql = f"""select count(*) from reflections r where r.id in (
        select a.reflection_id from answers a
          where a.id in (select rowid from answers_fts where answers_fts match :q)
        union select rowid from reflections_fts where reflections_fts match :q) and {condition}"""
    return int(db.execute(sql, {"q": terms.fts(), **params}).fetchone()[0])
