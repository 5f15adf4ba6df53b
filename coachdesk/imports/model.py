"""What every importer hands back: the entries read, what was left out, and what went wrong.

Pure Python, no Qt and no journal: an importer only reads. The times are what the other
app showed the writer (the day and the clock on the wall where it was written), placed on
this computer's clock, so an entry lands on the day it was written wherever it was.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from coachdesk.coaching.attachments import NewAttachment
from coachdesk.coaching.flows import Flow
from coachdesk.coaching.jsonl import MAX_TEXT_BYTES, MAX_YEAR, MIN_YEAR
from coachdesk.coaching.reflections import Answer, NewReflection, normalize_tags

NOON = time(12, 0)
STARRED = "starred"  # the tag a starred (favourite) entry gets
_BLANK_LINES = re.compile(r"\n[ \t]*\n(?:[ \t]*\n)+")


class ImportProblem(Exception):
    """Why a source cannot be imported at all; nothing is written then."""


class UnknownFormat(ImportProblem):
    """The source is of no format coachdesk knows, or of more than one (`candidates`)."""

    def __init__(self, message: str, candidates: tuple[str, ...] = ()) -> None:
        super().__init__(message)
        self.candidates = candidates


class NeedsPassphrase(ImportProblem):
    """The source is encrypted and no passphrase was given."""


class WrongPassphrase(ImportProblem):
    """The passphrase given does not open the source."""


class ImportCancelled(Exception):
    """The user cancelled; nothing was written."""


@dataclass(frozen=True)
class BadPart:
    """A file or entry of the source that cannot be read, and why."""

    where: str
    problem: str

    def __str__(self) -> str:
        return f"{self.where}: {self.problem}"


@dataclass(frozen=True)
class LeftOut:
    """A photo or other file that does not come along: its kind, its name, and why."""

    kind: str  # "photo", "video", "audio", "pdf", "file"
    name: str
    entry: str = ""  # which entry it belonged to (its date), if known
    why: str = ""  # "is not a kind of file coachdesk keeps", "is not in the export" …


@dataclass(frozen=True)
class ImportedEntry:
    """One entry of another app, read and checked: a free note to be."""

    written: datetime  # timezone-aware
    title: str
    text: str
    tags: tuple[str, ...]
    where: str = ""  # the file or line it came from, to name it in a problem
    # coachdesk's own export: the reflection as it was (its flow, answers, customer, deal)
    reflection: Callable[[Flow], NewReflection] | None = None
    attachments: tuple[NewAttachment, ...] = ()  # its photos and files that come along

    def as_reflection(self, free_note: Flow) -> NewReflection:
        """The entry as a reflection: a free note unless it says otherwise."""
        if self.reflection is not None:
            return self.reflection(free_note)
        question = free_note.questions[0]
        answer = Answer(question.id, question.text, question.kind, 0, text=self.text)
        return NewReflection(
            free_note,
            (answer,),
            self.written,
            title=self.title,
            tags=self.tags,
            attachments=self.attachments,
        )


@dataclass
class SourceRead:
    """Everything read from one source, before the journal is touched."""

    format: str
    entries: list[ImportedEntry] = field(default_factory=list)
    bad: list[BadPart] = field(default_factory=list)  # refused unless skipped
    left_out: list[LeftOut] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # what was passed over, said once each

    @property
    def first(self) -> date | None:
        """The day of the oldest entry."""
        if not self.entries:
            return None
        return min(e.written for e in self.entries).astimezone().date()

    @property
    def last(self) -> date | None:
        """The day of the newest entry."""
        if not self.entries:
            return None
        return max(e.written for e in self.entries).astimezone().date()

    def tags(self) -> list[tuple[str, int]]:
        """Every tag with how many entries carry it, most used first."""
        counted: dict[str, int] = {}
        for entry in self.entries:
            for tag in entry.tags:
                counted[tag] = counted.get(tag, 0) + 1
        return sorted(counted.items(), key=lambda item: (-item[1], item[0]))


class Watch:
    """Progress while reading, and the way a cancel gets in: `step` raises ImportCancelled
    once the user cancelled. The default watches nothing."""

    def step(self, done: int, total: int) -> None:
        """`done` of `total` parts read."""


NO_WATCH = Watch()


def on_this_computer(wall_clock: datetime) -> datetime:
    """A naive date and time as the writer saw it, on this computer's clock (its own time
    zone and daylight saving time for that date; the later of two equal hours in autumn
    when `fold` says so). A time the spring change skips (02:30 where clocks jump from 2 to
    3) is read with the offset before the change, so it shows as 03:30 that same day."""
    moment = wall_clock.astimezone()
    if moment.replace(tzinfo=None, fold=0) == wall_clock.replace(fold=0):
        return moment
    before = (wall_clock - timedelta(hours=6)).astimezone().utcoffset() or timedelta(0)
    return (wall_clock.replace(fold=0) - before).replace(tzinfo=UTC).astimezone()


def in_own_zone(moment: datetime, zone: str | None) -> datetime:
    """An exact moment written in time zone `zone` (an IANA name), placed at the same date
    and clock time here; an unknown or missing zone keeps the moment as it is."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    if zone:
        try:
            there = moment.astimezone(ZoneInfo(zone))
        except (ZoneInfoNotFoundError, ValueError, OSError):
            return moment.astimezone()
        return on_this_computer(there.replace(tzinfo=None))
    return moment.astimezone()


