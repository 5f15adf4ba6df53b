"""Where the journal's folder is on Windows, and its one-off move out of the roaming profile.

Windows has two per-user data folders. AppData\\Roaming is copied to the company's servers
at log-off (roaming profiles) or lives on one (folder redirection): a private journal does
not belong there, and SQLite's write-ahead log does not work on a network share. coachdesk
keeps its folder in AppData\\Local, which stays on the laptop; versions before this one
used Roaming, and the first start moves what is there (the journal, its key file, its
backups, imported question sets) once, safely: everything is copied into Local first and
compared byte for byte, and only then is the roaming copy removed. No Qt here: the command
line finds the journal without it.
"""

from __future__ import annotations

import hashlib
import os
import shutil
from collections.abc import Mapping
from pathlib import Path

from coachdesk import APP_NAME

JOURNAL_FILE = "journal.sqlite"
# Files that belong to one running process, never moved: lock files and the note a second
# start leaves for the first.
_LEFT_BEHIND = (".lock", ".raise")


def windows_folders(environ: Mapping[str, str] = os.environ) -> tuple[Path, Path] | None:
    """coachdesk's local and roaming folders on Windows; None when Windows does not say."""
    local, roaming = environ.get("LOCALAPPDATA"), environ.get("APPDATA")
    if not local or not roaming:
        return None
    return Path(local) / APP_NAME, Path(roaming) / APP_NAME


def _digest(path: Path) -> str:
    sha = hashlib.sha256()
    with path.open("rb") as file:
        for block in iter(lambda: file.read(1 << 20), b""):
            sha.update(block)
    return sha.hexdigest()


def _files_in(folder: Path) -> list[Path]:
    return sorted(
        p.relative_to(folder)
        for p in folder.rglob("*")
        if p.is_file() and not p.name.endswith(_LEFT_BEHIND)
    )


def move_from_roaming(roaming: Path, local: Path) -> bool:
    """Move the journal's folder from `roaming` to `local` when only the roaming one holds
    a journal; True when it moved. All or nothing: the files are copied into a folder
    beside `local`, fsynced and compared with the originals, then put in place with
    renames on the laptop's own disk; the roaming files go only after that. Anything that
    fails leaves the roaming folder as it was (it is tried again at the next start);
    the caller must hold the journal's lock, so that nothing writes meanwhile."""
    if not (roaming / JOURNAL_FILE).is_file() or (local / JOURNAL_FILE).exists():
        return False
    moving = local.with_name(local.name + ".moving")
    try:
        shutil.rmtree(moving, ignore_errors=True)
        files = _files_in(roaming)
        for name in files:
            target = moving / name
            target.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
            shutil.copy2(roaming / name, target)
            with target.open("rb+") as copied:
                os.fsync(copied.fileno())
            if _digest(target) != _digest(roaming / name):
                raise OSError(f"{name} changed while it was copied")
        local.mkdir(mode=0o700, parents=True, exist_ok=True)
        # The journal last: until it is in place, the next start sees no journal here and
        # copies again. The roaming files win over local ones of the same name: they belong
        # to the journal (a stale key file beside no journal would not open it).
        for name in sorted(files, key=lambda n: n == Path(JOURNAL_FILE)):
            target = local / name
            target.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
            os.replace(moving / name, target)
    except OSError:
        return False
    finally:
        shutil.rmtree(moving, ignore_errors=True)
    for name in files:  # the journal is in Local now: no copy of it stays on the server
        (roaming / name).unlink(missing_ok=True)
    for folder in sorted((p for p in roaming.rglob("*") if p.is_dir()), reverse=True):
        _remove_if_empty(folder)
    _remove_if_empty(roaming)
    return True


def _remove_if_empty(folder: Path) -> None:
    try:
        folder.rmdir()
    except OSError:
        pass  # a lock file, or something the user put there: it stays


def journal_path_without_qt(environ: Mapping[str, str] = os.environ) -> Path | None:
    """On Windows, the journal the window would open: the local one, or the roaming one
    when the window has not moved it yet. None when Windows' folders are unknown."""
    folders = windows_folders(environ)
    if folders is None:
        return None
    local, roaming = folders
    if not (local / JOURNAL_FILE).exists() and (roaming / JOURNAL_FILE).exists():
        return roaming / JOURNAL_FILE
    return local / JOURNAL_FILE
