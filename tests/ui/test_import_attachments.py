"""Journal → Import… brings a Day One export's photos along; those past the journal's limit
for files are left out, and the window says so."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from coachdesk.coaching.attachments import Limits
from coachdesk.coaching.flows import FlowLibrary
from coachdesk.storage import JournalStore
from coachdesk.ui.journal.import_dialog import ImportDialog
from tests.imports.conftest import zipped
from tests.imports.test_media import EXPORT
from tests.ui.conftest import OpenWindow
from tests.ui.test_import_dialog import previewed


def test_the_window_imports_photos_with_their_entry(
    qtbot: QtBot,
    open_window: OpenWindow,
    library: FlowLibrary,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    view = open_window()
    dialog = previewed(qtbot, view.store, library, zipped(tmp_path / "Export.zip", EXPORT))
    assert "Left out: 3 photos and other files (videos, audio," in dialog.summary.text()
    monkeypatch.setattr(ImportDialog, "ask", lambda *a: dialog.preview)
    view.actions_["import"].trigger()
    qtbot.waitUntil(lambda: view.store.count() == 1)
    qtbot.waitUntil(lambda: view.import_commands.progress is None)
    (summary,) = view.store.timeline()
    names = [a.name for a in view.store.attachments(summary.id)]
    assert names == ["aa11.jpeg", "bb22.png", "Proposal.pdf"]


def test_past_the_limit_the_rest_comes_in_and_the_window_says_what_did_not_fit(
    qtbot: QtBot,
    open_window: OpenWindow,
    library: FlowLibrary,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    view = open_window()
    dialog = previewed(qtbot, view.store, library, zipped(tmp_path / "Export.zip", EXPORT))
    monkeypatch.setattr(ImportDialog, "ask", lambda *a: dialog.preview)
    monkeypatch.setattr(JournalStore, "attachment_limits", Limits(per_journal=700))
    view.actions_["import"].trigger()
    qtbot.waitUntil(lambda: view.store.count() == 1)
    qtbot.waitUntil(lambda: view.import_commands.progress is None)
    (summary,) = view.store.timeline()
    assert [a.name for a in view.store.attachments(summary.id)] == ["aa11.jpeg"]
    assert view._notice.text().endswith(
        " 2 pictures and files did not fit in the journal and were left out."
    )
