"""Documents written in a language other than the interface's (the client's own copy of a case
summary): translations of Texts read straight from OffMap's compiled catalogue, without
installing it in the application."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTranslator

from app.core.errors import ValidationError
from app.core.text import DOCUMENT_LANGUAGES
from app.paths import resource

# The catalogue's context for Texts (the interface translates them in it too).
MESSAGES_CONTEXT = "Messages"


def document_translate(language: str) -> Callable[[str], str]:
    """A function that gives a Text template in `language` (English: the template itself)."""
    if language not in DOCUMENT_LANGUAGES:
        raise ValidationError("'{language}' is not a language OffMap writes documents in; use "
                              "one of: {languages}.", language=language,
                              languages=", ".join(DOCUMENT_LANGUAGES))
    if language == "en":
        return lambda template: template
    translator = QTranslator()
    path = resource("i18n", f"offmap_{language}.qm")
    if not translator.load(str(path)):
        raise ValidationError("the {language} catalogue ({path}) is missing, so this document "
                              "cannot be written in that language.", language=language, path=path)

    def translate(template: str) -> str:
        return translator.translate(MESSAGES_CONTEXT, template) or template

    return translate
