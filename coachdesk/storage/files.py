"""Writing a file so that a reader never sees half of it, and whether it can be written."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TextIO


@contextmanager
def replaced_atomically(target: Path) -> Iterator[TextIO]:
    """A text file to write; it replaces `target` only when the block ends without error
    (written beside it, synced, renamed), else it is removed and `target` stays as it was."""
    folder = target.parent if str(target.parent) else Path(".")
    handle, temporary = tempfile.mkstemp(prefix=f".{target.name}.", dir=folder)
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as out:
            yield out
            out.flush()
            os.fsync(out.fileno())
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def can_write(path: Path) -> bool:
    """True when the file at `path` (or, if it does not exist yet, the first existing folder
    on its way) may be written: False on a read-only disk or folder, even for root."""
    if path.exists():
        return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)
    folder = path.parent
    while not folder.exists() and folder != folder.parent:
        folder = folder.parent
    return os.access(folder, os.W_OK)
