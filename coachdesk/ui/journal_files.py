"""Choosing a journal file: New journal…, Open journal… and the Recent journals menu.

What is shown here is the place of a journal, chosen by the user in a menu or a file
dialog; the window title and the coach view never show it (session/switching.py).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QDir, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMenu, QWidget

SUFFIX = "sqlite"


def shown_place(path: Path) -> str:
    """A journal's place as the menu shows it: its name, then its folder (~ for home)."""
    folder = str(path.parent)
    if path.parent.is_relative_to(Path.home()):
        folder = str(Path("~", path.parent.relative_to(Path.home())))
    return f"{path.name} ({QDir.toNativeSeparators(folder)})"


def free_name(folder: Path, stem: str) -> Path:
    """The first of stem-2.sqlite, stem-3.sqlite … not yet in `folder`."""
    n = 2
    while (folder / f"{stem}-{n}.{SUFFIX}").exists():
        n += 1
    return folder / f"{stem}-{n}.{SUFFIX}"


class JournalFileDialog(QFileDialog):
    """The system's file dialog, asking for a journal to make or to open."""

    def __init__(self, parent: QWidget | None, making: bool, start: Path) -> None:
        super().__init__(parent)
        if making:
            self.setWindowTitle(self.tr("New journal"))
            self.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
            self.setLabelText(QFileDialog.DialogLabel.Accept, self.tr("Create"))
            # An existing file is never replaced: the caller refuses it with its own words.
            self.setOption(QFileDialog.Option.DontConfirmOverwrite)
        else:
            self.setWindowTitle(self.tr("Open journal"))
            self.setFileMode(QFileDialog.FileMode.ExistingFile)
        self.setDefaultSuffix(SUFFIX)
        self.setNameFilters([self.tr("coachdesk journals (*.sqlite)"), self.tr("All files (*)")])
        self.setAccessibleName(self.windowTitle())
        if start.suffix:
            self.setDirectory(str(start.parent))
            self.selectFile(start.name)
        else:
            self.setDirectory(str(start))

    @classmethod
    def ask_new(cls, parent: QWidget | None, suggested: Path) -> Path | None:
        """Where a new journal goes (`suggested` offered); None when cancelled."""
        return cls._ask(parent, True, suggested)

    @classmethod
    def ask_open(cls, parent: QWidget | None, folder: Path) -> Path | None:
        """Which journal to open (starting in `folder`); None when cancelled."""
        return cls._ask(parent, False, folder)

    @classmethod
    def _ask(cls, parent: QWidget | None, making: bool, start: Path) -> Path | None:
        dialog = cls(parent, making, start)
        try:
            if dialog.exec() != QFileDialog.DialogCode.Accepted or not dialog.selectedFiles():
                return None
            return Path(dialog.selectedFiles()[0])
        finally:
            dialog.deleteLater()


class RecentMenu(QMenu):
    """Journal → Recent journals: the journals opened lately, the one open now marked; read
    afresh each time it opens."""

    def __init__(
        self,
        parent: QWidget | None,
        recent: Callable[[], list[Path]],
        current: Callable[[], Path | None],
        chosen: Callable[[Path], object],
        clear: Callable[[], object],
    ) -> None:
        super().__init__(self.tr("Recent jo&urnals"), parent)
        self.setAccessibleName(self.tr("Recent journals"))
        self._recent, self._current, self._chosen, self._clear = recent, current, chosen, clear
        self.aboutToShow.connect(self._on_self_about_to_show)
        self.refresh()

    @Slot()
    def _on_self_about_to_show(self) -> None:
        self.refresh()

    def refresh(self) -> None:
        """The entries as the settings hold them now."""
        self.clear()
        current = self._current()
        paths = self._recent()
        for n, path in enumerate(paths, start=1):
            text = shown_place(path).replace("&", "&&")
            action = QAction(f"&{n} {text}" if n < 10 else text, self)
            if path == current:
                action.setCheckable(True)
                action.setChecked(True)
                action.setEnabled(False)  # it is open already
            elif not path.exists():
                action.setText(self.tr("%1 (not found)").replace("%1", action.text()))
            action.triggered.connect(lambda _=False, p=path: self._chosen(p))
            self.addAction(action)
        if not paths:
            empty = self.addAction(self.tr("No journals opened yet"))
            empty.setEnabled(False)
            return
        self.addSeparator()
        forget = self.addAction(self.tr("&Clear the list"))
        forget.triggered.connect(self._clear)
        forget.setEnabled(any(p != current for p in paths))


def place_journals(first: QAction, anchor: QAction, recent: QMenu) -> None:
    """Put `recent` as a submenu right after `anchor`, and the journal commands from
    `first` on between separators, in each menu that shows them."""
    for owner in anchor.associatedObjects():
        if not isinstance(owner, QMenu):
            continue
        actions = owner.actions()
        after = actions.index(anchor) + 1
        if after < len(actions):
            owner.insertMenu(actions[after], recent)
            owner.insertSeparator(actions[after])
        else:
            owner.addMenu(recent)
        if first in actions and actions.index(first) > 0:
            owner.insertSeparator(first)
