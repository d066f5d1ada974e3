"""Searching a list by what the user types: several words find the rows where *every* word
matches something the row shows ("overdue verizon", "borrador t-mobile", "López access"), each
word in any of the places it may be found. The request lists build their SQL here, so the words
are matched by the store's indexes (the trigram index `request_search`, indexed columns), never
by reading every row in Python; the same rules serve the Requests, Deadlines and filing lists.

Accents and case are ignored on both sides ("jose" finds "José", "peña" finds "Pena"): the words
are folded by app.core.folding.fold, the stores fold the indexed text (see the migration
ACCENT_BLIND_SEARCH), and names are folded before they are compared.

A word is found (each an alternative, OR'ed):
- in the request's indexed text (reference, client name, company id, type, law id, status);
- as part of a company's directory name ("at&t" finds the company `att`);
- as part of a law's short name ("ccpa" finds `us-ca`), where the list has a law column;
- as a code it names in the interface's language (`word_codes`, worked out by the window from
  the labels it shows: "borrador" names the status `draft`), matched on the code's own column.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping, Sequence
from typing import Any

from app.core.folding import fold

SHORTEST_INDEXED = 3  # the trigram index answers text of 3 characters or more
LIKE_ESCAPE = "\\"
MOST_WORDS = 24

# (codes, alias) -> SQL and arguments matching rows having one of the codes.
CodeCondition = Callable[[Sequence[str], str], tuple[str, list[Any]]]


def search_words(text: str) -> list[str]:
    """The distinct words of `text`, folded (no accents, no case: app.core.folding), in the
    order typed; the first MOST_WORDS of them (a pasted paragraph would make a query SQLite
    refuses as too deep)."""
    return list(dict.fromkeys(fold(text).split()))[:MOST_WORDS]


def like_pattern(text: str) -> str:
    """`%text%` for `LIKE ? ESCAPE '\\'`, with the LIKE wildcards and the escape character in
    `text` matched literally (a typed `%`, `_` or backslash is just that character)."""
    escaped = (text.replace(LIKE_ESCAPE, LIKE_ESCAPE * 2)
               .replace("%", LIKE_ESCAPE + "%").replace("_", LIKE_ESCAPE + "_"))
    return f"%{escaped}%"


def status_or_type(codes: Sequence[str], alias: str) -> tuple[str, list[Any]]:
    """Rows whose status or type is one of `codes` (the two never share a code)."""
    marks = ",".join("?" * len(codes))
    return (f"{alias}.status IN ({marks}) OR {alias}.type IN ({marks})",
            [*codes, *codes])


def codes_or_categories(categories: Collection[str]) -> CodeCondition:
    """The code condition for a list with a `category` column (the Deadlines page): a code that
    is one of `categories` ("overdue": shown from the deadline, whatever the cached status)
    matches the row's category; the other codes its status or type."""

    def coded(codes: Sequence[str], alias: str) -> tuple[str, list[Any]]:
        named = [code for code in codes if code in categories]
        others = [code for code in codes if code not in categories]
        parts: list[str] = []
        args: list[Any] = []
        if named:
            parts.append(f"{alias}.category IN ({','.join('?' * len(named))})")
            args.extend(named)
        if others:
            sql, other_args = status_or_type(others, alias)
            parts.append(sql)
            args.extend(other_args)
        return " OR ".join(parts), args

    return coded


def folded_sql(expression: str, backend: str) -> str:
    """SQL for `expression` folded as app.core.folding folds it: the store's `offmap_fold`. On
    SQLite that is a Python function, called per row, so ASCII text (as many characters as
    bytes: most rows) is folded by `lower` instead, the same result without the call."""
    if backend == "postgresql":
        return f"offmap_fold({expression})"
    return (f"CASE WHEN length({expression}) = octet_length({expression})"
            f" THEN lower({expression}) ELSE offmap_fold({expression}) END")


def _indexed_text(word: str, alias: str, backend: str) -> tuple[str, list[Any]]:
    """`word` (folded) in the search text. A server store keeps that text folded by
    `offmap_fold`, which also folds the word (and escapes it for LIKE) in the query; SQLite's
    trigram index folds both itself; words too short for it are looked for in the folded text
    of every row."""
    if backend == "postgresql":
        return (f"{alias}.id IN (SELECT id FROM request_search"
                f" WHERE body ILIKE offmap_like_folded(?) ESCAPE '{LIKE_ESCAPE}')", [word])
    if len(word) >= SHORTEST_INDEXED:
        return (f"{alias}.id IN (SELECT rowid FROM request_search WHERE request_search MATCH ?)",
                ['"' + word.replace('"', '""') + '"'])
    return (f"{alias}.id IN (SELECT rowid FROM request_search"
            f" WHERE instr({folded_sql('body', backend)}, ?) > 0)", [word])


def _named(word: str, names: Mapping[str, str]) -> list[str]:
    return [key for key, name in names.items() if word in fold(name)]


def request_word_condition(word: str, names: Mapping[str, str], alias: str = "r",
                           backend: str = "sqlite", law_names: Mapping[str, str] | None = None,
                           codes: Sequence[str] = (),
                           coded: CodeCondition = status_or_type) -> tuple[str, list[Any]]:
    """SQL matching the requests (rows aliased `alias`) where `word` is found (see above)."""
    found, args = _indexed_text(word, alias, backend)
    alternatives = [found]
    for column, keys in (("company", _named(word, names)),
                         ("law", _named(word, law_names or {}))):
        if keys:
            alternatives.append(f"{alias}.{column} IN ({','.join('?' * len(keys))})")
            args.extend(keys)
    if codes:
        sql, code_args = coded(tuple(codes), alias)
        alternatives.append(sql)
        args.extend(code_args)
    if len(alternatives) == 1:
        return found, args
    return "(" + " OR ".join(alternatives) + ")", args


def request_text_condition(text: str, names: Mapping[str, str], alias: str = "r",
                           backend: str = "sqlite", law_names: Mapping[str, str] | None = None,
                           word_codes: Mapping[str, Sequence[str]] | None = None,
                           coded: CodeCondition = status_or_type) -> tuple[str, list[Any]]:
    """SQL matching the requests where every word of `text` is found; ("", []) for no text.
    `word_codes` maps a word (as search_words gives it) to the codes it names."""
    conditions: list[str] = []
    args: list[Any] = []
    for word in search_words(text):
        sql, word_args = request_word_condition(
            word, names, alias, backend, law_names, (word_codes or {}).get(word, ()), coded)
        conditions.append(sql)
        args.extend(word_args)
    return " AND ".join(conditions), args
