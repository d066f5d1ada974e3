"""A full disk inside a transaction reaches the user as a full disk: SQLite has already rolled
back on SQLITE_FULL, and the rollback after it must not replace the message."""

from __future__ import annotations

import os

import pytest

from app.store import open_store
from app.store.connection import Error as StoreDatabaseError


@pytest.fixture
def sqlite_store(home):
    store = open_store(home)
    yield store
    store.close()


def test_a_full_disk_in_a_transaction_says_the_disk_is_full(sqlite_store):
    store = sqlite_store
    with store.transaction() as conn:
        conn.execute("CREATE TABLE padding (data BLOB)")
    count = store.conn.execute("PRAGMA page_count").fetchone()[0]
    store.conn.execute(f"PRAGMA max_page_count = {count + 2}")
    with pytest.raises(StoreDatabaseError) as raised, store.transaction() as conn:
        conn.execute("INSERT INTO padding VALUES (?)", (os.urandom(256 * 1024),))
    assert "full" in str(raised.value).lower()
    assert "no transaction is active" not in str(raised.value)
    assert not store.conn.in_transaction
    store.conn.execute("PRAGMA max_page_count = 1073741823")
    with store.transaction() as conn:   # the store is usable again
        conn.execute("INSERT INTO padding VALUES (?)", (b"small",))
    assert store.conn.execute("SELECT count(*) FROM padding").fetchone()[0] == 1
