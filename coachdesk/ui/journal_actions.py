"""The journal window's actions: one table of what can be done, with keys and menus."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from coachdesk.ui.actions import ActionSpec, ActionTable, When

if TYPE_CHECKING:
    from coachdesk.ui.journal_view import JournalView


def tr(text: str) -> str:
    return QCoreApplication.translate("JournalView", text)


def menu_titles() -> dict[str, str]:
    """The menus, in the order they appear."""
    return {
        "journal": tr("&Journal"),
        "find": tr("F&ind"),
        "view": tr("&View"),
        "reflection": tr("&Reflection"),
        "help": tr("&Help"),
    }


def journal_actions(view: JournalView) -> ActionTable:
    """Every action of the journal view; the keys are the stable ones of DESIGN.md."""
    w, spec = When, ActionSpec
    return ActionTable(
        view,
        [
            spec("new", tr("&New reflection…"), ("Ctrl+N",), view.new_reflection, "journal"),
            spec(
                "open",
                tr("&Continue or edit"),
                ("F2",),
                view.open_current,
                "journal",
                w.SELECTED,
            ),
            spec(
                "details",
                tr("Customer, deal and &tags…"),
                ("Ctrl+T",),
                view.edit_details,
                "journal",
                w.SELECTED,
            ),
            spec(
                "delete",
                tr("&Delete reflection…"),
                ("Del",),
                view.delete_current,
                "journal",
                w.SELECTED,
            ),
            spec("check_in", tr("Check &in…"), ("Ctrl+K",), view.check_in, "journal"),
            spec(
                "commit",
                tr("New co&mmitment…"),
                ("Ctrl+Shift+N",),
                view.new_commitment,
                "journal",
            ),
            spec("quit", tr("&Quit"), ("Ctrl+Q",), view.quit_app, "journal", w.ALWAYS),
            spec("search", tr("&Search"), ("Ctrl+F",), view.search, "find"),
            spec("filters", tr("&Filters"), ("Ctrl+Shift+F",), view.open_filters, "find"),
            spec(
                "on_this_day",
                tr("&On this day"),
                ("Ctrl+D",),
                view.show_on_this_day,
                "find",
            ),
            spec("journal", tr("&Journal"), ("Ctrl+J",), view.show_journal, "view"),
            spec("this_week", tr("&This week"), ("Ctrl+H",), view.show_this_week, "view"),
            spec("stories", tr("&Story bank"), ("Ctrl+Shift+Y",), view.show_stories, "view"),
            spec(
                "back",
                tr("Back to the journal"),
                ("Esc",),
                view.show_journal,
                "view",
                w.ASIDE,
            ),
            spec(
                "next",
                tr("Next question / finish"),
                ("Ctrl+Return", "Ctrl+Enter"),
                view.guided.go_forward,
                "reflection",
                w.GUIDED,
            ),
            spec(
                "previous",
                tr("Previous question"),
                ("Alt+Left",),
                view.guided.go_back,
                "reflection",
                w.GUIDED,
            ),
            spec(
                "later",
                tr("Continue later"),
                ("Esc",),
                view.guided.pause,
                "reflection",
                w.GUIDED,
            ),
            spec(
                "shortcuts",
                tr("&Keyboard shortcuts"),
                ("F1",),
                view.show_shortcuts,
                "help",
                w.ALWAYS,
            ),
        ],
    )
