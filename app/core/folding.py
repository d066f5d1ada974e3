"""The one way text is compared when searching: without accents and without case, so "jose"
finds "José", "PEÑA" finds "Pena" and "josé" finds "Jose". Every search (request and deadline
lists, clients, the company directory, the labels a list shows) folds both sides with `fold`;
the stores fold their search text the same way for the letters people type (see
app/store/search_migration.py)."""

from __future__ import annotations

import re
import unicodedata

# The combining marks of Latin letters' accents: dropped first, in one pass of C code.
_LATIN_MARKS = re.compile("[\u0300-\u036f]+")


def fold(text: str) -> str:
    """`text` decomposed (NFKD), its combining marks (accents, tildes, cedillas) dropped, then
    case-folded: "Muñoz Cañón" -> "munoz canon", "Straße" -> "strasse". Folding twice gives the
    same text as folding once. (The same result, faster for the usual text: plain ASCII needs
    only `lower`, and Latin letters once their accents are gone.)"""
    if text.isascii():
        return text.lower()
    decomposed = _LATIN_MARKS.sub("", unicodedata.normalize("NFKD", text))
    if decomposed.isascii():
        return decomposed.lower()
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()
