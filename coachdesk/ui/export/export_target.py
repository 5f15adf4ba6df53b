"""Where a PDF goes: the folder offered first, and what is wrong with a target, if anything."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths


def documents_folder() -> Path:
    """Where a PDF is offered to go first: Documents, or home when there is none.

    Qt names ~/Documents even where it does not exist (a fresh account, a minimal desktop);
    coachdesk does not create folders in your home behind your back, so it offers the home
    folder then, which always exists.
    """
    home = Path.home()
    location = QStandardPaths.StandardLocation.DocumentsLocation
    documents = QStandardPaths.writableLocation(location)
    if documents and Path(documents).is_dir():
        return Path(documents)
    return home


def target_problem(target: Path) -> str:
    """Why a PDF cannot be written to `target` (an absolute path), said calmly; empty if it can."""
    folder = target.parent
    if target.is_dir():
        return (
            QCoreApplication.translate(
                "ExportTarget", "%1 is a folder. Add a file name, such as %2."
            )
            .replace("%1", str(target))
            .replace("%2", str(target / "coachdesk-summary.pdf"))
        )
    # The nearest part of the path that exists says what is wrong with the rest.
    existing = next((p for p in (folder, *folder.parents) if p.exists()), None)
    if existing is not None and not existing.is_dir():
        return QCoreApplication.translate(
            "ExportTarget", "%1 is a file, not a folder. Choose another place to save the PDF."
        ).replace("%1", str(existing))
    if not folder.is_dir():
        return QCoreApplication.translate(
            "ExportTarget", "There is no folder %1. Choose another place to save the PDF."
        ).replace("%1", str(folder))
    if not os.access(folder, os.W_OK | os.X_OK):
        return QCoreApplication.translate(
            "ExportTarget", "coachdesk may not save in %1. Choose another folder."
        ).replace("%1", str(folder))
    if target.exists() and not os.access(target, os.W_OK):
        return QCoreApplication.translate(
            "ExportTarget", "%1 cannot be replaced. Choose another name or folder."
        ).replace("%1", str(target))
    return ""
