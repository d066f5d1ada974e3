"""A clinic's shared store on a PostgreSQL server (psycopg 3), behind the same `Store` the
services use for the embedded file: `store.conn.execute(sql, params)` with SQLite's SQL
(translated by app.store.dialect), `store.transaction()`, and rows readable by index and by name.

The connection runs in autocommit mode; `transaction()` brackets one user action in BEGIN/COMMIT,
as the embedded store does. Values come back as SQLite gives them (booleans and integral numerics
as int), and dates and booleans go in as SQLite stores them (ISO text, 0/1), so the services see
no difference. The password comes from the OS keyring (kept by `offmap store login`), or from
libpq's own ~/.pgpass or PGPASSWORD when the keyring has none.
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any, cast

import psycopg

from app.core.errors import OffMapError
from app.store import dialect
from app.store.connection import Store, StoreError
from app.store.migrations import LATEST_VERSION, MIGRATIONS, POSTGRESQL_COUNTERPARTS
from app.store.pg_address import ServerAddress, explain, is_server_url, parse_url
from app.store.pg_values import Row, row_factory, sqlite_values

__all__ = ["PgConnection", "PgStore", "Row", "ServerAddress", "explain", "is_server_url",
           "open_server_store", "parse_url", "server_password", "use_password_source"]

# Transaction-scoped advisory lock taken while migrating, so two workers never migrate at once.
MIGRATION_LOCK = 0x0FF3A9
VERSION_TABLE = "offmap_schema"
CONNECT_TIMEOUT_SECONDS = 10

_INSERT = re.compile(r"^\s*INSERT\s+INTO\s+(\w+)\s*(\(([^)]*)\))?", re.I)
_VALUES = re.compile(r"\)\s*VALUES\s*\(([?,\s]*)\)\s*$", re.I)


def _without_null_id(sql: str, insert: re.Match[str], params: Any
                     ) -> tuple[str, Any, bool]:
    """SQLite numbers a row inserted with a NULL id; PostgreSQL numbers it only when the id is
    left out. Returns the statement and parameters to run, and whether the row brings its own
    id (the numbering must then move past it)."""
    columns = [c.strip().lower() for c in insert.group(3).split(",")]
    if "id" not in columns:
        return sql, params, False
    values = _VALUES.search(sql)
    position = columns.index("id")
    if values is None or not isinstance(params, (list, tuple)) \
            or len(params) != len(columns) or values.group(1).count("?") != len(columns):
        return sql, params, True
    if params[position] is not None:
        return sql, params, True
    kept = [c for i, c in enumerate(insert.group(3).split(",")) if i != position]
    marks = ", ".join("?" * len(kept))
    head = sql[:insert.start(2)] + "(" + ",".join(kept).strip() + ")"
    rebuilt = f"{head} VALUES ({marks})"
    return rebuilt, [p for i, p in enumerate(params) if i != position], False


class Cursor:
    """A cursor like sqlite3's: `execute` returns it; `lastrowid` after an INSERT; `row_factory`
    None gives plain tuples."""

    def __init__(self, connection: PgConnection) -> None:
        self.connection = connection
        self.row_factory: object | None = Row
        self.lastrowid: int | None = None
        self._cursor: psycopg.Cursor[Any] | None = None

    def execute(self, sql: str, params: Sequence[Any] | dict[str, Any] = ()) -> Cursor:
        conn = self.connection
        conn.usable()
        if conn.trace is not None:
            conn.trace(dialect.expanded(sql, params))
        insert = _INSERT.match(sql)
        table = insert.group(1).lower() if insert else ""
        numbered = table in conn.identity_tables()
        own_id = False
        if numbered and insert is not None and insert.group(3):
            sql, params, own_id = _without_null_id(sql, insert, params)
        with_params = bool(params)
        text = dialect.translate(sql, with_params, conn.primary_keys)
        returning = (numbered and " RETURNING " not in text.upper()
                     and re.search(r"\bVALUES\b", text, re.I) is not None)
        if returning:
            text = dialect.append_clause(text, " RETURNING id")
        cursor = conn.raw.cursor(row_factory=row_factory if self.row_factory is not None
                                 else psycopg.rows.tuple_row)
        try:
            cursor.execute(text, params if with_params else None)
        except psycopg.Error as exc:
            raise explain(exc, conn.address) from exc
        self._cursor = cursor
        self.lastrowid = None
        if returning:
            first = cast("Sequence[Any] | None", cursor.fetchone())
            self.lastrowid = int(first[0]) if first is not None else None
        if own_id:
            conn.advance_identity(table)
        return self

    @property
    def rowcount(self) -> int:
        return self._cursor.rowcount if self._cursor is not None else -1

    @property
    def description(self) -> Any:
        return self._cursor.description if self._cursor is not None else None

    def fetchone(self) -> Any:
        return self._cursor.fetchone() if self._cursor is not None else None

    def fetchall(self) -> list[Any]:
        return self._cursor.fetchall() if self._cursor is not None else []

    def fetchmany(self, size: int = 1) -> list[Any]:
        return self._cursor.fetchmany(size) if self._cursor is not None else []

    def __iter__(self) -> Iterator[Any]:
        if self._cursor is None:
            return iter(())
        return iter(self._cursor.fetchall() if self._cursor.description else ())

    def close(self) -> None:
        if self._cursor is not None:
            self._cursor.close()


class PgConnection:
    """The services' `store.conn` on a server store."""

    def __init__(self, raw: psycopg.Connection[Any], address: ServerAddress,
                 reopen: Callable[[], psycopg.Connection[Any]] | None = None) -> None:
        self.address = address
        self._reopen = reopen
        self._identity: set[str] | None = None
        self._keys: dict[str, list[str]] = {}
        # True between a transaction's BEGIN and its end: a lost connection is then never
        # silently replaced, or the rest of the transaction would run on its own.
        self.in_user_transaction = False
        self.trace: Callable[[str], object] | None = None
        self._use(raw)

    def set_trace_callback(self, callback: Callable[[str], object] | None) -> None:
        """As sqlite3's: `callback` gets the text of every statement run."""
        self.trace = callback

    def _use(self, raw: psycopg.Connection[Any]) -> None:
        self.raw = raw
        sqlite_values(raw)

    def usable(self) -> None:
        """After the server went away (restart, network), the next statement outside a
        transaction connects again: a window left open all day keeps working."""
        if not (self.raw.broken or self.raw.closed) or self.in_user_transaction \
                or self._reopen is None:
            return
        try:
            self._use(self._reopen())
        except psycopg.Error as exc:
            raise explain(exc, self.address) from exc

    def execute(self, sql: str, params: Sequence[Any] | dict[str, Any] = ()) -> Cursor:
        return Cursor(self).execute(sql, params)

    def cursor(self) -> Cursor:
        return Cursor(self)

    def executemany(self, sql: str, rows: Iterable[Sequence[Any]]) -> None:
        """One statement for many rows (sent in a pipeline: one round trip, not one per row)."""
        self.usable()
        if self.trace is not None:
            self.trace(sql)  # as sqlite3 does for executemany: the statement, not each row
        text = dialect.translate(sql, True, self.primary_keys)
        try:
            with self.raw.cursor() as cursor:
                cursor.executemany(text, rows)
        except psycopg.Error as exc:
            raise explain(exc, self.address) from exc
        insert = _INSERT.match(sql)
        if insert is not None and insert.group(1).lower() in self.identity_tables() \
                and insert.group(3) and "id" in [c.strip().lower()
                                                 for c in insert.group(3).split(",")]:
            self.advance_identity(insert.group(1).lower())

    @property
    def in_transaction(self) -> bool:
        return self.raw.info.transaction_status != psycopg.pq.TransactionStatus.IDLE

    def identity_tables(self) -> set[str]:
        """Tables whose `id` the server numbers (SQLite's INTEGER PRIMARY KEY)."""
        if self._identity is None:
            rows = self.raw.execute(
                "SELECT table_name FROM information_schema.columns WHERE column_name = 'id'"
                " AND is_identity = 'YES' AND table_schema = current_schema()").fetchall()
            self._identity = {str(row[0]).lower() for row in rows}
        return self._identity

    def forget_schema(self) -> None:
        self._identity = None
        self._keys = {}

    def primary_keys(self, table: str) -> list[str]:
        if table not in self._keys:
            rows = self.raw.execute(
                "SELECT a.attname FROM pg_index i JOIN pg_attribute a ON a.attrelid = i.indrelid"
                " AND a.attnum = ANY(i.indkey) WHERE i.indrelid = %s::regclass AND i.indisprimary",
                (table,)).fetchall()
            self._keys[table] = [str(row[0]) for row in rows]
        return self._keys[table]

    def advance_identity(self, table: str) -> None:
        """After a row was inserted with its own id, the next numbered one comes after it."""
        self.raw.execute(
            f"SELECT setval(pg_get_serial_sequence('{table}', 'id'),"
            f" GREATEST((SELECT max(id) FROM {table}), 1))")

    def close(self) -> None:
        self.raw.close()


