"""Where the data files (flows, demo journal, icons, translations) are."""

from __future__ import annotations

from pathlib import Path


def resources_dir() -> Path:
    """The resources folder: inside the installed package, or at the top of a source tree."""
    packaged = Path(__file__).with_name("resources")
    if packaged.is_dir():  # an installed wheel carries it inside the package
        return packaged
    return Path(__file__).resolve().parent.parent / "resources"


def flows_dir() -> Path:
    """resources/flows, one sub-folder per language."""
    return resources_dir() / "flows"
