"""Moving a store between the embedded file and a clinic's server, both ways.

`migrate_store(source, target)` copies every OffMap table of `source` into `target`, which must
be empty (its schema may exist, but no rows): a clinic moving onto the server copies its
embedded store into a new server database (`offmap store migrate-to URL`), and a clinic leaving
the server copies the server store into an empty embedded store in the data folder
(`offmap --store URL store migrate-to home`). Both stores are brought to the same schema
version first; the copy is one transaction on the target, and the number of rows of every table
is compared before it is committed, so a copy that does not match leaves the target empty.
Search indexes are not copied: the target's own triggers rebuild them.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from app.core.errors import OffMapError
from app.store import Store

BATCH_ROWS = 2000
# Tables a store keeps for itself: never copied (the target keeps its own).
_OWN_TABLES = ("sqlite_", "request_search", "offmap_schema")


# (table, rows copied so far in all tables, rows to copy in all): called after every batch; an
# exception it raises (the person cancelled) rolls the whole copy back.
Progress = Callable[[str, int, int], None]


class MigrateError(OffMapError):
    """The copy was not made; the message says why and what to do."""


@dataclass(frozen=True)
class MigrateResult:
    source: str
    target: str
    tables: dict[str, int]

    @property
    def rows(self) -> int:
        return sum(self.tables.values())

    def to_json(self) -> dict[str, object]:
        return {"source": self.source, "target": self.target, "tables": self.tables,
                "rows": self.rows, "verified": True}


def table_names(store: Store) -> list[str]:
    """The store's OffMap tables, each after the tables it refers to (so rows can be inserted
    in this order with foreign keys checked)."""
    if store.backend == "sqlite":
        names = [row[0] for row in store.conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY rowid")]
        refers = {name: {row[2] for row in store.conn.execute(
            f'PRAGMA foreign_key_list("{name}")')} for name in names}
    else:
        names = [row[0] for row in store.conn.execute(
            "SELECT table_name FROM information_schema.tables WHERE table_schema ="
            " current_schema() AND table_type = 'BASE TABLE' ORDER BY table_name")]
        refers = {name: set() for name in names}
        for row in store.conn.execute(
                "SELECT tc.table_name, ccu.table_name FROM information_schema.table_constraints tc"
                " JOIN information_schema.constraint_column_usage ccu"
                " ON ccu.constraint_name = tc.constraint_name"
                " AND ccu.constraint_schema = tc.constraint_schema"
                " WHERE tc.constraint_type = 'FOREIGN KEY'"
                " AND tc.table_schema = current_schema()"):
            refers.setdefault(row[0], set()).add(row[1])
    kept = [n for n in names if not n.lower().startswith(_OWN_TABLES)]
    ordered: list[str] = []

    def visit(name: str, path: tuple[str, ...]) -> None:
        if name in ordered or name in path or name not in kept:
            return
        for parent in sorted(refers.get(name, set())):
            visit(parent, (*path, name))
        ordered.append(name)

    for name in kept:
        visit(name, ())
    return ordered


def columns(store: Store, table: str) -> dict[str, str]:
    """Column name -> its declared type, in the table's order."""
    if store.backend == "sqlite":
        return {row[1]: str(row[2]).upper() for row in store.conn.execute(
            f'PRAGMA table_info("{table}")')}
    return {row[0]: str(row[1]).upper() for row in store.conn.execute(
        "SELECT column_name, data_type FROM information_schema.columns WHERE table_schema ="
        " current_schema() AND table_name = ? ORDER BY ordinal_position", (table,))}


def count_rows(store: Store) -> dict[str, int]:
    return {table: int(store.conn.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0])
            for table in table_names(store)}


