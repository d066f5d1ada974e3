"""The one way text is compared when searching: without accents and without case, so "jose"
finds "José", "PEÑA" finds "Pena" and "josé" finds "Jose". Every search (request and deadline
lists, clients, the company directory, the labels a list shows) folds both sides with `fold`;
the stores fold their search text the same way for the letters people type (see
app/store/search_migration.py)."""

from __future__ import annotations

import unicodedata


def fold(text: str) -> str:
    """`text` decomposed (NFKD), its combining marks (accents, tildes, cedillas) dropped, then
    case-folded: "Muñoz Cañón" -> "munoz canon", "Straße" -> "strasse". Folding twice gives the
    same text as folding once."""
    if text.isascii():
        return text.lower()  # the same result, without decomposing: most text is plain ASCII
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()
