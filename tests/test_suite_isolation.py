"""The suite never reads or writes the real user's journal, settings or flows, on any system:
conftest.py points Qt at folders of its own (the XDG variables on Linux, Qt's test mode on
Windows and macOS, where Qt ignores those variables)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QStandardPaths

Location = QStandardPaths.StandardLocation


def test_user_data_and_settings_are_not_the_users() -> None:
    data = Path(QStandardPaths.writableLocation(Location.AppDataLocation))
    config = Path(QStandardPaths.writableLocation(Location.GenericConfigLocation))
    if sys.platform.startswith("linux"):
        assert not QStandardPaths.isTestModeEnabled()  # the children read XDG as well
        assert data.is_relative_to(os.environ["XDG_DATA_HOME"])
        assert config == Path(os.environ["XDG_CONFIG_HOME"])
    else:
        assert QStandardPaths.isTestModeEnabled()
        assert "qttest" in str(data).lower() and "qttest" in str(config).lower()


def test_local_dates_are_amsterdams_where_the_system_lets_us_choose() -> None:
    import time

    if hasattr(time, "tzset"):
        assert time.tzname[0] in ("CET", "CEST")
