"""What the export child and the window say to each other, written down once for both.

The child is `coachdesk export-pdf --progress`, or `coachdesk export-pdf-warm`, started as
the export dialog opens (cli/pdf.py, cli/pdf_warm.py); the window is ui's export runner.
They talk in lines of UTF-8 text, so the child can be run and read by hand: UTF-8 whatever
the console's code page (on Windows a pipe takes the ANSI one, cp1252, unless told), so the
window sets PYTHONIOENCODING=utf-8 for the child and the child sets its own streams to it.

The window to the child, on standard input:
  1. with --key-stdin, the journal key in hex (never on the command line);
  2. the warm child only: {"prepare": ARGS} whenever the dialog's choice changes, laid out
     ahead in case that is what the user settles on;
  3. the warm child only: ARGS, the export itself; an empty line or the end of input
     means the dialog was cancelled.
  4. `cancel`, at any time after the request: stop at the next page. The child reads its
     standard input on a thread for it, so it is heard during the export on every system
     (Windows cannot poll a pipe, and a windowless child there ignores terminate()).
  ARGS is a JSON list of export-pdf arguments after `--journal PATH`.

The child to the window, on standard output:
  progress DONE TOTAL TEXT     while it works (with --progress)
  prepared                     a preparation is done (the warm child; the window ignores it)
  Wrote N pages to PATH        the file is complete and in place: the last line
  cancelled                    it stopped when asked (`cancel`, or SIGTERM); exit CANCELLED_EXIT
and a failure the user can fix as one line `coachdesk: why` on standard error, exit
USER_ERROR_EXIT. The file is written all at once at the end, or not at all.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Final

from coachdesk import APP_NAME

OK_EXIT: Final = 0
USER_ERROR_EXIT: Final = 1  # any command's: a user error, told in one line
CANCELLED_EXIT: Final = 3

CANCEL: Final = "cancel"
PROGRESS: Final = "progress"
PREPARED: Final = "prepared"
CANCELLED: Final = "cancelled"
WROTE: Final = "Wrote"
_ERROR_PREFIX: Final = f"{APP_NAME}: "


@dataclass(frozen=True)
class Progress:
    """How far the child is: `done` of `total` steps, and what it is doing."""

    done: int
    total: int
    text: str


@dataclass(frozen=True)
class Request:
    """A line from the window to the warm child: lay out ahead, or export."""

    prepare: bool
    arguments: list[str]


def progress_line(done: int, total: int, text: str) -> str:
    """The line the child prints as it goes."""
    return f"{PROGRESS} {done} {total} {text}"


def progress_of(line: str) -> Progress | None:
    """The progress a line tells, None for any other line."""
    if not line.startswith(PROGRESS + " "):
        return None
    _, done, total, *text = line.split(" ", 3)
    if not (done.isdigit() and total.isdigit()):
        return None
    return Progress(int(done), int(total), text[0] if text else "")


def wrote_line(pages: int, target: Path | str) -> str:
    """The child's last line: the file is complete (also what `export-pdf` tells a user)."""
    return f"{WROTE} {pages} {'page' if pages == 1 else 'pages'} to {target}"


def pages_written(line: str) -> int | None:
    """The page count of a "Wrote" line; None for any other line."""
    words = line.split(" ", 2)
    if words[0] != WROTE:
        return None
    return int(words[1]) if len(words) > 1 and words[1].isdigit() else 0


def error_line(why: str) -> str:
    """A failure the user can fix, as every command prints it on standard error."""
    return f"{_ERROR_PREFIX}{why}"


def error_of(stderr: str) -> str | None:
    """What went wrong, from what the child printed on standard error (its last line)."""
    last = stderr.strip().splitlines()[-1:]
    return last[0].removeprefix(_ERROR_PREFIX) if last else None


def key_line(key: bytes) -> bytes:
    """The journal key as the window sends it."""
    return key.hex().encode("ascii") + b"\n"


def key_of(line: str) -> bytes:
    """The journal key from its line; ValueError when it is not hex."""
    return bytes.fromhex(line.strip())


def cancel_line() -> bytes:
    """Ask the child to stop at the next page; the target file stays as it was."""
    return CANCEL.encode("ascii") + b"\n"


def prepare_line(arguments: Sequence[str]) -> bytes:
    """Ask the warm child to lay out these export-pdf arguments ahead."""
    return json.dumps({"prepare": list(arguments)}).encode("utf-8") + b"\n"


def export_line(arguments: Sequence[str]) -> bytes:
    """Ask the warm child to export with these export-pdf arguments."""
    return json.dumps(list(arguments)).encode("utf-8") + b"\n"


def request_of(line: str) -> Request:
    """The request a line from the window makes; ValueError when it is none."""
    try:
        value = json.loads(line)
    except ValueError:
        value = None
    prepare = isinstance(value, dict) and list(value) == ["prepare"]
    if prepare:
        assert isinstance(value, dict)
        value = value["prepare"]
    if not isinstance(value, list) or not all(isinstance(a, str) for a in value):
        raise ValueError("the export request is not a JSON list of arguments")
    return Request(prepare, value)
