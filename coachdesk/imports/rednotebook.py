"""RedNotebook: a folder of month files (YYYY-MM.txt), each YAML mapping the day of the
month to {text: "…"} and its categories ({Work: {"met Jan": null}}).

A day becomes an entry at noon (RedNotebook keeps no time). Its #hashtags and categories
become tags, a category's entries lines at the end of the text ("Work: met Jan"), and its
txt2tags markup plain text. Files written by RedNotebook under Python 2 carry
`!!python/unicode` and `!!python/str` tags: read as the text they are.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path
from typing import Any

import yaml

from coachdesk.imports.files import as_text, part_bytes
from coachdesk.imports.model import (
    NO_WATCH,
    BadPart,
    ImportProblem,
    SourceRead,
    Watch,
    checked_entry,
    on_day,
)
from coachdesk.imports.text import txt2tags_text

FORMAT = "rednotebook"
MONTH_FILE = re.compile(r"^(\d{4})-(\d{2})\.txt$")
# RedNotebook's hashtag: # and a word, not in the middle of a word or an address.
_HASHTAG = re.compile(r"(?<![\w/&#])#(\w[\w-]*)")
_HEADING = re.compile(r"\A[ \t]*(=+)[ \t]*(\S.*?)[ \t]*\1[ \t]*(?:\n|\Z)")
_Base: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _Loader(_Base):  # type: ignore[misc]
    """YAML's safe loader (in C where there is one), plus Python 2's string tags."""


def _string(loader: Any, node: yaml.Node) -> str:
    return str(loader.construct_scalar(node))


for _tag in ("tag:yaml.org,2002:python/unicode", "tag:yaml.org,2002:python/str"):
    _Loader.add_constructor(_tag, _string)


def month_of(path: Path) -> tuple[int, int] | None:
    """Year and month of a month file's name (2024-03.txt), or None."""
    found = MONTH_FILE.match(path.name)
    if found is None or not 1 <= int(found.group(2)) <= 12:
        return None
    return int(found.group(1)), int(found.group(2))


def _categories(content: dict[Any, Any]) -> tuple[list[str], list[str]]:
    tags: list[str] = []
    lines: list[str] = []
    for name, entries in content.items():
        if name == "text" or not isinstance(name, str | int):
            continue
        tags.append(str(name))
        for entry in entries if isinstance(entries, dict) else []:
            if entry is not None and str(entry).strip():
                lines.append(f"{name}: {txt2tags_text(str(entry)).strip()}")
    return tags, lines


def read_month(text: str, name: str, year: int, month: int, read: SourceRead) -> None:
    """One month file into `read`; a file YAML cannot read is a bad part."""
    try:
        days = yaml.load(text, Loader=_Loader)  # noqa: S506 (a safe loader)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        where = f" (line {mark.line + 1})" if mark is not None else ""
        read.bad.append(BadPart(name, f"not YAML it can read{where}"))
        return
    if days is None:
        return
    if not isinstance(days, dict):
        read.bad.append(BadPart(name, "not a RedNotebook month (no days in it)"))
        return
    for day, content in sorted(days.items(), key=lambda item: str(item[0]).zfill(2)):
        where = f"{name}, day {day}"
        try:
            when = on_day(date(year, month, int(day)))
        except (TypeError, ValueError):
            read.bad.append(BadPart(where, "not a day of the month"))
            continue
        if not isinstance(content, dict):
            continue
        raw = content.get("text")
        title, body = "", txt2tags_text(str(raw)) if raw is not None else ""
        heading = _HEADING.match(str(raw or ""))
        if heading is not None:  # a day that starts with "= Title =" has that title
            title, body = heading.group(2), txt2tags_text(str(raw)[heading.end() :])
        tags, lines = _categories(content)
        if lines:
            body = "\n\n".join(part for part in (body.strip(), "\n".join(lines)) if part)
        if not body.strip() and not title:
            continue
        hashtags = _HASHTAG.findall(str(raw or "")) + [
            t for line in lines for t in _HASHTAG.findall(line)
        ]
        checked_entry(when, title, body, [*hashtags, *tags], where, read)


def read(path: Path, passphrase: str | None = None, watch: Watch = NO_WATCH) -> SourceRead:
    """The data folder (or one month file)."""
    del passphrase
    read_ = SourceRead(FORMAT)
    files = sorted(p for p in path.iterdir() if month_of(p)) if path.is_dir() else [path]
    if not files or month_of(files[0]) is None:
        raise ImportProblem(f"{path} holds no RedNotebook month files (YYYY-MM.txt)")
    for number, file in enumerate(files, start=1):
        year_month = month_of(file)
        assert year_month is not None
        data = part_bytes(file, file.name, read_.bad)
        text = None if data is None else as_text(data, file.name, read_.bad)
        if text is not None:
            read_month(text, file.name, *year_month, read_)
        watch.step(number, len(files))
    return read_
