"""The word-by-word search's building blocks: words, LIKE patterns, and the code conditions the
Requests and Deadlines lists plug in."""

from __future__ import annotations

import sqlite3

from app.services.text_search import (
    MOST_WORDS,
    codes_or_categories,
    like_pattern,
    search_words,
    status_or_type,
)


def test_words_are_folded_distinct_and_in_order():
    assert search_words("  Overdue  VERIZON overdue ") == ["overdue", "verizon"]
    assert search_words("") == []


def test_like_patterns_take_wildcards_and_backslashes_literally():
    conn = sqlite3.connect(":memory:")
    rows = ["100%", "a_b", "a\\b", "axb", "100 percent"]

    def found(text: str) -> list[str]:
        return [value for value in rows if conn.execute(
            "SELECT ? LIKE ? ESCAPE '\\'", (value, like_pattern(text))).fetchone()[0]]

    assert found("%") == ["100%"]
    assert found("_") == ["a_b"]
    assert found("\\") == ["a\\b"]
    assert found("a") == ["a_b", "a\\b", "axb"]


def test_code_conditions_match_status_type_or_category():
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE TABLE l (id INTEGER, status TEXT, type TEXT, category TEXT)")
    conn.executemany("INSERT INTO l VALUES (?,?,?,?)", [
        (1, "overdue", "access", "waiting"),   # cached status says overdue, deadline does not
        (2, "sent", "delete", "overdue"),
        (3, "draft", "access", "later")])

    def ids(condition) -> list[int]:
        sql, args = condition
        return [row[0] for row in conn.execute(f"SELECT id FROM l WHERE {sql} ORDER BY id",
                                               args)]

    assert ids(status_or_type(("overdue",), "l")) == [1]
    assert ids(status_or_type(("access",), "l")) == [1, 3]
    by_deadline = codes_or_categories({"overdue"})
    assert ids(by_deadline(("overdue",), "l")) == [2]
    assert ids(by_deadline(("overdue", "draft"), "l")) == [2, 3]


def test_a_pasted_paragraph_is_searched_by_its_first_words():
    text = " ".join(f"word{i}" for i in range(2000))
    words = search_words(text)
    assert len(words) == MOST_WORDS and words[0] == "word0"
