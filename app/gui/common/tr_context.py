"""A named translation context for words used outside a widget class (module functions, helpers
handed a widget).

`parent.tr("...")` in a helper is catalogued by lupdate under the context "parent", while Qt looks
it up under the parent's class name; and lupdate reads a count passed as the fourth argument of
`QCoreApplication.translate(ctx, text, "", n)` as Qt 4's encoding argument, so the message loses
its plural forms. `Name.tr(text, "", n)` on a subclass below is catalogued by lupdate under "Name"
(with plural forms when a count is given) and translated under "Name" at run time:

    class IntakeMatches(TranslationContext):
        '''The duplicate question's words.'''

    IntakeMatches.tr("%n existing client(s) may be the same person.", "", count)
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


class TranslationContext:
    """Subclass it; the subclass's name is the context. Never instantiated."""

    @classmethod
    def tr(cls, text: str, disambiguation: str | None = None, n: int = -1) -> str:
        return QCoreApplication.translate(cls.__name__, text, disambiguation, n)
