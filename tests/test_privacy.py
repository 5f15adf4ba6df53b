"""Nothing leaves the machine: no network code, no network modules, no internet sockets."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FORBIDDEN = re.compile(
    r"^\s*(from|import)\s+(PySide6\.QtNetwork|PySide6\.QtWebEngine\w*|socket|requests|httpx|"
    r"urllib\.request|http\.client|urllib3|ssl)\b",
    re.MULTILINE,
)


def test_the_code_has_no_networking_imports() -> None:
    offenders = [
        str(path.relative_to(ROOT))
        for path in (ROOT / "coachdesk").rglob("*.py")
        if FORBIDDEN.search(path.read_text(encoding="utf-8"))
    ]
    assert offenders == []


def test_a_whole_session_loads_no_network_module(tmp_path: Path) -> None:
    env = {
        **os.environ,
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "QT_QPA_PLATFORM": "offscreen",
    }
    result = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "privacy_journey.py")],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=True,
    )
    assert "network modules loaded: none" in result.stdout
