"""Writing a file so that a reader never sees half of it, and whether it can be written."""

from __future__ import annotations

import errno
import os
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TextIO

from coachdesk.storage.errors import StorageUnavailable

# Windows refuses to replace or rename a file another program holds open (a virus scanner,
# the search indexer, a backup or sync tool reading it): PermissionError, for a moment as
# a rule. Retried this long in all (about 1.5 s) before the user is told.
_RETRY_PAUSES = (0.05, 0.1, 0.2, 0.4, 0.8)
_pause = time.sleep  # tests replace it: no test waits for real


class FileHeld(StorageUnavailable, PermissionError):
    """A file could not be replaced because another program holds it; nothing changed.
    Also a PermissionError, which is what callers that catch OSError knew it as."""

    def __init__(self, path: Path) -> None:
        super().__init__("busy", str(path))
        self.path = path


def replace_file(source: Path, target: Path) -> None:
    """os.replace(source, target), tried again for a moment while another program holds
    either file; FileHeld (with both files as they were) when it keeps holding it."""
    for pause in _RETRY_PAUSES:
        try:
            os.replace(source, target)
            return
        except PermissionError:
            _pause(pause)
    try:
        os.replace(source, target)
    except PermissionError:
        # In a folder that can be written, a refused rename is a file in use (Windows);
        # a folder that cannot be written is a plain permission problem, said as such.
        if os.access(Path(target).parent, os.W_OK):
            raise FileHeld(Path(target)) from None
        raise


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
        replace_file(Path(temporary), target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


# What a folder's fsync may meet that only means "not on this platform or file system".
_CANNOT_SYNC_FOLDERS = (errno.EINVAL, errno.ENOTSUP, errno.EOPNOTSUPP, errno.EBADF)


def fsync_directory(folder: Path) -> None:
    """Make a rename in `folder` survive a crash, where the platform lets a program do so.

    Windows cannot open a folder as a file: os.open refuses it (PermissionError). There
    NTFS journals the rename itself (MoveFileEx writes through its metadata log), so there
    is nothing to sync and nothing is lost by skipping. Some Linux file systems (network
    and FUSE ones) open a folder but refuse to fsync it (EINVAL): skipped for the same
    reason. A real I/O error is still raised.
    """
    try:
        directory = os.open(folder, os.O_RDONLY)
    except (PermissionError, IsADirectoryError):
        return
    try:
        os.fsync(directory)
    except OSError as error:
        if error.errno not in _CANNOT_SYNC_FOLDERS:
            raise
    finally:
        os.close(directory)


def can_write(path: Path) -> bool:
    """True when the file at `path` (or, if it does not exist yet, the first existing folder
    on its way) may be written: False on a read-only disk or folder, even for root."""
    if path.exists():
        return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)
    folder = path.parent
    while not folder.exists() and folder != folder.parent:
        folder = folder.parent
    return os.access(folder, os.W_OK)
