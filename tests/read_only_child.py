"""Opens a journal in the window as the app does and reports what the user would meet, as
one JSON line; run by tests/test_read_only_disk.py inside a read-only bind mount."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

os.environ["QT_QPA_PLATFORM"] = "offscreen"

from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication, QMessageBox  # noqa: E402

from coachdesk.session import JournalSession  # noqa: E402
from coachdesk.settings import Settings  # noqa: E402
from coachdesk.ui.main_window import MainWindow  # noqa: E402


def main(journal: Path, settings_file: Path) -> dict[str, object]:
    app = QApplication(sys.argv[:1])
    said: list[str] = []

    def critical(_parent: object, _title: str, text: str, *_rest: object) -> None:
        said.append(text)

    QMessageBox.critical = critical  # type: ignore[method-assign,assignment]
    settings = Settings(QSettings(str(settings_file), QSettings.Format.IniFormat))
    window = MainWindow(settings)
    window.show()
    session = JournalSession(window, settings)
    opened = session.open(journal, demo=False)
    app.processEvents()
    facts: dict[str, object] = {"opened": opened, "said": said}
    view = window.journal
    if view is not None:
        facts["rows"] = view.timeline_model.rowCount()
        facts["banner"] = view._banner.text() if view._banner.isVisible() else ""
        facts["new_enabled"] = view.actions_["new"].isEnabled()
        facts["search_enabled"] = view.actions_["search"].isEnabled()
        facts["edit_button"] = view.reading._continue.isVisible()
    session.close()
    window.close()
    facts["files"] = sorted(p.name for p in journal.parent.iterdir())
    return facts


if __name__ == "__main__":
    print(json.dumps(main(Path(sys.argv[1]), Path(sys.argv[2]))))
