"""Plural forms. Counts are translated with Qt's numerus forms, `tr("%n draft(s)", "", n)`: the
Spanish catalogue holds one form per number. English has no catalogue, so the "(s)" the source
text keeps is resolved here: "1 draft", "2 drafts"."""

from __future__ import annotations


def english_plural(text: str, n: int) -> str:
    """`text` as tr() returned it for the count `n`, with any "(s)" left untranslated made
    singular or plural."""
    return text.replace("(s)", "" if abs(n) == 1 else "s")
