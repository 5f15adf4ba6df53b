"""The layers of DESIGN.md: the domain, the storage, the importers and the reminders' rules
and files never load Qt; showing a reminder loads Qt's core (its translations), no more."""

from __future__ import annotations

import subprocess
import sys


def test_coaching_storage_imports_and_reminders_load_no_pyside6() -> None:
    code = (
        "import sys, pkgutil, importlib, coachdesk.coaching, coachdesk.storage, coachdesk.imports\n"
        "import coachdesk.reminders\n"
        "packages = (coachdesk.coaching, coachdesk.storage, coachdesk.imports,\n"
        "            coachdesk.reminders)\n"
        "showing = {'words', 'run', 'notify', 'opening'}\n"
        "for pkg in packages:\n"
        "    for m in pkgutil.walk_packages(pkg.__path__, pkg.__name__ + '.'):\n"
        "        if pkg is coachdesk.reminders and m.name.rsplit('.', 1)[1] in showing:\n"
        "            continue\n"
        "        importlib.import_module(m.name)\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6')))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"


def test_showing_a_reminder_loads_qt_core_only() -> None:
    code = (
        "import sys, coachdesk.reminders.run\n"
        "print(sorted(m for m in sys.modules if m.startswith('PySide6.Qt')))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "['PySide6.QtCore']"