class PgStore(Store):
    """A server store: same interface as the embedded Store, `conn` is a PgConnection."""

    backend = "postgresql"

    def __init__(self, home: Path, conn: PgConnection) -> None:
        super().__init__(home, conn)
        self.pg = conn

    @property
    def address(self) -> ServerAddress:
        return self.pg.address

    @property
    def encrypted(self) -> bool:
        """On a server: whether the connection is encrypted (TLS); at rest is the server's own."""
        return bool(self.pg.raw.pgconn.ssl_in_use)

    @property
    def location(self) -> str:
        return self.address.url

    def schema_version(self) -> int:
        return schema_version(self.pg)

    @contextlib.contextmanager
    def transaction(self) -> Iterator[Any]:
        self.pg.execute("BEGIN")
        self.pg.in_user_transaction = True
        try:
            yield self.conn
        except BaseException:
            with contextlib.suppress(psycopg.Error, OffMapError):
                self.pg.raw.execute("ROLLBACK")
            raise
        else:
            self.pg.execute("COMMIT")
        finally:
            self.pg.in_user_transaction = False

    def close(self) -> None:
        self.pg.close()


# (address) -> the password kept for it, or None. Installed by the service layer (the OS
# keyring, app.services.store_login); without one libpq's ~/.pgpass or PGPASSWORD is used.
PasswordSource = Callable[[ServerAddress], "str | None"]
_password_source: PasswordSource | None = None


