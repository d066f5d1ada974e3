"""Search in the interface's language: the words a list shows for a code ("Borrador" for the
status `draft`, "Operador" for the company kind `carrier`) are turned back into the codes the
store is searched by, so typing what is on screen finds the rows in any language."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Mapping

SHORTEST_WORD = 3  # "a" or "en" would name half the labels


def folded(text: str) -> str:
    """`text` compared without case, accents or repeated spaces ("Vencída " -> "vencida")."""
    decomposed = unicodedata.normalize("NFKD", " ".join(text.split()).casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def codes_named(text: str, labels: Mapping[str, str],
                translate: Callable[[str], str]) -> tuple[str, ...]:
    """The codes of `labels` (code -> English label) whose label as shown (`translate`d) or in
    English contains the typed `text`; none for text shorter than SHORTEST_WORD."""
    needle = folded(text)
    if len(needle) < SHORTEST_WORD:
        return ()
    return tuple(code for code, label in labels.items()
                 if needle in folded(translate(label)) or needle in folded(label))
