"""A folder of Markdown daily notes: Obsidian (YYYY-MM-DD.md, in any subfolder) and Logseq
(journals/yyyy_MM_dd.md), or any note whose front matter says its date.

The date comes from the file name (YYYY-MM-DD, yyyy_MM_dd, YYYY/MM/DD.md) or the front
matter's `date`; a day without a time is taken at noon. Tags come from the front matter
(`tags`, a list or one line), Logseq's `tags::` line and #tags in the text. The title is
the front matter's `title` or a first `# heading`. Wiki links read as their text; embedded
images and files are named as left out. Notes with no date are not read, and said so.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from pathlib import Path
from typing import Any

import yaml

from coachdesk.imports.files import as_text, part_bytes, walk
from coachdesk.imports.model import (
    NO_WATCH,
    ImportProblem,
    LeftOut,
    SourceRead,
    Watch,
    checked_entry,
    on_day,
    on_this_computer,
    tidy,
)

FORMAT = "markdown"
_NAMED = re.compile(r"^(\d{4})([-_])(\d{2})\2(\d{2})(?!\d)")
_FRONT = re.compile(r"\A(?:\ufeff)?---[ \t]*\r?\n(.*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.S)
_FENCE = re.compile(r"^(```|~~~).*?^\1[ \t]*$", re.M | re.S)
_TAG = re.compile(r"(?<![\w&/#\[(])#(\[\[([^\]\n]+)\]\]|[\w/-]*[^\W\d][\w/-]*)")
_PROPERTY = re.compile(r"^[ \t]*-?[ \t]*([A-Za-z][\w-]*)::[ \t]*(.*)$", re.M)
_EMBED = re.compile(r"!\[\[([^\]\n|]+)(?:\|[^\]\n]*)?\]\]")
_IMAGE = re.compile(r"!\[([^\]\n]*)\]\(([^)\s]+)(?:\s+\"[^\"]*\")?\)")
_WIKI = re.compile(r"\[\[([^\]\n|]+)(?:\|([^\]\n]+))?\]\]")
_HEADING = re.compile(r"\A[ \t]*#[ \t]+(.+?)[ \t#]*(?:\n|\Z)")
_EMPTY_BULLET = re.compile(r"^[ \t]*[-*][ \t]*$", re.M)
_LEFT_KIND = {
    ".png": "photo",
    ".jpg": "photo",
    ".jpeg": "photo",
    ".gif": "photo",
    ".webp": "photo",
    ".heic": "photo",
    ".mp4": "video",
    ".mov": "video",
    ".mp3": "audio",
    ".m4a": "audio",
    ".wav": "audio",
    ".pdf": "pdf",
}


def named_day(path: Path, folder: Path) -> date | None:
    """The day a daily note's name (or YYYY/MM/DD.md path) says, or None."""
    found = _NAMED.match(path.stem)
    try:
        if found is not None:
            return date(int(found.group(1)), int(found.group(3)), int(found.group(4)))
        parts = path.relative_to(folder).parts[-3:]
        if len(parts) == 3 and [len(p) for p in parts] == [4, 2, 5] and path.suffix == ".md":
            return date(int(parts[0]), int(parts[1]), int(path.stem))
    except ValueError:
        return None
    return None


def is_note(path: Path) -> bool:
    """True for a Markdown file."""
    return path.suffix.lower() in (".md", ".markdown")


def front_matter(text: str) -> tuple[dict[str, Any], str, str | None]:
    """The front matter's fields, the text after it, and what is wrong with it (if so)."""
    found = _FRONT.match(text)
    if found is None:
        return {}, text, None
    try:
        fields = yaml.safe_load(found.group(1))
    except yaml.YAMLError:
        return {}, text[found.end() :], "its front matter is not YAML it can read; read without it"
    return (fields if isinstance(fields, dict) else {}), text[found.end() :], None


def _words(value: object) -> list[str]:
    if isinstance(value, str):
        return [w for w in re.split(r"[,\s]+", value) if w]
    if isinstance(value, list):
        return [str(v) for v in value if isinstance(v, str | int) and str(v).strip()]
    return []


