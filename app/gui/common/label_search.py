"""Search in the interface's language: the words a list shows for a code ("Borrador" for the
status `draft`, "Operador" for the company kind `carrier`) are turned back into the codes the
store is searched by, so typing what is on screen finds the rows in any language."""

from __future__ import annotations

from collections.abc import Callable, Mapping

from app.core.folding import fold
from app.services.text_search import search_words

SHORTEST_WORD = 3  # "a" or "en" would name half the labels


def folded(text: str) -> str:
    """`text` compared without case, accents or repeated spaces ("Vencída " -> "vencida"), as
    every search compares it (app.core.folding)."""
    return fold(" ".join(text.split()))


def codes_named(text: str, labels: Mapping[str, str],
                translate: Callable[[str], str]) -> tuple[str, ...]:
    """The codes of `labels` (code -> English label) whose label as shown (`translate`d) or in
    English contains the typed `text`; for text shorter than SHORTEST_WORD, only labels having
    it as a whole word ("de" names "Fuera de plazo", not "Pendiente")."""
    needle = folded(text)
    if not needle:
        return ()
    if len(needle) < SHORTEST_WORD:
        return tuple(code for code, label in labels.items()
                     if needle in folded(translate(label)).split()
                     or needle in folded(label).split())
    return tuple(code for code, label in labels.items()
                 if needle in folded(translate(label)) or needle in folded(label))


def codes_by_word(text: str, labels: Mapping[str, str],
                  translate: Callable[[str], str]) -> dict[str, tuple[str, ...]]:
    """For each word of `text` (as app.services.text_search.search_words splits it) that names
    codes, those codes: a search of several words matches a row when every word does."""
    named = {word: codes_named(word, labels, translate) for word in search_words(text)}
    return {word: codes for word, codes in named.items() if codes}