def _check_target(source: Store, target: Store) -> list[str]:
    if source.location == target.location:
        raise MigrateError("the store {location} cannot be copied into itself.",
                           location=source.location)
    if source.schema_version() != target.schema_version():
        raise MigrateError(
            "the two stores have different schema versions ({source_version} and "
            "{target_version}); use the same OffMap version for both. Nothing was copied.",
            source_version=source.schema_version(), target_version=target.schema_version())
    tables = table_names(source)
    missing = sorted(set(tables) - set(table_names(target)))
    if missing:
        raise MigrateError("the store {location} has no table {table}; nothing was copied.",
                           location=target.location, table=missing[0])
    for table, count in count_rows(target).items():
        if count:
            raise MigrateError(
                "the store {location} is not empty ({count} rows in {table}): migrate-to copies "
                "only into an empty store, so that nothing there is mixed up or overwritten. "
                "Nothing was copied.", location=target.location, count=count, table=table)
    return tables


def _fitted(value: Any, kind: str) -> Any:
    """SQLite keeps whatever a column is given; a server column takes its declared type."""
    if value is None:
        return None
    if kind in ("TEXT", "CHARACTER VARYING") and not isinstance(value, str):
        return value.decode() if isinstance(value, bytes) else str(value)
    if kind == "BYTEA" and isinstance(value, str):
        return value.encode()
    return value


def _batches(source: Store, table: str, names: list[str]) -> Iterator[list[tuple[Any, ...]]]:
    order = "id" if "id" in names else ", ".join(f'"{n}"' for n in names)
    listed = ", ".join(f'"{n}"' for n in names)
    cursor = source.conn.execute(f'SELECT {listed} FROM "{table}" ORDER BY {order}')
    while True:
        rows = cursor.fetchmany(BATCH_ROWS)
        if not rows:
            return
        yield [tuple(row) for row in rows]


@contextlib.contextmanager
def _reading(source: Store) -> Iterator[None]:
    """One consistent snapshot of the source for the whole copy."""
    if source.backend == "sqlite":
        source.conn.execute("BEGIN")
    else:
        source.conn.execute("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
    try:
        yield
    finally:
        source.conn.execute("ROLLBACK")


def migrate_store(source: Store, target: Store,
                  progress: Progress | None = None) -> MigrateResult:
    """Copies `source` into the empty `target` and verifies the rows of every table, telling
    `progress` the rows copied after every batch."""
    tables = _check_target(source, target)
    copied: dict[str, int] = {}
    with _reading(source):
        expected = count_rows(source)
        total, done = sum(expected.values()), 0
        with target.transaction() as conn:
            for table in tables:
                source_columns = columns(source, table)
                target_columns = columns(target, table)
                names = [n for n in source_columns if n in target_columns]
                kinds = [target_columns[n] for n in names]
                marks = ", ".join("?" * len(names))
                listed = ", ".join(f'"{n}"' for n in names)
                insert = f'INSERT INTO "{table}" ({listed}) VALUES ({marks})'
                for batch in _batches(source, table, names):
                    conn.executemany(insert, [tuple(_fitted(v, k) for v, k in zip(
                        row, kinds, strict=True)) for row in batch])
                    done += len(batch)
                    if progress is not None:
                        progress(table, done, total)
            copied = count_rows(target)
            for table in tables:
                if copied.get(table, 0) != expected.get(table, 0):
                    raise MigrateError(
                        "the copy of {table} holds {copied} rows, not {expected}; the target "
                        "was left empty.", table=table, copied=copied.get(table, 0),
                        expected=expected.get(table, 0))
            _renumber(target, tables)
    return MigrateResult(source.location, target.location, {t: copied[t] for t in tables})


def _renumber(target: Store, tables: list[str]) -> None:
    """New rows on a server store are numbered after the copied ones."""
    if target.backend == "sqlite":
        return
    for table in tables:
        if "id" in columns(target, table):
            target.conn.execute(
                f"SELECT setval(pg_get_serial_sequence('{table}', 'id'),"
                f" GREATEST((SELECT max(id) FROM \"{table}\"), 1))")
