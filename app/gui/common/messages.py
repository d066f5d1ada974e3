"""Messages from the core and the services (errors, reasons, explanations) in the interface's
language. They arrive as app.core.text.Text: English templates with values; the templates are
catalogued in the MESSAGES_CONTEXT of the translation (app/gui/common/i18n_messages.py lists
them for lupdate), and the values are filled in after translation."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.core.text import localized
from app.gui.common.no_commands import without_commands
from app.render.catalogue import MESSAGES_CONTEXT

__all__ = ["MESSAGES_CONTEXT", "error_text", "sentence", "shown"]


def _translate(template: str) -> str:
    return QCoreApplication.translate(MESSAGES_CONTEXT, template)


def shown(text: str) -> str:
    """`text` as the interface shows it: translated when it is a Text, else as it is, without
    the command-line instructions some service messages give."""
    return without_commands(localized(text, _translate))


def sentence(text: str) -> str:
    """`text` shown as a sentence of its own: translated, with a capital first letter."""
    shown_text = shown(text)
    return shown_text[:1].upper() + shown_text[1:]


def error_text(exc: BaseException) -> str:
    """What to show for an error, as a sentence of its own: an OffMapError's message translated
    (the services write it to follow "offmap: error:", so it may start in lower case), else its
    English text."""
    return sentence(getattr(exc, "text", None) or str(exc))
