"""Synthetic journals for the benchmark: `coachdesk demo --years N` (coachdesk.demo_years).

Cached in .bench under a name that says what made them: the years, the seed, the schema
version (how many migrations this version knows), a hash of everything that decides what
lands in the journal (the generator, the domain and storage code, the flows) and the day
the journal ends on. A journal built by an older schema or generator was once reused
silently, and the bench measured a journal without the coaching loop in use; the day is in
the name because what is due this week depends on it. Files of other names are removed.
"""

from __future__ import annotations

import hashlib
import shutil
from datetime import date
from pathlib import Path

import coachdesk
from coachdesk.coaching.flows import load_flows
from coachdesk.demo_years import SEED, fill_years
from coachdesk.resources import flows_dir
from coachdesk.storage import JournalStore
from coachdesk.storage.migrations import known_migrations

LANGUAGE = "nl"  # Dutch, with some English in it: search meets diacritics and both languages
PREFIX = "journal-"


def fingerprint() -> str:
    """The schema version and a short hash of the code and data that make the journal."""
    package = Path(coachdesk.__file__).parent
    sources = [Path(__file__), package / "demo_years.py", package / "demo_phrases.py"]
    for folder in (package / "coaching", package / "storage"):
        sources += sorted(folder.glob("*.py"))
    sources += sorted((flows_dir() / LANGUAGE).glob("*.toml"))
    digest = hashlib.sha256()
    for source in sources:
        digest.update(source.name.encode() + b"\0" + source.read_bytes())
    return f"m{len(known_migrations())}-g{digest.hexdigest()[:8]}"


def journal_path(cache: Path, years: int, today: date) -> Path:
    """Where the journal of `years` years ending yesterday is kept."""
    return cache / f"{PREFIX}{years}y-s{SEED}-{fingerprint()}-d{today:%Y%m%d}.sqlite"


def twin_path(path: Path) -> Path:
    """The same journal without the coaching loop (see build_twin)."""
    return path.with_name(path.stem + "-noloop.sqlite")


def build(path: Path, years: int, today: date) -> bool:
    """Make the journal at `path` unless it is there; True when it was made now."""
    if path.exists():
        return False
    partial = _fresh_partial(path)
    store = JournalStore.open(partial)
    try:
        fill_years(store, load_flows(flows_dir(), LANGUAGE), years, today, LANGUAGE)
    finally:
        store.close()
    partial.rename(path)
    return True


def build_twin(path: Path) -> Path:
    """A copy of `path` with the same reflections and check-ins, but its commitments and
    lessons' returns deleted: what the start is compared with (the loop should cost little)."""
    twin = twin_path(path)
    if twin.exists():
        return twin
    partial = _fresh_partial(twin)
    shutil.copy(path, partial)
    store = JournalStore.open(partial)
    try:
        store._db.execute("delete from commitments")
        store._db.execute("delete from revisits")
        store._db.conn.commit()
        store._db.execute("vacuum")  # as compact as a journal that never had them
    finally:
        store.close()
    partial.rename(twin)
    return twin


def _fresh_partial(path: Path) -> Path:
    partial = path.with_name(path.name + ".partial")
    for leftover in partial.parent.glob(partial.name + "*"):  # a run that was interrupted
        leftover.unlink()
    return partial


def remove_stale(cache: Path, kept: list[Path]) -> list[Path]:
    """Remove the cached journals (and their encrypted copies, keys, twins, logs) that are
    not derived from one of `kept`; returns what was removed."""
    stems = tuple(path.stem for path in kept)
    removed = []
    for found in sorted(cache.glob(PREFIX + "*")):
        if found.is_file() and not found.name.startswith(stems):
            found.unlink()
            removed.append(found)
    return removed