def _when(value: object, named: date | None) -> datetime | None:
    if isinstance(value, datetime):
        return value.astimezone() if value.tzinfo else on_this_computer(value)
    if isinstance(value, date):
        return on_day(value)
    if isinstance(value, str) and value.strip():
        try:
            written = datetime.fromisoformat(value.strip())
        except ValueError:
            return on_day(named) if named else None
        if len(value.strip()) == 10:
            return on_day(written.date())
        return written.astimezone() if written.tzinfo else on_this_computer(written)
    return on_day(named) if named else None


def read_note(text: str, name: str, named: date | None, read: SourceRead) -> bool:
    """One note into `read`; False when it has no date (and so is not a daily note)."""
    fields, body, problem = front_matter(text)
    if problem:
        read.notes.append(f"{name}: {problem}")
    when = _when(fields.get("date") or fields.get("created"), named)
    if when is None:
        return False
    day = when.date().isoformat()
    for embedded in _EMBED.findall(body):
        read.left_out.append(
            LeftOut(_LEFT_KIND.get(Path(embedded).suffix.lower(), "file"), embedded, day)
        )
    for _, target in _IMAGE.findall(body):
        if "://" not in target:
            read.left_out.append(
                LeftOut(_LEFT_KIND.get(Path(target).suffix.lower(), "file"), target, day)
            )
    body = _EMBED.sub("", body)
    body = _IMAGE.sub(lambda m: m.group(1) if "://" not in m.group(2) else m.group(0), body)
    tags = _words(fields.get("tags")) + _words(fields.get("tag"))
    for key, value in _PROPERTY.findall(body):
        if key.lower() in ("tags", "tag"):
            tags += [w.strip("[]#") for w in value.split(",") if w.strip("[]# ")]
    body = _PROPERTY.sub(
        lambda m: "" if m.group(1).lower() in ("tags", "tag", "title", "date") else m.group(0), body
    )
    plain = _FENCE.sub("", body)
    tags += [double or single for single, double in _TAG.findall(plain)]
    body = _WIKI.sub(lambda m: m.group(2) or m.group(1), body.replace("#[[", "[["))
    body = _EMPTY_BULLET.sub("", body)
    title = str(fields.get("title") or "").strip()
    heading = _HEADING.match(body.lstrip("\n"))
    if heading is not None and not title:
        title, body = heading.group(1), body.lstrip("\n")[heading.end() :]
    if not tidy(body) and heading is None:  # a front matter title alone is no note
        read.notes.append(f"{name} is empty; it was left out")
        return True
    checked_entry(
        when, title, body, [t.strip("#") for t in tags if not t.startswith("[")], name, read
    )
    return True


def read(path: Path, passphrase: str | None = None, watch: Watch = NO_WATCH) -> SourceRead:
    """Every daily note in the folder and its subfolders (or one note)."""
    del passphrase
    read_ = SourceRead(FORMAT)
    folder = path if path.is_dir() else path.parent
    files = [f for f in walk(path) if is_note(f)] if path.is_dir() else [path]
    if not files:
        raise ImportProblem(f"{path} holds no Markdown notes (.md)")
    undated = 0
    for number, file in enumerate(files, start=1):
        name = str(file.relative_to(folder))
        data = part_bytes(file, name, read_.bad)
        text = None if data is None else as_text(data, name, read_.bad)
        if text is not None and not read_note(text, name, named_day(file, folder), read_):
            undated += 1
        watch.step(number, len(files))
    if undated:
        read_.notes.append(
            f"not read: {undated} Markdown files with no date in their name (YYYY-MM-DD,"
            " yyyy_MM_dd) or front matter"
        )
    empty = [n for n in read_.notes if n.endswith("is empty; it was left out")]
    if len(empty) > 3:  # Logseq makes a page for every day opened: one line says it
        read_.notes = [n for n in read_.notes if n not in empty]
        read_.notes.append(f"left out: {len(empty)} empty notes")
    return read_
