"""Where the user is in the journal view, kept while the view is built again (a new
language or look) so that nothing moves under their hands."""

from __future__ import annotations

from contextlib import suppress
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from coachdesk.ui.journal.journal_view import JournalView


@dataclass(frozen=True)
class ViewState:
    """The page, the reflection on show, a walk under way, a search."""

    page: str
    selected: int | None
    guided: tuple[int, int] | None  # reflection id and question index
    search: str

    @classmethod
    def of(cls, view: JournalView) -> ViewState:
        """Where `view` is now."""
        page = view.current_page()
        names = {
            view.this_week: "this-week",
            view.insights: "insights",
            view.stories: "stories",
            view.deals: "deals",
        }
        guided = None
        if view.in_guided_mode() and view.guided.reflection_id is not None:
            guided = (view.guided.reflection_id, view.guided.question_index)
        shown = view.reading.reflection
        return cls(
            page="guided"
            if guided
            else next((n for w, n in names.items() if w is page), "journal"),
            selected=shown.id if shown else None,
            guided=guided,
            search=view.library.finder.field.text(),
        )

    def restore_into(self, view: JournalView) -> None:
        """Go back there in `view` (built afresh)."""
        if self.search:
            view.library.finder.field.setText(self.search)
        if self.selected is not None and view.timeline_model.row_of(self.selected) >= 0:
            view.select_reflection(self.selected)
        if self.guided is not None:
            reflection_id, index = self.guided
            with suppress(KeyError):  # deleted meanwhile
                view.enter_guided(reflection_id, at=index)
            return
        {
            "this-week": view.show_this_week,
            "insights": view.show_insights,
            "stories": view.show_stories,
            "deals": view.show_deals,
        }.get(self.page, view.show_journal)()
