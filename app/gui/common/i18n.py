"""The interface language: Qt translators chosen by the "ui.language" preference.

OffMap's own catalogue is resources/i18n/offmap_<lang>.qm (built from the .ts by `make
translations`); Qt's own strings (standard buttons, file dialogs) come from PySide6's
qtbase_<lang>.qm. Without a catalogue the interface stays in English. Letters are never
translated here: they are templates in the companies' language.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from app.paths import resource
from app.services import preferences as preference_service

log = logging.getLogger("app.gui")

LANGUAGE_KEY = preference_service.SETTINGS["language"].key
SYSTEM = "system"
ENGLISH = "en"
# Interface languages besides English, each with its name in its own language.
TRANSLATED = {"es": "Español"}
CHOICES = (SYSTEM, ENGLISH, *TRANSLATED)
# Labels that code passes to tr() from data (table columns, status names...) are catalogued in this
# shared context (app/gui/common/i18n_labels.py), so any widget finds them whatever its own context.
SHARED_CONTEXT = "OffMap"
# Where the translator looks when the asking class's context lacks a string: the shared labels,
# then the empty context lupdate gives tr() calls outside any class (helpers handed a tr).
FALLBACK_CONTEXTS = (SHARED_CONTEXT, "")

_installed: list[QTranslator] = []
_current = ENGLISH


class SharedContextTranslator(QTranslator):
    """A translator that, when a string is not in the asking class's context, looks in the
    FALLBACK_CONTEXTS, then in the catalogue's other contexts (lupdate names the context of
    `page.tr(...)` in a helper function "page", while at run time Qt asks with the class name).
    A string found nowhere is reported as not translated, so Qt shows the English source:
    never an empty label."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.fallbacks: tuple[str, ...] = FALLBACK_CONTEXTS

    def load_catalogue(self, qm_path: Path) -> bool:
        if not self.load(str(qm_path)):
            return False
        self.fallbacks = FALLBACK_CONTEXTS + tuple(
            c for c in catalogue_contexts(qm_path.with_suffix(".ts")) if c not in FALLBACK_CONTEXTS)
        return True

    def translate(self, context: str, source: str, disambiguation: str | None = None,
                  n: int = -1) -> str | None:
        found = super().translate(context, source, disambiguation, n)
        if found:
            return found
        for fallback in self.fallbacks:
            if fallback != context:
                found = super().translate(fallback, source, disambiguation, n)
                if found:
                    return found
        return None  # not here: the next translator, else the English source


def catalogue_contexts(ts_path: Path) -> list[str]:
    """The contexts of a .ts source, helper-function ones (lower case, dotted) first."""
    import xml.etree.ElementTree as ElementTree

    try:
        root = ElementTree.parse(ts_path).getroot()
    except (OSError, ElementTree.ParseError):
        log.warning("translation source %s unreadable; fewer fallbacks", ts_path.name)
        return []
    names = [(c.findtext("name") or "") for c in root.iter("context")]
    return sorted(set(names), key=lambda name: (name[:1].isupper(), name))


def catalogue_path(language: str) -> Path:
    return resource("i18n", f"offmap_{language}.qm")


def preferred_language(store) -> str:
    """The stored choice: "system", "en" or a translated language code."""
    value = preference_service.stored_language(store)
    return value if value in CHOICES else SYSTEM


def save_language(store, choice: str) -> None:
    if choice not in CHOICES:
        raise ValueError(f"unknown interface language {choice!r}")
    preference_service.set_preference(store, LANGUAGE_KEY, choice)


def resolve(choice: str, system_languages: list[str] | None = None) -> str:
    """The language to show for a choice: "system" follows the desktop's first language that
    OffMap has (English otherwise)."""
    if choice != SYSTEM:
        return choice if choice in TRANSLATED or choice == ENGLISH else ENGLISH
    languages = system_languages if system_languages is not None else \
        QLocale.system().uiLanguages()
    for tag in languages:
        code = tag.replace("_", "-").split("-")[0].lower()
        if code == ENGLISH:
            return ENGLISH
        if code in TRANSLATED:
            return code
    return ENGLISH


def current_language() -> str:
    return _current


def apply_language(app: QCoreApplication, choice: str) -> str:
    """Installs the translators for `choice` (replacing any installed before) and returns the
    language in effect. A missing catalogue leaves the interface in English."""
    global _current
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    language = resolve(choice)
    _current = ENGLISH
    if language == ENGLISH:
        return ENGLISH
    own = SharedContextTranslator(app)
    path = catalogue_path(language)
    if not own.load_catalogue(path):
        log.warning("interface catalogue for %s not found; showing English", language)
        return ENGLISH
    app.installTranslator(own)
    _installed.append(own)
    qt_own = QTranslator(app)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt_own.load(f"qtbase_{language}", qt_dir):
        app.installTranslator(qt_own)
        _installed.append(qt_own)
        log.info("Qt's own strings in %s from %s", language, qt_dir)
    else:
        log.warning("Qt's own catalogue qtbase_%s not found in %s; its standard buttons stay "
                    "English", language, qt_dir)
    _current = language
    log.info("interface language %s", language)
    return language
