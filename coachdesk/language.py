"""Which language coachdesk speaks: the desktop's, or the one chosen in Settings.

Light on purpose (QtCore only): app.py uses it before the first frame.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale

from coachdesk.resources import flows_dir


def ui_language() -> str:
    """The language in use: the default locale's if coachdesk has flows in it, else English."""
    language = QLocale().name().split("_")[0]
    return language if (flows_dir() / language).is_dir() else "en"


def use_language(setting: str) -> str:
    """Make `setting` ("system", or a code such as "nl") the language of dates, numbers
    and flows from now on; returns the language used."""
    QLocale.setDefault(QLocale.system() if setting == "system" else QLocale(setting))
    return ui_language()
