"""Hatch build hook: compile resources/i18n/*.ts into the .qm files the app loads.

The .qm files are build products (gitignored, as `make` builds them too); the wheel carries
them as coachdesk/resources/i18n/*.qm through the force-include of resources/ in
pyproject.toml. lrelease comes with PySide6-Essentials, a build requirement for this.
"""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface


def lrelease() -> str:
    """The lrelease of the PySide6 in this build environment, else one on the PATH."""
    spec = importlib.util.find_spec("PySide6")
    if spec is not None and spec.submodule_search_locations:
        for folder in spec.submodule_search_locations:
            for name in ("lrelease.exe", "lrelease") if sys.platform == "win32" else ("lrelease",):
                tool = Path(folder) / name
                if tool.is_file():
                    return str(tool)
    # Qt from the system (e.g. a Flatpak SDK) rather than from a PySide6 wheel.
    for name in ("pyside6-lrelease", "lrelease-qt6", "lrelease6", "lrelease"):
        found = shutil.which(name)
        if found:
            return found
    raise RuntimeError("coachdesk's translations need lrelease: install PySide6-Essentials")


class TranslationsHook(BuildHookInterface):
    """Before the wheel is assembled, each resources/i18n/<name>.ts becomes <name>.qm."""

    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        if self.target_name != "wheel":
            return
        sources = sorted((Path(self.root) / "resources" / "i18n").glob("*.ts"))
        if not sources:
            return
        tool = lrelease()
        for ts in sources:
            # Written beside the .ts (where `make` puts it, gitignored), always afresh, so a
            # stale .qm from an older .ts never ships.
            subprocess.run(
                [tool, "-silent", "-nounfinished", str(ts), "-qm", str(ts.with_suffix(".qm"))],
                check=True,
            )
