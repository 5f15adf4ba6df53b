"""Which language coachdesk speaks: the desktop's, or the one chosen in Settings.

Light on purpose (QtCore only): app.py uses it before the first frame.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale

from coachdesk.resources import flows_dir


def ui_language() -> str:
    """The language in use: the first of the default locale's UI languages that coachdesk
    speaks (so LANGUAGE=nl:en counts, not only LANG), else English."""
    for name in QLocale().uiLanguages():
        language = name.replace("_", "-").split("-")[0].lower()
        if (flows_dir() / language).is_dir():
            return language
    return "en"


def use_language(setting: str) -> str:
    """Make `setting` ("system", or a code such as "nl") the language of dates, numbers
    and flows from now on; returns the language used."""
    QLocale.setDefault(QLocale.system() if setting == "system" else QLocale(setting))
    return ui_language()
