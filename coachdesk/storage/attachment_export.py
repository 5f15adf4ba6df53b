"""An export's pictures and files: written beside its JSON Lines, and found again on import.

`coachdesk export -o notes.jsonl` writes each attachment to notes-attachments/<reflection
id>/<name> beside it, and the reflection's line lists them ("attachments": name, type,
size, sha256, question_id, and "file", the path from the JSON Lines' folder, with `/`).
A folder rather than a zip: the files can be looked at and copied as they are, and an
import reads them back by that path, checked against their size and SHA-256.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from coachdesk.coaching.attachments import Attachment
    from coachdesk.storage import JournalStore

Listed = dict[int, list[dict[str, object]]]  # reflection id -> its attachments' records


def folder_for(output: Path) -> Path:
    """Where the attachments of the export `output` go: beside it, "<stem>-attachments"."""
    return output.with_name(f"{output.stem}-attachments")


def _record(attachment: Attachment) -> dict[str, object]:
    return {
        "name": attachment.name,
        "type": attachment.media_type,
        "size": attachment.size,
        "sha256": attachment.sha256,
        "question_id": attachment.question_id,
    }


def listed(store: JournalStore) -> Listed:
    """Every reflection's attachments as the export lists them (without "file": written
    to standard output, an export has nowhere to put them)."""
    found: Listed = {}
    for attachment in store.all_attachments():
        found.setdefault(attachment.reflection_id, []).append(_record(attachment))
    return found


def _ours(folder: Path) -> bool:
    """True for a folder an earlier export wrote: only numbered folders of files."""
    return all(child.is_dir() and child.name.isdigit() for child in folder.iterdir())


@contextmanager
def written(store: JournalStore, output: Path) -> Iterator[Listed]:
    """Write every attachment beside the export `output` into a new folder, swapped in for
    the one an earlier export left when the block ends without an error (so a failed
    export leaves the old one whole). Yields the records for the JSON Lines. Raises
    FileExistsError when the folder is there and not an export's."""
    target = folder_for(output)
    if target.exists() and not (target.is_dir() and _ours(target)):
        raise FileExistsError(target)
    staged = Path(tempfile.mkdtemp(prefix=f".{target.name}-", dir=output.parent))  # 0700
    try:
        found: Listed = {}
        for attachment, data in store.every_attachment():
            folder = staged / str(attachment.reflection_id)
            folder.mkdir(mode=0o700, exist_ok=True)
            path = folder / attachment.name
            with open(path, "xb", opener=lambda p, f: os.open(p, f, 0o600)) as file:
                file.write(data)
            record = _record(attachment)
            record["file"] = f"{target.name}/{attachment.reflection_id}/{attachment.name}"
            found.setdefault(attachment.reflection_id, []).append(record)
        yield found
        if not found:  # nothing to keep beside it, and nothing of an earlier export either
            shutil.rmtree(staged)
            shutil.rmtree(target, ignore_errors=True)
            return
        if target.exists():
            old = target.with_name(f".{target.name}-old")
            shutil.rmtree(old, ignore_errors=True)
            target.rename(old)
            staged.rename(target)
            shutil.rmtree(old, ignore_errors=True)
        else:
            staged.rename(target)
    except BaseException:
        shutil.rmtree(staged, ignore_errors=True)
        raise