def use_password_source(source: PasswordSource | None) -> PasswordSource | None:
    """Installs where server passwords come from; returns the previous source."""
    global _password_source
    previous, _password_source = _password_source, source
    return previous


def server_password(address: ServerAddress) -> str | None:
    return _password_source(address) if _password_source is not None else None


def connect(address: ServerAddress, password: str | None = None) -> PgConnection:
    """A connection to the server store, or a StoreError saying why not."""
    options = dict(address.options)
    options.pop("host", None)
    options["sslmode"] = address.sslmode()
    kwargs: dict[str, Any] = {
        "host": address.host or None, "port": address.port, "dbname": address.database,
        "user": address.user, "connect_timeout": CONNECT_TIMEOUT_SECONDS,
        "application_name": "offmap", **options}
    if password is not None:
        kwargs["password"] = password
    def reopen() -> psycopg.Connection[Any]:
        return psycopg.connect(autocommit=True, **kwargs)

    try:
        raw = reopen()
    except psycopg.Error as exc:
        raise explain(exc, address) from exc
    return PgConnection(raw, address, reopen)


def schema_version(conn: PgConnection) -> int:
    """The server store's schema version (0: nothing created yet)."""
    table = conn.raw.execute("SELECT to_regclass(%s)", (VERSION_TABLE,)).fetchone()
    if table is None or table[0] is None:
        return 0
    row = conn.raw.execute(f"SELECT version FROM {VERSION_TABLE}").fetchone()
    return int(row[0]) if row is not None else 0


def _newer(address: ServerAddress, version: int) -> StoreError:
    return StoreError(
        "the server store {url} was written by a newer OffMap (schema {version}, this one knows "
        "{latest_version}). Update OffMap; nothing was changed.",
        url=address.url, version=version, latest_version=LATEST_VERSION)


def migration_sql(step: int) -> str:
    """The SQL taking a server store from version `step` to `step + 1`: the step's declared
    PostgreSQL counterpart, or the SQLite step translated."""
    script = MIGRATIONS[step]
    counterpart = POSTGRESQL_COUNTERPARTS.get(script)
    sql = counterpart if counterpart is not None else dialect.translate_script(script)
    if step == 0:
        sql = dialect.POSTGRESQL_FUNCTIONS + sql
    return sql


def migrate(conn: PgConnection) -> None:
    """Brings the server store to LATEST_VERSION, one transaction per step, under an advisory
    lock so that workers starting together migrate once."""
    version = schema_version(conn)
    if version > LATEST_VERSION:
        raise _newer(conn.address, version)
    if version == LATEST_VERSION:
        return
    raw = conn.raw
    for step in range(version, LATEST_VERSION):
        try:
            with raw.transaction():
                raw.execute("SELECT pg_advisory_xact_lock(%s)", (MIGRATION_LOCK,))
                raw.execute(f"CREATE TABLE IF NOT EXISTS {VERSION_TABLE}"
                            " (version INTEGER NOT NULL)")
                row = raw.execute(f"SELECT version FROM {VERSION_TABLE} FOR UPDATE").fetchone()
                if row is None:
                    raw.execute(f"INSERT INTO {VERSION_TABLE} (version) VALUES (0)")
                    current = 0
                else:
                    current = int(row[0])
                if current > LATEST_VERSION:
                    raise _newer(conn.address, current)
                if current > step:
                    continue
                raw.execute(migration_sql(step).encode())
                raw.execute(f"UPDATE {VERSION_TABLE} SET version = %s", (step + 1,))
        except psycopg.Error as exc:
            raise explain(exc, conn.address) from exc
    conn.forget_schema()


def open_server_store(home: Path, url: str, password: str | None = None) -> PgStore:
    """Opens (creating and migrating the schema as needed) the server store at `url`."""
    address = parse_url(url)
    if password is None:
        password = server_password(address)
    conn = connect(address, password)
    try:
        migrate(conn)
    except BaseException:
        conn.close()
        raise
    return PgStore(home, conn)
