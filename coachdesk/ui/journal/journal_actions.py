"""The journal window's actions: one table of what can be done, with keys and menus."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from coachdesk.ui.common.actions import ActionSpec, ActionTable, When

if TYPE_CHECKING:
    from coachdesk.ui.journal.journal_view import JournalView


def menu_titles() -> dict[str, str]:
    """The menus, in the order they appear."""
    return {
        "journal": QCoreApplication.translate("JournalView", "&Journal"),
        "find": QCoreApplication.translate("JournalView", "F&ind"),
        "view": QCoreApplication.translate("JournalView", "&View"),
        "reflection": QCoreApplication.translate("JournalView", "&Reflection"),
        "coaching": QCoreApplication.translate("JournalView", "&Coaching"),
        "help": QCoreApplication.translate("JournalView", "&Help"),
    }


def _nothing() -> None:
    """What a menu command does in a view held by no session (tests, screenshots)."""


@dataclass(frozen=True)
class SessionCommands:
    """What the menus ask of the session holding the journal, bound to the objects that do
    it (locking, backups, encryption, the coaching hour): the view relays none of them."""

    lock: Callable[[], object] = _nothing
    backups: Callable[[], object] = _nothing
    encrypt: Callable[[], object] = _nothing
    change_passphrase: Callable[[], object] = _nothing
    remove_encryption: Callable[[], object] = _nothing
    rotate_recovery_key: Callable[[], object] = _nothing
    start_coaching: Callable[[], object] = _nothing


def journal_actions(view: JournalView, commands: SessionCommands) -> ActionTable:
    """Every action of the journal view; the keys are the stable ones of DESIGN.md."""
    w, spec = When, ActionSpec
    return ActionTable(
        view,
        [
            spec(
                "new",
                QCoreApplication.translate("JournalView", "&New reflection…"),
                ("Ctrl+N",),
                view.reflection_commands.new_reflection,
                "journal",
                writes=True,
            ),
            spec(
                "open",
                QCoreApplication.translate("JournalView", "&Continue or edit"),
                ("F2",),
                view.reflection_commands.open_current,
                "journal",
                w.SELECTED,
                writes=True,
            ),
            spec(
                "details",
                QCoreApplication.translate("JournalView", "Customer, deal and &tags…"),
                ("Ctrl+T",),
                view.reflection_commands.edit_details,
                "journal",
                w.SELECTED,
                writes=True,
            ),
            spec(
                "delete",
                QCoreApplication.translate("JournalView", "&Delete reflection…"),
                ("Del",),
                view.reflection_commands.delete_current,
                "journal",
                w.SELECTED,
                writes=True,
            ),
            spec(
                "check_in",
                QCoreApplication.translate("JournalView", "Check &in…"),
                ("Ctrl+K",),
                view.loop_commands.check_in,
                "journal",
                writes=True,
            ),
            spec(
                "commit",
                QCoreApplication.translate("JournalView", "New co&mmitment…"),
                ("Ctrl+Shift+N",),
                view.loop_commands.new_commitment,
                "journal",
                writes=True,
            ),
            spec(
                "import",
                QCoreApplication.translate("JournalView", "Imp&ort…"),
                (),
                view.import_commands.import_history,
                "journal",
                writes=True,
            ),
            spec(
                "export_pdf",
                QCoreApplication.translate("JournalView", "&Export PDF…"),
                ("Ctrl+E",),
                view.export_pdf,
                "journal",
            ),
            spec(
                "lock",
                QCoreApplication.translate("JournalView", "&Lock"),
                ("Ctrl+L",),
                commands.lock,
                "journal",
                w.ALWAYS,
            ),
            spec(
                "encrypt",
                QCoreApplication.translate("JournalView", "Encrypt &with a passphrase…"),
                (),
                commands.encrypt,
                "journal",
                writes=True,
            ),
            spec(
                "passwd",
                QCoreApplication.translate("JournalView", "Change &passphrase…"),
                (),
                commands.change_passphrase,
                "journal",
                writes=True,
            ),
            spec(
                "recovery",
                QCoreApplication.translate("JournalView", "New &recovery key…"),
                (),
                commands.rotate_recovery_key,
                "journal",
                writes=True,
            ),
            spec(
                "decrypt",
                QCoreApplication.translate("JournalView", "Remove encr&yption…"),
                (),
                commands.remove_encryption,
                "journal",
                writes=True,
            ),
            spec(
                "backups",
                QCoreApplication.translate("JournalView", "&Backups…"),
                (),
                commands.backups,
                "journal",
                writes=True,
            ),
            spec(
                "settings",
                QCoreApplication.translate("JournalView", "Setting&s…"),
                ("Ctrl+,",),
                view.window_commands.open_settings,
                "journal",
            ),
            spec(
                "quit",
                QCoreApplication.translate("JournalView", "&Quit"),
                ("Ctrl+Q",),
                view.window_commands.quit_app,
                "journal",
                w.ALWAYS,
            ),
            spec(
                "search",
                QCoreApplication.translate("JournalView", "&Search"),
                ("Ctrl+F",),
                view.search,
                "find",
            ),
            spec(
                "filters",
                QCoreApplication.translate("JournalView", "&Filters"),
                ("Ctrl+Shift+F",),
                view.library.open_filters,
                "find",
            ),
            spec(
                "on_this_day",
                QCoreApplication.translate("JournalView", "&On this day"),
                ("Ctrl+D",),
                view.library.show_on_this_day,
                "find",
            ),
            spec(
                "journal",
                QCoreApplication.translate("JournalView", "&Journal"),
                ("Ctrl+J",),
                view.show_journal,
                "view",
            ),
            spec(
                "this_week",
                QCoreApplication.translate("JournalView", "&This week"),
                ("Ctrl+H",),
                view.show_this_week,
                "view",
            ),
            spec(
                "insights",
                QCoreApplication.translate("JournalView", "&Insights"),
                ("Ctrl+I",),
                view.show_insights,
                "view",
            ),
            spec(
                "stories",
                QCoreApplication.translate("JournalView", "&Story bank"),
                ("Ctrl+Shift+Y",),
                view.show_stories,
                "view",
            ),
            spec(
                "larger_text",
                QCoreApplication.translate("JournalView", "&Larger text"),
                ("Ctrl++", "Ctrl+="),
                view.window_commands.larger_text,
                "view",
                w.ALWAYS,
            ),
            spec(
                "smaller_text",
                QCoreApplication.translate("JournalView", "S&maller text"),
                ("Ctrl+-",),
                view.window_commands.smaller_text,
                "view",
                w.ALWAYS,
            ),
            spec(
                "normal_text",
                QCoreApplication.translate("JournalView", "&Normal text size"),
                ("Ctrl+0",),
                view.window_commands.normal_text,
                "view",
                w.ALWAYS,
            ),
            spec(
                "back",
                QCoreApplication.translate("JournalView", "Back to the journal"),
                ("Esc",),
                view.show_journal,
                "view",
                w.ASIDE,
            ),
            spec(
                "next",
                QCoreApplication.translate("JournalView", "Next question / finish"),
                ("Ctrl+Return", "Ctrl+Enter"),
                view.guided.go_forward,
                "reflection",
                w.GUIDED,
            ),
            spec(
                "previous",
                QCoreApplication.translate("JournalView", "Previous question"),
                ("Alt+Left",),
                view.guided.go_back,
                "reflection",
                w.GUIDED,
            ),
            spec(
                "later",
                QCoreApplication.translate("JournalView", "Continue later"),
                ("Esc",),
                view.guided.pause,
                "reflection",
                w.GUIDED,
            ),
            spec(
                "coach_session",
                QCoreApplication.translate("JournalView", "&Start a coaching session…"),
                ("Ctrl+Shift+S",),
                commands.start_coaching,
                "coaching",
                writes=True,
            ),
            spec(
                "import_flow",
                QCoreApplication.translate("JournalView", "&Import a question set…"),
                (),
                view.flow_commands.import_flow,
                "coaching",
                writes=True,
            ),
            spec(
                "export_flow",
                QCoreApplication.translate("JournalView", "E&xport a question set…"),
                (),
                view.flow_commands.export_flow,
                "coaching",
            ),
            spec(
                "shortcuts",
                QCoreApplication.translate("JournalView", "&Keyboard shortcuts"),
                ("F1",),
                view.window_commands.show_shortcuts,
                "help",
                w.ALWAYS,
            ),
            spec(
                "about",
                QCoreApplication.translate("JournalView", "&About coachdesk"),
                (),
                view.window_commands.show_about,
                "help",
                w.ALWAYS,
            ),
        ],
    )
