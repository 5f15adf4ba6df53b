"""The composition root: read the command line, open the journal, build the window."""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import date
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QMessageBox

from coachdesk import __version__, cli
from coachdesk.coaching.demo import load_demo
from coachdesk.coaching.flows import FlowLibrary
from coachdesk.environment import (
    APP_NAME,
    JOURNAL_FILE,
    default_journal_path,
    load_library,
    ui_language,
)
from coachdesk.resources import resources_dir
from coachdesk.settings import Settings
from coachdesk.storage import JournalError, JournalStore
from coachdesk.ui import theme
from coachdesk.ui.main_window import MainWindow
from coachdesk.ui.messages import describe


def parser() -> argparse.ArgumentParser:
    """The command line of the app itself (subcommands live in cli.py)."""
    p = argparse.ArgumentParser(
        prog=APP_NAME, description="A private reflection-coaching journal for salespeople."
    )
    p.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    where = p.add_mutually_exclusive_group()
    where.add_argument("--journal", type=Path, metavar="PATH", help="open this journal file")
    where.add_argument(
        "--demo", action="store_true", help="open a throwaway journal filled with examples"
    )
    return p


def fill_demo(store: JournalStore, library: FlowLibrary, today: date) -> int:
    """Put the demo reflections into `store`; returns how many."""
    demo_file = resources_dir() / "demo" / f"{ui_language()}.toml"
    if not demo_file.exists():
        demo_file = resources_dir() / "demo" / "en.toml"
    return len(store.add_all(load_demo(demo_file, library, today)))


@contextmanager
def opened_window(args: argparse.Namespace) -> Iterator[tuple[QApplication, MainWindow] | None]:
    """The application with its main window shown on the chosen journal (None if it
    cannot be opened; the user was told why). Closes the journal afterwards."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    theme.apply(app)

    demo_folder = Path(tempfile.mkdtemp(prefix="coachdesk-demo-")) if args.demo else None
    path = demo_folder / JOURNAL_FILE if demo_folder else (args.journal or default_journal_path())
    library = load_library()
    try:
        store = JournalStore.open(path.expanduser())
    except JournalError as error:
        QMessageBox.critical(None, app.tr("coachdesk cannot open the journal"), describe(error))
        yield None
        return
    try:
        if demo_folder:
            fill_demo(store, library, date.today())
        settings = Settings(
            QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, APP_NAME, APP_NAME)
        )
        window = MainWindow(store, library, settings)
        window.show()
        yield app, window
    finally:
        store.close()
        if demo_folder:
            shutil.rmtree(demo_folder, ignore_errors=True)


def run_app(args: argparse.Namespace) -> int:
    """Start the desktop app; returns the exit code."""
    with opened_window(args) as started:
        if started is None:
            return 1
        app, _window = started
        return app.exec()


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the `coachdesk` command."""
    arguments = list(sys.argv[1:] if argv is None else argv)
    if arguments and arguments[0] in cli.COMMANDS:
        return cli.main(arguments)
    args = parser().parse_args(arguments)
    return run_app(args)


if __name__ == "__main__":
    sys.exit(main())
