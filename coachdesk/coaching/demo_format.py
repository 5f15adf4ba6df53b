"""Reading the demo file's TOML: each value checked, and a mistake named by where it is
("reflection 3 (12 days ago): 'time' must be a time like \"18:00\""). Shared by the demo's
reflections and loop (demo.py) and its coaching hours (demo_sessions.py).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from coachdesk.coaching.commitments import CommitmentState

DEFAULT_TIME = "18:00"
_CLOCK = re.compile(r"(\d{1,2}):(\d{2})")
CLOSING_KEYS = {"outcome", "closed_days_ago", "closed_time"}


class DemoFormatError(ValueError):
    """The demo file does not follow its format; the message names the entry."""


@dataclass(frozen=True)
class Closing:
    """How a commitment was closed: done or let go, what happened, and when."""

    state: CommitmentState
    outcome: str  # the answer to "what happened?"
    at: datetime


@dataclass(frozen=True)
class HandCommitment:
    """A commitment made by hand (in a coaching hour, say), and what became of it."""

    text: str
    created_at: datetime
    due: date | None
    closing: Closing | None  # None: still open


# Values ----------------------------------------------------------------------------------


def _table(raw: object, where: str) -> dict[str, object]:
    if not isinstance(raw, dict):
        raise DemoFormatError(f"{where}: must be a table")
    return raw


def _entries(raw: object, key: str, name: str) -> list[tuple[str, dict[str, object]]]:
    """The tables of an [[array]], each with a name to report problems under."""
    if raw is None:
        return []
    if not isinstance(raw, list):
        raise DemoFormatError(f"'{key}' must be a list of tables ([[{key}]])")
    result = []
    for n, item in enumerate(raw, start=1):
        where = f"{name} {n}"
        entry = _table(item, where)
        days_ago = entry.get("days_ago")
        if isinstance(days_ago, int) and not isinstance(days_ago, bool):
            where += f" ({days_ago} days ago)"
        result.append((where, entry))
    return result


def _known_keys(table: dict[str, object], allowed: set[str], where: str) -> None:
    unknown = sorted(set(table) - allowed)
    if unknown:
        raise DemoFormatError(f"{where}: unknown key '{unknown[0]}'")


def _whole(
    table: dict[str, object], key: str, where: str, low: int | None = None, high: int | None = None
) -> int:
    value = table.get(key)
    if value is None:
        raise DemoFormatError(f"{where}: missing '{key}'")
    if not isinstance(value, int) or isinstance(value, bool):
        raise DemoFormatError(f"{where}: '{key}' must be a whole number")
    if (low is not None and value < low) or (high is not None and value > high):
        span = f"{low}..{high}" if high is not None else f"{low} or more"
        raise DemoFormatError(f"{where}: '{key}' must be {span}, not {value}")
    return value


def _text(table: dict[str, object], key: str, where: str, required: bool = True) -> str:
    value = table.get(key, None if required else "")
    if value is None:
        raise DemoFormatError(f"{where}: missing '{key}'")
    if not isinstance(value, str):
        raise DemoFormatError(f"{where}: '{key}' must be text")
    if required and not value.strip():
        raise DemoFormatError(f"{where}: '{key}' is empty")
    return value.strip()


def _flag(table: dict[str, object], key: str, where: str) -> bool:
    value = table.get(key, False)
    if not isinstance(value, bool):
        raise DemoFormatError(f"{where}: '{key}' must be true or false")
    return value


def _choice(table: dict[str, object], key: str, allowed: tuple[str, ...], where: str) -> str:
    value = table.get(key, allowed[0])
    if value not in allowed:
        raise DemoFormatError(f"{where}: '{key}' must be one of {', '.join(allowed)}")
    return str(value)


def _clock_time(table: dict[str, object], key: str, where: str) -> time:
    value = table.get(key, DEFAULT_TIME)
    found = _CLOCK.fullmatch(value) if isinstance(value, str) else None
    try:
        if found is None:
            raise ValueError(value)
        return time(int(found[1]), int(found[2]))
    except ValueError:
        raise DemoFormatError(f"{where}: '{key}' must be a time like \"18:00\"") from None


def _moment(table: dict[str, object], prefix: str, where: str, sunday: date) -> datetime:
    """When something happened: `<prefix>days_ago` (1 or more) at `<prefix>time`, local.

    Always before the anchor Sunday, so it lies in the past even on that Sunday morning.
    """
    days_ago = _whole(table, f"{prefix}days_ago", where, low=1)
    at = _clock_time(table, f"{prefix}time", where)
    return datetime.combine(sunday - timedelta(days=days_ago), at).astimezone()


def _due(table: dict[str, object], where: str, sunday: date, made: datetime) -> date | None:
    """By when, from `due_days_ago` (negative: after the anchor Sunday); None if not given."""
    if "due_days_ago" not in table:
        return None
    due = sunday - timedelta(days=_whole(table, "due_days_ago", where))
    if due < made.date():
        raise DemoFormatError(f"{where}: due before it was made")
    return due


def _closing(table: dict[str, object], where: str, sunday: date, made: datetime) -> Closing | None:
    """Done or let go with what happened and when; None for a commitment still open."""
    state = CommitmentState(_choice(table, "state", tuple(CommitmentState), where))
    if state is CommitmentState.OPEN:
        given = sorted(CLOSING_KEYS & set(table))
        if given:
            raise DemoFormatError(f"{where}: an open commitment has no '{given[0]}'")
        return None
    at = _moment(table, "closed_", where, sunday)
    if at < made:
        raise DemoFormatError(f"{where}: closed before it was made")
    return Closing(state, _text(table, "outcome", where), at)