def on_day(day: date, at: time = NOON) -> datetime:
    """A day without a time (a daily note): taken at noon, as coachdesk's own import does."""
    return on_this_computer(datetime.combine(day, at))


def problem_with_time(written: datetime) -> str | None:
    """Why `written` cannot be stored (outside the years a journal holds), or None."""
    try:
        years = (written.astimezone(UTC).year, written.astimezone().year)
    except (OverflowError, ValueError, OSError):
        return "the date is out of range"
    if all(MIN_YEAR <= year <= MAX_YEAR for year in years):
        return None
    return f"the date must fall in the years {MIN_YEAR} to {MAX_YEAR}"


def tidy(text: str) -> str:
    """Text as stored: Unix line ends, no trailing blanks, at most one empty line in a row."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = "\n".join(line.rstrip() for line in text.split("\n"))
    return _BLANK_LINES.sub("\n\n", text).strip()


def title_and_body(text: str, longest: int = 120) -> tuple[str, str]:
    """Day One and Journey keep no title: their first line is one (a Markdown heading, or
    a short line with more below); a lone line or a long first paragraph stays text."""
    text = tidy(text)
    first, _, rest = text.partition("\n")
    heading = first.lstrip().startswith("#")
    title = first.strip().lstrip("#").strip()
    if title and len(title) <= longest and (heading or rest.strip()):
        return title, rest.strip()
    return "", text


def checked_entry(
    written: datetime,
    title: str,
    text: str,
    tags: Sequence[str],
    where: str,
    read: SourceRead,
    attachments: Sequence[NewAttachment] = (),
) -> ImportedEntry | None:
    """An entry when it can be stored; otherwise None and a bad part naming it."""
    problem = problem_with_time(written)
    if problem is None:
        try:
            size = len(title.encode("utf-8")) + len(text.encode("utf-8"))
            for tag in tags:
                tag.encode("utf-8")
        except UnicodeEncodeError:
            problem = "the text holds a character that is not Unicode (an unpaired surrogate)"
        else:
            if size > MAX_TEXT_BYTES:
                problem = f"longer than {MAX_TEXT_BYTES // (1024 * 1024)} MB of text"
    if problem is not None:
        read.bad.append(BadPart(where, problem))
        return None
    title = " ".join(title.split())
    entry = ImportedEntry(
        written, title, tidy(text), normalize_tags(tags), where, attachments=tuple(attachments)
    )
    read.entries.append(entry)
    return entry
