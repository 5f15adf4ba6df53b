"""The question sets on offer: the shipped flows and a coach's own, imported from a file and
exported to one. This object owns which flows there are; the journal view asks it."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtWidgets import QWidget

from coachdesk.coaching.flows import Flow, FlowLibrary, with_extra_flows
from coachdesk.ui.common.shortcuts import key_text
from coachdesk.ui.journal import flow_handover


class FlowCommands(QObject):
    """Coaching → Import / Export a question set."""

    added = Signal(object)  # the Flow just imported

    def __init__(
        self,
        view: QWidget,
        library: FlowLibrary,
        imported_flows: Path | None,
        say: Callable[[str], None],
    ) -> None:
        super().__init__(view)
        self._view = view
        self.library = library
        self.imported_flows = imported_flows  # where a coach's question sets are kept
        self._say = say

    @Slot()
    def import_flow(self) -> None:
        """Coaching → Import a question set: a TOML file from a coach, checked whole."""
        if self.imported_flows is not None:
            found = flow_handover.ask_import(self._view, self.library, self.imported_flows)
            self._add(found)

    def import_flow_from(self, source: Path) -> bool:
        """Import the flow in `source` (said why not, when not)."""
        assert self.imported_flows is not None
        flow = flow_handover.import_from(self._view, source, self.library, self.imported_flows)
        self._add(flow)
        return flow is not None

    def _add(self, flow: Flow | None) -> None:
        if flow is None:
            return
        self.library = with_extra_flows(self.library, FlowLibrary((flow,), ()))
        self.added.emit(flow)
        self._say(
            self.tr("“%1” is imported; it is in the list of %2.")
            .replace("%2", key_text("new"))
            .replace("%1", flow.title)
        )

    @Slot()
    def export_flow(self) -> None:
        """Coaching → Export a question set: any flow as a file to hand over."""
        written = flow_handover.ask_export(self._view, self.library)
        if written is not None:
            self._say(self.tr("Exported to %1.").replace("%1", str(written)))
