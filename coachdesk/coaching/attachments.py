"""Pictures and files kept with a reflection: what one is, how large they may be, its name,
and when it is private. Pure Python; the bytes live in the journal (storage/)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime
from pathlib import PurePath, PurePosixPath, PureWindowsPath
from typing import TYPE_CHECKING

from coachdesk.coaching.file_kinds import BY_MEDIA_TYPE, FileKind, FileRefused

if TYPE_CHECKING:
    from coachdesk.coaching.reflections import Reflection

MB = 1024 * 1024
_UNSAFE = re.compile(r"[\x00-\x1f\x7f/\\:*?\"<>|]")
_MAX_NAME = 120  # characters, so a name fits every file system when a copy is opened
_NUMBERED = re.compile(r"^(?P<stem>.*) \((?P<n>\d+)\)$")


@dataclass(frozen=True)
class Limits:
    """The most one file, and all of a journal's files together, may weigh.

    A phone photo is 2 to 12 MB and an e-mail's attachments stay under 25 MB; every backup
    is a whole copy of the journal, so its pictures and files are kept to a few hundred MB."""

    per_file: int = 25 * MB
    per_journal: int = 250 * MB


LIMITS = Limits()


@dataclass(frozen=True)
class Attachment:
    """A picture or file kept with a reflection (or with one of its answers); the bytes
    are read separately (JournalStore.attachment_data)."""

    id: int
    reflection_id: int
    question_id: str | None  # None: the reflection's as a whole
    name: str  # unique within the reflection
    media_type: str
    size: int  # bytes
    sha256: str  # hex
    created_at: datetime

    @property
    def kind(self) -> FileKind | None:
        """What it is (None for a media type this version does not know)."""
        return BY_MEDIA_TYPE.get(self.media_type)

    @property
    def is_image(self) -> bool:
        """True for a picture (PNG, JPEG, HEIC, WebP): shown rather than opened."""
        return self.kind is not None and self.kind.image


@dataclass(frozen=True)
class NewAttachment:
    """A file to be stored with a reflection that is stored at once (an import): its name
    and how to read its bytes (read when the reflection is written, not before)."""

    name: str
    read: Callable[[], bytes]
    question_id: str | None = None
    size: int = 0  # as the source says; 0 when it does not


def clean_name(name: str) -> str:
    """The file's own name without any folder (Unix or Windows), with characters no file
    system takes replaced, at most _MAX_NAME characters, its extension kept."""
    base = PureWindowsPath(PurePosixPath(name).name).name.strip()
    base = _UNSAFE.sub("_", base).strip(". ") or "attachment"
    if len(base) > _MAX_NAME:
        suffix = PurePath(base).suffix[:10]
        base = base[: _MAX_NAME - len(suffix)].rstrip() + suffix
    return base


def unique_name(name: str, taken: Iterable[str]) -> str:
    """`name`, or "stem (2).ext", "stem (3).ext" … when a reflection holds it already
    (compared without regard to case, as Windows and macOS compare file names)."""
    used = {t.casefold() for t in taken}
    if name.casefold() not in used:
        return name
    path = PurePath(name)
    suffix = path.suffix
    stem = name[: len(name) - len(suffix)] if suffix else name
    numbered = _NUMBERED.match(stem)
    if numbered:
        stem = numbered["stem"]
    n = 2
    while f"{stem} ({n}){suffix}".casefold() in used:
        n += 1
    return f"{stem} ({n}){suffix}"


def check_size(name: str, size: int, used: int, limits: Limits = LIMITS) -> None:
    """FileRefused when a file of `size` bytes is too large on its own, or would take the
    journal (which holds `used` bytes of files) past its limit."""
    if size > limits.per_file:
        raise FileRefused(
            "too-large",
            f"{name} is {size / MB:.1f} MB; a file may be at most {limits.per_file // MB} MB",
            name,
            size=size,
            limit=limits.per_file,
        )
    if used + size > limits.per_journal:
        left = max(0, limits.per_journal - used)
        raise FileRefused(
            "full",
            f"{name} ({size / MB:.1f} MB) does not fit: the journal's pictures and files may"
            f" take {limits.per_journal // MB} MB together, and {left / MB:.1f} MB is left",
            name,
            size=size,
            limit=limits.per_journal,
            left=left,
        )


def is_private(attachment: Attachment, reflection: Reflection) -> bool:
    """True when the attachment belongs to an answer marked private: it is private too."""
    if attachment.question_id is None:
        return False
    answer = reflection.answer(attachment.question_id)
    return answer is not None and answer.private


def shareable(attachments: Iterable[Attachment], reflection: Reflection) -> list[Attachment]:
    """Those of the reflection's attachments that may leave the journal or be shown to a
    coach: none of a private answer's."""
    return [a for a in attachments if not is_private(a, reflection)]
