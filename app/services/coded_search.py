"""Lists found by what the user typed *or* by the codes those words name (a status or type shown
translated: "borrador" names `draft`). Each code is looked up through the list's own text query,
which already indexes the codes, so no query is rewritten: the matches are united and put back
in the list's order."""

from __future__ import annotations

from collections.abc import Callable, Sequence


def ids_matching(ids_for: Callable[[str], list[int]], text: str,
                 codes: Sequence[str]) -> list[int]:
    """Ids that `ids_for` (text -> ids in the list's order) finds for `text` or for any of
    `codes`, in the list's order."""
    if not codes:
        return ids_for(text)
    found = [ids for ids in (ids_for(variant) for variant in dict.fromkeys((text, *codes)))
             if ids]
    if len(found) <= 1:
        return found[0] if found else []
    wanted = set().union(*found)
    return [i for i in ids_for("") if i in wanted]
