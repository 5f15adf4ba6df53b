"""Question sets handed over as files, from the window: a coach's flow in, any flow out."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from coachdesk.coaching.flows import Flow, FlowLibrary
from coachdesk.storage import flow_files
from coachdesk.ui.journal.flow_chooser import FlowChooser


def _file_filter() -> str:
    return QCoreApplication.translate("FlowHandover", "Question sets (*.toml)")


def ask_import(parent: QWidget, library: FlowLibrary, folder: Path) -> Flow | None:
    """Choose a file and import it; the flow, or None (cancelled, or refused and said why)."""
    chosen, _ = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("FlowHandover", "Import a question set"),
        str(Path.home()),
        _file_filter(),
    )
    return import_from(parent, Path(chosen), library, folder) if chosen else None


def import_from(parent: QWidget, source: Path, library: FlowLibrary, folder: Path) -> Flow | None:
    """Check the flow in `source` whole and keep it in `folder`; on any problem say which,
    and change nothing."""
    try:
        flow, text = flow_files.read_flow_file(source, library)
        flow_files.keep_flow(flow, text, folder)
    except flow_files.FlowImportError as error:
        refusal = QCoreApplication.translate(
            "FlowHandover", "This question set cannot be imported: %1"
        ).replace("%1", str(error))
    except OSError as error:
        refusal = str(error)
    else:
        return flow
    QMessageBox.warning(parent, QCoreApplication.translate("FlowHandover", "Not imported"), refusal)
    return None


def ask_export(parent: QWidget, library: FlowLibrary) -> Path | None:
    """Choose a flow and a file, and write it there; the file, or None."""
    flow = FlowChooser.ask(parent, library.flows, exporting=True)
    if flow is None:
        return None
    chosen, _ = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("FlowHandover", "Export a question set"),
        str(Path.home() / f"{flow.id}.toml"),
        _file_filter(),
    )
    if not chosen:
        return None
    try:
        flow_files.export_flow(flow, Path(chosen))
    except OSError as error:
        QMessageBox.warning(
            parent, QCoreApplication.translate("FlowHandover", "Not exported"), str(error)
        )
        return None
    return Path(chosen)
