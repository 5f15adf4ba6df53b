"""Private copies of attachments opened in another program: a file the system's default
application can read, in a folder only this user can enter, removed again when the journal
locks or closes (and, at the next start, whatever a crash left behind).

The folder is `coachdesk-open-<user>` in the user's runtime folder (XDG_RUNTIME_DIR, a
memory-backed folder on most Linux systems) or else the temporary folder (TMPDIR, TEMP),
mode 0700; each
running coachdesk has its own folder in it, held by a lock file, so one coachdesk never
removes what another still has open. Each file is 0600.
"""

from __future__ import annotations

import getpass
import os
import shutil
import stat
import tempfile
from pathlib import Path

from PySide6.QtCore import QLockFile

from coachdesk.coaching.attachments import clean_name

_LOCK = "coachdesk.lock"


def base_folder() -> Path:
    """Where every coachdesk of this user keeps its private copies: the runtime folder on
    Linux (XDG_RUNTIME_DIR, the user's own, in memory on most systems), else the user's
    temporary folder (on macOS and Windows already the user's own)."""
    runtime = os.environ.get("XDG_RUNTIME_DIR", "")
    root = Path(runtime) if runtime and Path(runtime).is_dir() else Path(tempfile.gettempdir())
    try:
        user = getpass.getuser()
    except (KeyError, OSError):  # no name for this user id (a container)
        user = str(os.getuid()) if hasattr(os, "getuid") else "user"
    return root / f"coachdesk-open-{clean_name(user)}"


def _private_folder(path: Path) -> Path:
    path.mkdir(mode=0o700, exist_ok=True)
    if os.name == "posix":
        info = path.lstat()
        # A folder someone else made (or a link) in a shared /tmp is not ours to write in.
        if stat.S_ISLNK(info.st_mode) or info.st_uid != os.getuid():
            raise OSError(f"{path} belongs to someone else")
        os.chmod(path, 0o700)
    return path


class PrivateCopies:
    """This coachdesk's copies: written when a file is opened, removed all at once."""

    def __init__(self, base: Path | None = None) -> None:
        self._given = base
        self._folder: Path | None = None
        self._lock: QLockFile | None = None

    @property
    def _base(self) -> Path:
        return self._given or base_folder()

    @property
    def folder(self) -> Path | None:
        """This process's folder, once a copy was made."""
        return self._folder

    def _own_folder(self) -> Path:
        if self._folder is None:
            _private_folder(self._base)
            folder = Path(tempfile.mkdtemp(prefix="p", dir=self._base))  # 0700 by mkdtemp
            lock = QLockFile(str(folder / _LOCK))
            lock.setStaleLockTime(0)  # stale only when its process is gone
            lock.tryLock(0)
            self._folder, self._lock = folder, lock
        return self._folder

    def write(self, attachment_id: int, name: str, data: bytes) -> Path:
        """A private copy of `data` named `name` (in a folder of its own, so two files of
        one name never meet); readable and writable by this user only."""
        folder = _private_folder(self._own_folder() / str(attachment_id))
        path = folder / clean_name(name)
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | _BINARY, 0o600)
        with os.fdopen(descriptor, "wb") as file:
            file.write(data)
        os.chmod(path, 0o600)
        return path

    def remove_all(self) -> None:
        """Remove every copy this coachdesk made (a program may still show what it read)."""
        if self._lock is not None:
            self._lock.unlock()
        if self._folder is not None:
            shutil.rmtree(self._folder, ignore_errors=True)
        self._folder, self._lock = None, None

    def remove_leftovers(self) -> int:
        """Remove the folders of coachdesks that are no longer running (a crash, a power
        cut); how many went."""
        if not self._base.is_dir():
            return 0
        removed = 0
        for folder in self._base.iterdir():
            if folder == self._folder or not folder.is_dir():
                continue
            lock = QLockFile(str(folder / _LOCK))
            lock.setStaleLockTime(0)
            if lock.tryLock(0):  # nobody holds it: its coachdesk is gone
                lock.unlock()
                shutil.rmtree(folder, ignore_errors=True)
                removed += 1
        return removed


_BINARY = getattr(os, "O_BINARY", 0)
