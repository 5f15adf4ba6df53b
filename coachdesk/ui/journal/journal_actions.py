"""The journal window's actions: one table of what can be done, with keys and menus."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QWidget

from coachdesk.ui.common.actions import ActionSpec, ActionTable, When
from coachdesk.ui.common.shortcuts import shortcut_keys

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


def _show_past_sessions(view: JournalView) -> None:
    """Coaching → Past sessions (loaded when first asked for: start-up does not wait)."""
    from coachdesk.ui.coaching_hour.past_sessions import PastSessions

    PastSessions.show_for(view.window(), view.store, view.remember_copied)


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
    new_journal: Callable[[], object] = _nothing
    open_journal: Callable[[], object] = _nothing
    # Journal → Recent journals, made for the menu (None: no such menu, as in the demo).
    recent_journals: Callable[[QWidget], QMenu] | None = None


def journal_actions(
    view: JournalView, commands: SessionCommands, platform: str | None = None
) -> ActionTable:
    """Every action of the journal view; the keys are the stable ones of DESIGN.md (with
    macOS's own where the Mac takes or changes a key: ui/common/shortcuts.py)."""
    w, spec, k = When, ActionSpec, shortcut_keys(platform)
    return ActionTable(
        view,
        [
            spec(
                "new",
                QCoreApplication.translate("JournalView", "&New reflection…"),
                k["new"],
                view.reflection_commands.new_reflection,
                "journal",
                writes=True,
            ),
            spec(
                "open",
                QCoreApplication.translate("JournalView", "&Continue or edit"),
                k["open"],
                view.reflection_commands.open_current,
                "journal",
                w.SELECTED,
                writes=True,
            ),
            spec(
                "details",
                QCoreApplication.translate("JournalView", "Customer, deal and &tags…"),
                k["details"],
                view.reflection_commands.edit_details,
                "journal",
                w.SELECTED,
                writes=True,
            ),
            spec(
                "delete",
                QCoreApplication.translate("JournalView", "&Delete reflection…"),
                k["delete"],
                view.reflection_commands.delete_current,
                "journal",
                w.SELECTED,
                writes=True,
            ),
            spec(
                "check_in",
                QCoreApplication.translate("JournalView", "Check &in…"),
                k["check_in"],
                view.loop_commands.check_in,
                "journal",
                writes=True,
            ),
            spec(
                "commit",
                QCoreApplication.translate("JournalView", "New co&mmitment…"),
                k["commit"],
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
                k["export_pdf"],
                view.export_pdf,
                "journal",
            ),
            spec(
                "lock",
                QCoreApplication.translate("JournalView", "&Lock"),
                k["lock"],
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
                "new_journal",
                QCoreApplication.translate("JournalView", "New journ&al…"),
                (),
                commands.new_journal,
                "journal",
            ),
            spec(
                "open_journal",
                QCoreApplication.translate("JournalView", "Open &journal…"),
                (),
                commands.open_journal,
                "journal",
            ),
            spec(
                "settings",
                QCoreApplication.translate("JournalView", "Setting&s…"),
                k["settings"],
                view.window_commands.open_settings,
                "journal",
                role=QAction.MenuRole.PreferencesRole,
            ),
            spec(
                "quit",
                QCoreApplication.translate("JournalView", "&Quit"),
                k["quit"],
                view.window_commands.quit_app,
                "journal",
                w.ALWAYS,
                role=QAction.MenuRole.QuitRole,
            ),
            spec(
                "search",
                QCoreApplication.translate("JournalView", "&Search"),
                k["search"],
                view.search,
                "find",
            ),
            spec(
                "filters",
                QCoreApplication.translate("JournalView", "&Filters"),
                k["filters"],
                view.library.open_filters,
                "find",
            ),
            spec(
                "on_this_day",
                QCoreApplication.translate("JournalView", "&On this day"),
                k["on_this_day"],
                view.library.show_on_this_day,
                "find",
            ),
            spec(
                "journal",
                QCoreApplication.translate("JournalView", "&Journal"),
                k["journal"],
                view.show_journal,
                "view",
            ),
            spec(
                "this_week",
                QCoreApplication.translate("JournalView", "&This week"),
                k["this_week"],
                view.show_this_week,
                "view",
            ),
            spec(
                "insights",
                QCoreApplication.translate("JournalView", "&Insights"),
                k["insights"],
                view.show_insights,
                "view",
            ),
            spec(
                "stories",
                QCoreApplication.translate("JournalView", "&Story bank"),
                k["stories"],
                view.show_stories,
                "view",
            ),
            spec(
                "deals",
                QCoreApplication.translate("JournalView", "&Deals and customers"),
                k["deals"],
                view.show_deals,
                "view",
            ),
            spec(
                "larger_text",
                QCoreApplication.translate("JournalView", "&Larger text"),
                k["larger_text"],
                view.window_commands.larger_text,
                "view",
                w.ALWAYS,
            ),
            spec(
                "smaller_text",
                QCoreApplication.translate("JournalView", "S&maller text"),
                k["smaller_text"],
                view.window_commands.smaller_text,
                "view",
                w.ALWAYS,
            ),
            spec(
                "normal_text",
                QCoreApplication.translate("JournalView", "&Normal text size"),
                k["normal_text"],
                view.window_commands.normal_text,
                "view",
                w.ALWAYS,
            ),
            spec(
                "back",
                QCoreApplication.translate("JournalView", "Back to the journal"),
                k["back"],
                view.show_journal,
                "view",
                w.ASIDE,
            ),
            spec(
                "next",
                QCoreApplication.translate("JournalView", "Next question / finish"),
                k["next"],
                view.guided.go_forward,
                "reflection",
                w.GUIDED,
            ),
            spec(
                "previous",
                QCoreApplication.translate("JournalView", "Previous question"),
                k["previous"],
                view.guided.go_back,
                "reflection",
                w.GUIDED,
            ),
            spec(
                "attach",
                QCoreApplication.translate("JournalView", "&Add picture or file…"),
                k["attach"],
                view.attachment_commands.add_from_dialog,
                "reflection",
                w.ALWAYS,
                writes=True,
            ),
            spec(
                "later",
                QCoreApplication.translate("JournalView", "Continue later"),
                k["later"],
                view.guided.pause,
                "reflection",
                w.GUIDED,
            ),
            spec(
                "coach_session",
                QCoreApplication.translate("JournalView", "&Start a coaching session…"),
                k["coach_session"],
                commands.start_coaching,
                "coaching",
                writes=True,
            ),
            spec(
                "past_sessions",
                QCoreApplication.translate("JournalView", "&Past sessions…"),
                (),
                lambda: _show_past_sessions(view),
                "coaching",
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
                k["shortcuts"],
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
                role=QAction.MenuRole.AboutRole,
            ),
        ],
    )
