"""Daylio's CSV export: one row per entry, moods and activities as tags, the note as text.

Columns: full_date (or the oldest exports' year), date, weekday, time, mood, activities
(joined by " | "), note_title, note, and in newer exports scales. The time is written the
way the phone's language writes it: "6:50 pm", "18:50", "6.50 p.m.", "18 h 50".
"""

from __future__ import annotations

import csv
import io
import re
from datetime import date, datetime
from pathlib import Path

from coachdesk.imports.files import as_text, read_bytes
from coachdesk.imports.model import (
    NO_WATCH,
    BadPart,
    ImportProblem,
    SourceRead,
    Watch,
    checked_entry,
    on_this_computer,
)
from coachdesk.imports.text import html_to_text, looks_like_html

FORMAT = "daylio"
_TIME = re.compile(
    r"^\s*(\d{1,2})\s*(?:[:.hH]|\s*h\s*)\s*(\d{2})(?:[:.](\d{2}))?\s*"
    r"(?:([AaPp])\.?\s?[Mm]\.?)?\s*$"
)
_OLD_DATE = re.compile(r"^\s*(\d{1,2})\s+(\w+)\s*$")
_MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ],
        start=1,
    )
    for name in names
}


def is_export(header: list[str]) -> bool:
    """True for the header row of a Daylio export."""
    names = {h.strip().lstrip("\ufeff").lower() for h in header}
    return {"mood", "activities", "time"} <= names and bool(names & {"full_date", "year"})


def parse_time(text: str) -> tuple[int, int] | None:
    """Hour and minute as the phone wrote them, or None."""
    found = _TIME.match(text)
    if found is None:
        return None
    hour, minute = int(found.group(1)), int(found.group(2))
    half = found.group(4)
    if half is not None:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if half in "Pp" else 0)
    if hour > 23 or minute > 59:
        return None
    return hour, minute


def _day(row: dict[str, str]) -> date | None:
    full = row.get("full_date", "").strip()
    if full:
        try:
            return date.fromisoformat(full)
        except ValueError:
            return None
    found = _OLD_DATE.match(row.get("date", ""))  # the oldest exports: year, "18 May"
    month = _MONTHS.get(found.group(2).lower()) if found else None
    try:
        return (
            date(int(row.get("year", "")), month, int(found.group(1))) if found and month else None
        )
    except ValueError:
        return None


def _shown(row: dict[str, str]) -> str:
    written = f"{row.get('full_date') or row.get('date', '')} {row.get('time', '')}"
    return written.strip()[:40]


def _plain(note: str) -> str:
    return html_to_text(note) if looks_like_html(note) else note


def read(path: Path, passphrase: str | None = None, watch: Watch = NO_WATCH) -> SourceRead:
    """Every row of the export; a row whose date or time cannot be read is a bad part."""
    del passphrase
    read_ = SourceRead(FORMAT)
    text = as_text(read_bytes(path), path.name, read_.bad)
    if text is None:
        raise ImportProblem(f"{path.name}: {read_.bad[0].problem}")
    rows = csv.reader(io.StringIO(text, newline=""))
    try:
        header = [h.strip().lower() for h in next(rows, [])]
        if not is_export(header):
            raise ImportProblem(f"{path.name} is not a Daylio export (no mood and time columns)")
        records = list(rows)
    except csv.Error as error:
        raise ImportProblem(f"{path.name} is not CSV it can read ({error})") from None
    for number, values in enumerate(records, start=2):
        where = f"{path.name}, line {number}"
        if not any(v.strip() for v in values):
            continue
        row = dict(zip(header, values, strict=False))
        day, clock = _day(row), parse_time(row.get("time", ""))
        if day is None or clock is None:
            read_.bad.append(BadPart(where, f"no date and time it can read ({_shown(row)})"))
            continue
        when = on_this_computer(datetime(day.year, day.month, day.day, *clock))
        mood = row.get("mood", "").strip()
        activities = [a.strip() for a in row.get("activities", "").split("|") if a.strip()]
        parts = [_plain(row.get("note", "")).strip(), row.get("scales", "").strip()]
        # Without a title of its own the entry is named by its mood and what was done.
        title = _plain(row.get("note_title", "")).strip() or " · ".join(
            part for part in (mood, ", ".join(activities)) if part
        )
        checked_entry(
            when, title, "\n\n".join(p for p in parts if p), [mood, *activities], where, read_
        )
        if number % 200 == 0:
            watch.step(number, len(records))
    watch.step(len(records), len(records))
    return read_
