"""The user interface in one language: which one (the desktop's, or the one chosen in
Settings), and coachdesk's own translation and Qt's, installed as a pair.

coachdesk's strings come from resources/i18n/coachdesk_<lang>.ts, compiled to .qm by the
build (`make`, or the wheel's build hook); Qt's own (standard buttons, the file dialog) from
the qtbase_<lang>.qm that ships with Qt. English is the source language: it needs only its
plural forms ("1 check-in", where the code says "%n check-ins"), from coachdesk_en.ts, which
holds nothing else (`lupdate -pluralonly`). QtCore only: the command line (the PDF export)
may use it too.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from coachdesk.resources import flows_dir, resources_dir

SOURCE_LANGUAGE = "en"
# The translators installed here are children of the application with this name, so the
# next call finds and removes them without a global list.
_INSTALLED = "coachdesk-translator"
_PLURALS = "coachdesk-english-plurals"  # the source language's plural forms, nothing else


def translations_dir() -> Path:
    """resources/i18n: the .ts files, and the .qm files built from them."""
    return resources_dir() / "i18n"


def install_translations(app: QCoreApplication, language: str, folder: Path | None = None) -> bool:
    """Translate the UI into `language` ("nl", "nl_BE", "en"…) from now on, replacing the
    translators installed before; True when coachdesk speaks it (always for English).

    Widgets get a LanguageChange event; texts set in constructors change only when the
    views are built again. `folder` holds coachdesk_<lang>.qm (default: translations_dir()).
    """
    for name in (_INSTALLED, _PLURALS):
        for old in app.findChildren(QTranslator, name):
            app.removeTranslator(old)
            old.setParent(None)  # the last reference goes with this loop: deleted now
    code = language.replace("-", "_").split("_")[0].lower()
    if code in ("", "c", "posix", SOURCE_LANGUAGE):
        plurals = QTranslator(app)
        plurals.setObjectName(_PLURALS)
        if plurals.load(f"coachdesk_{SOURCE_LANGUAGE}", str(folder or translations_dir())):
            app.installTranslator(plurals)
        else:
            plurals.setParent(None)  # "1 check-ins", but English all the same
        return True
    own = QTranslator(app)
    own.setObjectName(_INSTALLED)
    if not own.load(f"coachdesk_{code}", str(folder or translations_dir())):
        own.setParent(None)
        return False
    qt = QTranslator(app)
    qt.setObjectName(_INSTALLED)
    if qt.load(f"qtbase_{code}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
    else:
        qt.setParent(None)  # Qt's own dialogs stay English; coachdesk's texts still change
    app.installTranslator(own)
    return True


def installed_languages(app: QCoreApplication) -> list[str]:
    """The languages of the translators installed by install_translations, besides
    English's plural forms (for tests)."""
    return [t.language() for t in app.findChildren(QTranslator, _INSTALLED)]


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
