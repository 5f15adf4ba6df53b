"""Shared fixtures. Qt runs offscreen, and no test touches the real user's data or settings."""

from __future__ import annotations

import os
import sys
import tempfile
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

# Before Qt is imported anywhere: without a display Qt would abort the interpreter.
os.environ["QT_QPA_PLATFORM"] = "offscreen"
_HOME = tempfile.mkdtemp(prefix="coachdesk-tests-")
os.environ["XDG_DATA_HOME"] = os.path.join(_HOME, "data")
os.environ["XDG_CONFIG_HOME"] = os.path.join(_HOME, "config")
os.environ["LANG"] = os.environ["LC_ALL"] = "en_GB.UTF-8"
os.environ["LANGUAGE"] = "en_GB"  # it outranks LANG for the UI language
# Local dates matter (On this day, date filters): test them where the users are. Windows has
# no time.tzset (nor reads TZ): there the machine's own zone stays.
os.environ["TZ"] = "Europe/Amsterdam"
if hasattr(time, "tzset"):
    time.tzset()

import pytest  # noqa: E402
from hypothesis import settings  # noqa: E402

from coachdesk.coaching.flows import FlowLibrary, load_flows  # noqa: E402
from coachdesk.resources import flows_dir  # noqa: E402
from coachdesk.storage import JournalStore  # noqa: E402

# Hypothesis: in CI the same examples every run (a failure there can be replayed); new ones
# each local run. No per-example deadline: a loaded machine must not make a property flaky.
settings.register_profile("ci", derandomize=True, deadline=None, print_blob=True)
settings.register_profile("dev", deadline=None)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci" if os.environ.get("CI") else "dev"))

# Qt reads the XDG variables above only on Linux (and the command line's children read them
# there too). On Windows and macOS it would find the user's real AppData or Application
# Support: its test mode sends this process's paths to a folder of Qt's own instead.
if not sys.platform.startswith("linux"):
    from PySide6.QtCore import QStandardPaths

    QStandardPaths.setTestModeEnabled(True)


@pytest.fixture(autouse=True)
def _kdf_at_its_floor(monkeypatch: pytest.MonkeyPatch) -> None:
    """Key derivation at its minimum cost, as before calibration: the suite derives keys
    hundreds of times, and half a second each would be minutes. tests/storage/test_keyfile.py
    checks the calibration; `make bench` what it costs on the machine."""
    from coachdesk.storage import keyfile

    monkeypatch.setattr(keyfile, "KDF_SECONDS", 0.0)


class FakeClock:
    """A clock the test moves by hand."""

    def __init__(self, start: datetime) -> None:
        self.now = start

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += timedelta(**delta)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(datetime(2026, 11, 20, 16, 30, tzinfo=UTC))


@pytest.fixture(scope="session")
def library() -> FlowLibrary:
    flows = load_flows(flows_dir(), "en")
    assert not flows.errors, flows.errors
    return flows


@pytest.fixture
def store(clock: FakeClock) -> Iterator[JournalStore]:
    journal = JournalStore.in_memory(clock)
    yield journal
    journal.close()


@pytest.fixture
def journal_path(tmp_path: Path) -> Path:
    return tmp_path / "data" / "journal.sqlite"
