"""The composition root: read the command line, show the window, open the journal into it.

Start-up is in two halves so the window is on screen quickly: this module imports only
Qt and a few light modules; session.py (storage, flows, the journal widgets) is imported
once the first frame is painted.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from coachdesk import APP_NAME
from coachdesk.i18n import install_translations, use_language
from coachdesk.settings import Settings
from coachdesk.ui.common import theme
from coachdesk.ui.main_window import MainWindow


class _VersionAction(argparse.Action):
    """--version, looked up only when asked (reading package metadata costs ~50 ms)."""

    def __call__(self, parser: argparse.ArgumentParser, *_args: object) -> None:
        import coachdesk

        print(f"{APP_NAME} {coachdesk.__version__}")
        parser.exit()


class _HelpAction(argparse.Action):
    """--help: the window's options, then every subcommand (their parser loads only now)."""

    def __call__(self, parser: argparse.ArgumentParser, *_args: object) -> None:
        from coachdesk import cli

        parser.print_help()
        print("\ncommands (without a window; coachdesk COMMAND --help tells more):")
        summaries = cli.summaries()
        width = max(len(name) for name, _ in summaries) + 2
        for name, text in summaries:
            print(f"  {name:<{width}}{text}")
        parser.exit()


def parser() -> argparse.ArgumentParser:
    """The command line of the app itself (subcommands live in cli/)."""
    p = argparse.ArgumentParser(
        prog=APP_NAME,
        description="A private reflection-coaching journal for salespeople.",
        usage=f"{APP_NAME} [--journal PATH | --demo]  or  {APP_NAME} COMMAND ...",
        add_help=False,
    )
    p.add_argument("-h", "--help", action=_HelpAction, nargs=0, help="show this help and exit")
    p.add_argument("--version", action=_VersionAction, nargs=0, help="print the version and exit")
    where = p.add_mutually_exclusive_group()
    where.add_argument(
        "--journal",
        type=Path,
        metavar="PATH",
        help="open this journal file (without it: the journal open last, or the usual one)",
    )
    where.add_argument(
        "--demo", action="store_true", help="open a throwaway journal filled with examples"
    )
    return p


def user_settings() -> Settings:
    """Settings in the per-user config folder (e.g. ~/.config/coachdesk/coachdesk.ini)."""
    return Settings.of_user()


def run_app(
    args: argparse.Namespace,
    when_shown: Callable[[], None] | None = None,
    when_ready: Callable[[], None] | None = None,
) -> int:
    """Start the desktop app; returns the exit code. The benchmark hooks in with
    `when_shown` (first frame painted) and `when_ready` (the journal on screen)."""
    theme.choose_style_before_start()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    app.setDesktopFileName("io.github.coachdesk.coachdesk")  # Wayland: the menu entry and icon
    settings = user_settings()
    # The demo's language, size and looks stay in the demo.
    demo_settings = tempfile.TemporaryDirectory(prefix="coachdesk-demo-") if args.demo else None
    if demo_settings is not None:
        settings = settings.copied_to(Path(demo_settings.name) / "settings.ini")
    install_translations(app, use_language(settings.language))
    looks = theme.colours_for(theme.appearance_of(settings.appearance), app)
    theme.apply_base(app, looks, settings.text_scale)  # the style sheet follows (session.py)
    window = MainWindow(settings)
    window.show()
    app.processEvents()  # paint the first frame before the slow half
    if when_shown is not None:
        when_shown()

    from coachdesk.session import JournalSession  # the slow half, after the first frame

    session = JournalSession(window, settings)

    def open_journal() -> None:
        if not session.open(args.journal, args.demo):
            app.exit(1)
            return
        if when_ready is not None:
            app.processEvents()  # and painted
            when_ready()

    QTimer.singleShot(0, open_journal)
    try:
        return app.exec()
    finally:
        session.close()
        if demo_settings is not None:
            demo_settings.cleanup()


def main(argv: Sequence[str] | None = None) -> int:
    """The window: `coachdesk-app` (menus; on Windows it has no console) and `coachdesk`
    without a subcommand (__main__.py). A subcommand still goes to the command line, as it
    did when this was the `coachdesk` command itself (scripts installed then call it)."""
    from coachdesk import cli

    arguments = list(sys.argv[1:] if argv is None else argv)
    if arguments and arguments[0] in cli.COMMANDS:
        return cli.main(arguments)
    return run_app(parser().parse_args(arguments))


if __name__ == "__main__":
    sys.exit(main())
